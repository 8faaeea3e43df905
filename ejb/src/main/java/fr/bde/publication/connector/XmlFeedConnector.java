package fr.bde.publication.connector;

import fr.bde.common.ClockProducer;
import fr.bde.common.HtmlSanitizer;
import fr.bde.publication.domain.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML job feed, the format job boards and diversity sites import: {@code <jobs>} of {@code <job>}
 * elements, the description both as sanitised HTML and as plain text.
 */
@ApplicationScoped
public class XmlFeedConnector implements ChannelConnector {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public Channel.FeedFormat format() {
        return Channel.FeedFormat.XML;
    }

    @Override
    public String contentType() {
        return "application/xml;charset=UTF-8";
    }

    @Override
    public String item(Channel channel, FeedOffer offer) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            job(xml, offer);
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    @Override
    public void writeFeed(Channel channel, Iterator<FeedOffer> offers, Writer out) throws IOException {
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("jobs");
            xml.writeAttribute("channel", channel.getCode());
            xml.writeAttribute("site", channel.getSiteUrl());
            while (offers.hasNext()) {
                job(xml, offers.next());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new UncheckedIOException(new IOException(e));
        }
    }

    private static void job(XMLStreamWriter xml, FeedOffer offer) throws XMLStreamException {
        xml.writeStartElement("job");
        xml.writeAttribute("reference", offer.reference());
        element(xml, "title", offer.title());
        element(xml, "employer", offer.organisationName());
        xml.writeStartElement("contract");
        xml.writeAttribute("code", offer.contractTypeCode());
        xml.writeCharacters(offer.contractTypeLabel());
        xml.writeEndElement();
        xml.writeStartElement("location");
        xml.writeAttribute("departement", offer.departementCode());
        element(xml, "city", offer.departementName());
        element(xml, "region", offer.regionName());
        element(xml, "country", "FR");
        xml.writeEndElement();
        element(xml, "qualificationLevel", offer.qualificationLevel());
        element(xml, "educationLevel", offer.educationLevel());
        element(xml, "salary", offer.salary());
        element(xml, "descriptionHtml", offer.descriptionHtml());
        element(xml, "descriptionText", HtmlSanitizer.toPlainText(offer.descriptionHtml()));
        element(xml, "publishedAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(offer.publishedAt().atZone(ClockProducer.PARIS)));
        element(xml, "closingDate", offer.closingDate() == null ? null : offer.closingDate().toString());
        element(xml, "url", offer.url());
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
