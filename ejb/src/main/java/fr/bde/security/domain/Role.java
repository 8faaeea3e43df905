package fr.bde.security.domain;

/** Application roles, as granted by the JDBC realm (table app_user_role). */
public enum Role {
    CANDIDATE,
    RECRUITER,
    EN3S_APPROVER,
    NATIONAL_FUND_APPROVER,
    UCANSS_ADMIN,
    CAREER_MANAGER,
    COMPANY_RECRUITER,
    COMMISSION,
    PARTNER;

    /** Names usable in annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String CANDIDATE = "CANDIDATE";
        public static final String RECRUITER = "RECRUITER";
        public static final String UCANSS_ADMIN = "UCANSS_ADMIN";
        public static final String EN3S_APPROVER = "EN3S_APPROVER";
        public static final String NATIONAL_FUND_APPROVER = "NATIONAL_FUND_APPROVER";
        public static final String CAREER_MANAGER = "CAREER_MANAGER";
        public static final String COMPANY_RECRUITER = "COMPANY_RECRUITER";
        public static final String COMMISSION = "COMMISSION";
        public static final String PARTNER = "PARTNER";

        private Names() {
        }
    }
}
