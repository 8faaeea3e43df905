-- Skill themes labelled exactly as seed 002 lists them ("Informatique technique" lacked its precision).
UPDATE sar_skill_theme SET label = 'Informatique technique (industrielle, embarquée)' WHERE code = 'INFO_TECH';
UPDATE sar_skill_theme SET label = 'Logiciel - CMS / E-commerce' WHERE code = 'LOG_CMS';
UPDATE sar_skill_theme SET label = 'Tech - Serveur HTTP / Serveur d''application' WHERE code = 'TECH_HTTP';
