package fr.bde.api.soap;

import fr.bde.common.ClockProducer;
import fr.bde.common.NotFoundException;
import fr.bde.common.PageRequest;
import fr.bde.offer.domain.JobOffer;
import fr.bde.offer.search.OfferSearchCriteria;
import fr.bde.offer.search.OfferSearchService;
import fr.bde.offer.search.OfferSummary;
import fr.bde.offer.service.OfferService;
import fr.bde.web.Messages;
import jakarta.inject.Inject;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** SOAP access to published offers for the national funds' systems (/ws/OfferService, WSDL at ?wsdl). */
@WebService(serviceName = "OfferService", portName = "OfferServicePort", targetNamespace = OfferWebService.NAMESPACE)
public class OfferWebService {

    public static final String NAMESPACE = "urn:fr:bde:offers:v1";
    /** At most this many offers per call; a caller pages by moving {@code since} forward. */
    public static final int MAX_OFFERS = 1000;

    @Inject
    private OfferService offers;

    @Inject
    private OfferSearchService search;

    @WebMethod
    @WebResult(name = "offer")
    public OfferSoapDto getOffer(@WebParam(name = "reference") String reference) throws OfferNotFoundFault {
        try {
            JobOffer offer = offers.findPublished(reference);
            OfferSoapDto dto = new OfferSoapDto();
            dto.reference = offer.getReference();
            dto.title = offer.getTitle();
            dto.organisation = offer.getOrganisation().getName();
            dto.departementCode = offer.getDepartement().getCode();
            dto.regionCode = offer.getRegion().getCode();
            dto.contractType = offer.getContractType().getCode();
            dto.summary = offer.getSummary();
            dto.descriptionHtml = offer.getDescriptionHtml();
            dto.publishedAt = Date.from(offer.getPublishedAt());
            dto.closingDate = offer.getClosingDate() == null ? null
                    : Date.from(offer.getClosingDate().atStartOfDay(ClockProducer.PARIS).toInstant());
            return dto;
        } catch (NotFoundException e) {
            throw new OfferNotFoundFault(Messages.text("offer.notFound"));
        }
    }

    /** Offers published since the given instant (all when absent), oldest first. */
    @WebMethod
    @WebResult(name = "offer")
    public List<OfferSoapDto> listPublishedOffers(@WebParam(name = "since") Date since) {
        var criteria = new OfferSearchCriteria(null, null, null, null, since == null ? null : since.toInstant(),
                OfferSearchCriteria.Sort.OLDEST);
        List<OfferSoapDto> result = new ArrayList<>();
        while (result.size() < MAX_OFFERS) {
            List<OfferSummary> page = search.search(criteria, PageRequest.of(result.size(), PageRequest.MAX_SIZE))
                    .items();
            page.forEach(s -> result.add(toDto(s)));
            if (page.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        return result;
    }

    private static OfferSoapDto toDto(OfferSummary s) {
        OfferSoapDto dto = new OfferSoapDto();
        dto.reference = s.reference();
        dto.title = s.title();
        dto.organisation = s.organisationName();
        dto.departementCode = s.departementCode();
        dto.regionCode = s.regionCode();
        dto.contractType = s.contractTypeCode();
        dto.summary = s.summary();
        dto.publishedAt = Date.from(s.publishedAt());
        dto.closingDate = s.closingDate() == null ? null
                : Date.from(s.closingDate().atStartOfDay(ClockProducer.PARIS).toInstant());
        return dto;
    }
}
