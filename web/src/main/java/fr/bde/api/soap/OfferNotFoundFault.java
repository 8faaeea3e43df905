package fr.bde.api.soap;

import jakarta.xml.ws.WebFault;

/** No published offer has the requested reference. */
@WebFault(name = "OfferNotFound", targetNamespace = OfferWebService.NAMESPACE)
public class OfferNotFoundFault extends Exception {

    private static final long serialVersionUID = 1L;

    public OfferNotFoundFault(String message) {
        super(message);
    }
}
