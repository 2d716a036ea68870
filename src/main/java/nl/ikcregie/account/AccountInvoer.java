package nl.ikcregie.account;

/** What the beheerder fills in to create or change an account. */
public class AccountInvoer {

    public String gebruikersnaam;
    public String naam;
    public String email;
    public String rol;
    public String organisatieId;
    public Boolean actief;
    /** The first password of a new account, or a new one for an existing account (blank keeps it). */
    public String wachtwoord;
    public Long versie;
}
