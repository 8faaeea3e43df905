package fr.bde.api.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.util.Date;

/** A published offer as exchanged over SOAP. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "offer", namespace = OfferWebService.NAMESPACE)
public class OfferSoapDto {

    public String reference;
    public String title;
    public String organisation;
    public String departementCode;
    public String regionCode;
    public String contractType;
    public String summary;
    public String descriptionHtml;
    @XmlSchemaType(name = "dateTime")
    public Date publishedAt;
    @XmlSchemaType(name = "date")
    public Date closingDate;
}
