<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ccas::ApiError</name>
    <message>
        <source>The identity is incomplete or invalid: correct the fields shown. No request was sent.</source>
        <translation>L&apos;identité est incomplète ou invalide : corrigez les champs signalés. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>API Particulier refused the request parameters (code %1). Check the identity: the person may not be identifiable with these details.</source>
        <translation>API Particulier a refusé les paramètres de la requête (code %1). Vérifiez l&apos;identité : la personne n&apos;est peut-être pas identifiable avec ces informations.</translation>
    </message>
    <message>
        <source>No API Particulier token is configured. Enter it in the settings (or set GUICHET_API_PARTICULIER_TOKEN for the command line).</source>
        <translation>Aucun jeton API Particulier n&apos;est configuré. Saisissez-le dans les paramètres (ou définissez GUICHET_API_PARTICULIER_TOKEN pour la ligne de commande).</translation>
    </message>
    <message>
        <source>API Particulier refused the token (missing, invalid, expired or revoked). Ask the administrator to renew it on particulier.api.gouv.fr.</source>
        <translation>API Particulier a refusé le jeton (absent, invalide, expiré ou révoqué). Demandez à l&apos;administrateur de le renouveler sur particulier.api.gouv.fr.</translation>
    </message>
    <message>
        <source>The CCAS token does not give access to this data (habilitation). The other sources are not affected; ask the administrator to extend the habilitation if it is needed.</source>
        <translation>Le jeton du CCAS ne donne pas accès à ces données (habilitation). Les autres sources ne sont pas concernées ; demandez à l&apos;administrateur d&apos;étendre l&apos;habilitation si elle est nécessaire.</translation>
    </message>
    <message>
        <source>No file was found for this person at the provider. Check the identity (birth name, first names, birth date and place) or ask for a paper proof.</source>
        <translation>Aucun dossier n&apos;a été trouvé pour cette personne chez le fournisseur. Vérifiez l&apos;identité (nom de naissance, prénoms, date et lieu de naissance) ou demandez un justificatif papier.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to API Particulier: calls are paused for %n second(s) to avoid a ban. Try again afterwards.</source>
        <translation>
            <numerusform>Trop de requêtes ont été envoyées à API Particulier : les appels sont suspendus pendant %n seconde pour éviter un blocage. Réessayez ensuite.</numerusform>
            <numerusform>Trop de requêtes ont été envoyées à API Particulier : les appels sont suspendus pendant %n secondes pour éviter un blocage. Réessayez ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>API Particulier did not answer in time. Try again in a moment, or use a paper proof.</source>
        <translation>API Particulier n&apos;a pas répondu à temps. Réessayez dans un instant ou utilisez un justificatif papier.</translation>
    </message>
    <message>
        <source>An identical request is still being processed by API Particulier. Try again in a moment.</source>
        <translation>Une requête identique est encore en cours de traitement par API Particulier. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>API Particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use a paper proof.</source>
        <translation>API Particulier est injoignable (réseau, proxy ou certificat). Vérifiez la connexion, puis réessayez ou utilisez un justificatif papier.</translation>
    </message>
    <message>
        <source>The data provider is unavailable right now (HTTP %1). Try again later or use a paper proof.</source>
        <translation>Le fournisseur de données est indisponible pour le moment (HTTP %1). Réessayez plus tard ou utilisez un justificatif papier.</translation>
    </message>
    <message>
        <source>API Particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</source>
        <translation>API Particulier a envoyé une réponse illisible. Elle n&apos;a pas été utilisée ; réessayez plus tard et signalez le problème s&apos;il persiste.</translation>
    </message>
    <message>
        <source>Unexpected error while querying API Particulier (HTTP %1). Report it to your IT support.</source>
        <translation>Erreur inattendue lors de l&apos;interrogation d&apos;API Particulier (HTTP %1). Signalez-la à votre support informatique.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Requête annulée.</translation>
    </message>
</context>
<context>
    <name>ccas::ApiParticulierClient</name>
    <message>
        <source>A month needs its year.</source>
        <translation>Un mois doit être accompagné de son année.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>Le mois doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>The period cannot be in the future.</source>
        <translation>La période ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The CAF keeps the family quotient for 24 months only.</source>
        <translation>La CAF ne conserve le quotient familial que pendant 24 mois.</translation>
    </message>
    <message>
        <source>The CCAS SIRET (recipient) is not configured: API Particulier requires it.</source>
        <translation>Le SIRET du CCAS (destinataire) n&apos;est pas configuré : API Particulier l&apos;exige.</translation>
    </message>
</context>
<context>
    <name>ccas::CliApp</name>
    <message>
        <source>Usage:
  guichet-ccas-cli [--profile DIR] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] COMMAND ...
    qf          IDENTITY [--annee A --mois M]
    status      c2s|rsa|aah|asf|prime-activite IDENTITY
    fetch-all   IDENTITY [--annee A --mois M]     QF and the five statuses, in parallel
    demo-server [--port P] [--latency-ms L]
  IDENTITY = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M
             [--annee-naissance Y [--mois-naissance M [--jour-naissance D]]] --pays-naissance CODE
             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD] | --nir NIR ...
  Token: GUICHET_API_PARTICULIER_TOKEN, otherwise the system keychain entry saved by the window.
  Exit codes: 0 ok, 2 invalid input, 3 not found, 4 unauthorised/forbidden or no token, 5 rate-limited,
  6 unavailable/timeout, 7 malformed response, 8 key or storage unavailable, 1 anything else.
</source>
        <translation>Utilisation :
  guichet-ccas-cli [--profile DOSSIER] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] COMMANDE ...
    qf          IDENTITÉ [--annee A --mois M]
    status      c2s|rsa|aah|asf|prime-activite IDENTITÉ
    fetch-all   IDENTITÉ [--annee A --mois M]     le QF et les cinq statuts, en parallèle
    demo-server [--port P] [--latency-ms L]
  IDENTITÉ = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M
             [--annee-naissance A [--mois-naissance M [--jour-naissance J]]] --pays-naissance CODE
             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD] | --nir NIR ...
  Jeton : GUICHET_API_PARTICULIER_TOKEN, sinon l&apos;entrée du trousseau système enregistrée depuis la fenêtre.
  Codes de sortie : 0 succès, 2 saisie invalide, 3 non trouvé, 4 jeton absent, refusé ou hors habilitation,
  5 trop de requêtes, 6 service indisponible ou sans réponse à temps, 7 réponse illisible,
  8 clé ou stockage indisponible, 1 toute autre erreur.
</translation>
    </message>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>L&apos;option --%1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>L&apos;option --%1 attend une valeur.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Option inconnue : %1</translation>
    </message>
    <message>
        <source>Option --%1 is given more than once.</source>
        <translation>L&apos;option --%1 est donnée plusieurs fois.</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang accepte fr ou en.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 attend un nombre entier.</translation>
    </message>
    <message>
        <source>status needs the benefit: c2s, rsa, aah, asf or prime-activite.</source>
        <translation>status attend la prestation : c2s, rsa, aah, asf ou prime-activite.</translation>
    </message>
    <message>
        <source>Unknown benefit: use c2s, rsa, aah, asf or prime-activite.</source>
        <translation>Prestation inconnue : utilisez c2s, rsa, aah, asf ou prime-activite.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument inattendu : %1</translation>
    </message>
    <message>
        <source>The NIR contradicts %1: correct one or the other.</source>
        <translation>Le NIR contredit %1 : corrigez l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>--annee and --mois apply to the family quotient only.</source>
        <translation>--annee et --mois ne s&apos;appliquent qu&apos;au quotient familial.</translation>
    </message>
    <message>
        <source>--annee and --mois go together.</source>
        <translation>--annee et --mois vont ensemble.</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>No API Particulier token: set GUICHET_API_PARTICULIER_TOKEN or save the token from the window&apos;s settings.</source>
        <translation>Aucun jeton API Particulier : définissez GUICHET_API_PARTICULIER_TOKEN ou enregistrez le jeton dans les paramètres de la fenêtre.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number between 0 and %2.</source>
        <translation>--%1 attend un nombre entier entre 0 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>Demo API Particulier (fictitious staging data, %n case(s)) listening on %1. Stop with Ctrl+C.</source>
        <translation>
            <numerusform>API Particulier de démonstration (données fictives de test, %n cas) à l&apos;écoute sur %1. Arrêt avec Ctrl+C.</numerusform>
            <numerusform>API Particulier de démonstration (données fictives de test, %n cas) à l&apos;écoute sur %1. Arrêt avec Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>--base-url must be an https:// URL.</source>
        <translation>--base-url doit être une adresse https://.</translation>
    </message>
    <message>
        <source>--base-url must use https (plain http is accepted for the local demo only).</source>
        <translation>--base-url doit utiliser https (le http simple n&apos;est accepté que pour la démonstration locale).</translation>
    </message>
</context>
<context>
    <name>ccas::ConnectionDialog</name>
    <message>
        <source>Connection to API Particulier</source>
        <translation>Connexion à API Particulier</translation>
    </message>
    <message>
        <source>Production (particulier.api.gouv.fr)</source>
        <translation>Production (particulier.api.gouv.fr)</translation>
    </message>
    <message>
        <source>Staging (fictitious data)</source>
        <translation>Test (données fictives)</translation>
    </message>
    <message>
        <source>CCAS gateway (adds the token itself)</source>
        <translation>Passerelle du CCAS (ajoute elle-même le jeton)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environnement :</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>URL de la &amp;passerelle :</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>CCAS &amp;SIRET (recipient):</source>
        <translation>&amp;SIRET du CCAS (destinataire) :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente :</translation>
    </message>
    <message>
        <source>leave empty to keep the saved token</source>
        <translation>laisser vide pour conserver le jeton enregistré</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain only, never in a file.</source>
        <translation>Le jeton est conservé uniquement dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>The gateway URL must be an https:// address.</source>
        <translation>L&apos;URL de la passerelle doit être une adresse https://.</translation>
    </message>
</context>
<context>
    <name>ccas::FakeApiServer</name>
    <message>
        <source>The demo server is already running.</source>
        <translation>Le serveur de démonstration est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>The demo server cannot start: %1</source>
        <translation>Le serveur de démonstration ne peut pas démarrer : %1</translation>
    </message>
</context>
<context>
    <name>ccas::IdentityForm</name>
    <message>
        <source>Social security number (NIR)</source>
        <translation>Numéro de sécurité sociale (NIR)</translation>
    </message>
    <message>
        <source>Pre-fill from the NIR</source>
        <translation>Préremplir à partir du NIR</translation>
    </message>
    <message>
        <source>NIR:</source>
        <translation>NIR :</translation>
    </message>
    <message>
        <source>Birth &amp;name:</source>
        <translation>&amp;Nom de naissance :</translation>
    </message>
    <message>
        <source>as on the birth certificate</source>
        <translation>comme sur l&apos;acte de naissance</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>Nom d&apos;&amp;usage :</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>First name %1</source>
        <translation>Prénom %1</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Féminin</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculin</translation>
    </message>
    <message>
        <source>Sex on the civil-status record</source>
        <translation>Sexe à l&apos;état civil</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sexe :</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>Jour de naissance</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Mois de naissance</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Année de naissance</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Date de naissance :</translation>
    </message>
    <message>
        <source>99100 = France; abroad 99xxx</source>
        <translation>99100 = France ; étranger 99xxx</translation>
    </message>
    <message>
        <source>born in France: INSEE code, e.g. 13001</source>
        <translation>naissance en France : code INSEE, p. ex. 13001</translation>
    </message>
    <message>
        <source>or commune na&amp;me:</source>
        <translation>ou nom de &amp;la commune :</translation>
    </message>
    <message>
        <source>with the département and the birth year</source>
        <translation>avec le département et l&apos;année de naissance</translation>
    </message>
    <message>
        <source>and &amp;département:</source>
        <translation>et dépar&amp;tement :</translation>
    </message>
    <message>
        <source>e.g. 13, 2A, 971</source>
        <translation>p. ex. 13, 2A, 971</translation>
    </message>
    <message>
        <source>current month</source>
        <translation>mois en cours</translation>
    </message>
    <message>
        <source>current year</source>
        <translation>année en cours</translation>
    </message>
    <message>
        <source>Family quotient month</source>
        <translation>Mois du quotient familial</translation>
    </message>
    <message>
        <source>Family quotient year</source>
        <translation>Année du quotient familial</translation>
    </message>
    <message>
        <source>QF &amp;period:</source>
        <translation>Période du &amp;QF :</translation>
    </message>
    <message>
        <source>Sex, birth year, month and place were filled from the NIR: check them.</source>
        <translation>Le sexe, l&apos;année, le mois et le lieu de naissance ont été remplis à partir du NIR : vérifiez-les.</translation>
    </message>
    <message>
        <source>optional: 15 characters, fills sex, birth year, month and place</source>
        <translation>facultatif : 15 caractères, remplit le sexe, l&apos;année, le mois et le lieu de naissance</translation>
    </message>
    <message>
        <source>P&amp;re-fill</source>
        <translation>&amp;Pré-remplir</translation>
    </message>
    <message>
        <source>F&amp;irst names:</source>
        <translation>P&amp;rénoms :</translation>
    </message>
    <message>
        <source>Birth c&amp;ountry (COG):</source>
        <translation>Pa&amp;ys de naissance (COG) :</translation>
    </message>
    <message>
        <source>Bir&amp;th commune (COG):</source>
        <translation>Co&amp;mmune de naissance (COG) :</translation>
    </message>
</context>
<context>
    <name>ccas::IdentityValidator</name>
    <message>
        <source>Enter the birth name.</source>
        <translation>Saisissez le nom de naissance.</translation>
    </message>
    <message>
        <source>The birth name cannot be longer than 100 characters.</source>
        <translation>Le nom de naissance ne peut pas dépasser 100 caractères.</translation>
    </message>
    <message>
        <source>The birth name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le nom de naissance ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>The birth name must contain at least one letter.</source>
        <translation>Le nom de naissance doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>The usage name cannot be longer than 100 characters.</source>
        <translation>Le nom d&apos;usage ne peut pas dépasser 100 caractères.</translation>
    </message>
    <message>
        <source>The usage name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Le nom d&apos;usage ne peut contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>The usage name must contain at least one letter.</source>
        <translation>Le nom d&apos;usage doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>The usage name must differ from the birth name; leave it empty if they are the same.</source>
        <translation>Le nom d&apos;usage doit être différent du nom de naissance ; laissez-le vide s&apos;ils sont identiques.</translation>
    </message>
    <message>
        <source>Enter at least one first name.</source>
        <translation>Saisissez au moins un prénom.</translation>
    </message>
    <message>
        <source>Enter at most 3 first names.</source>
        <translation>Saisissez au plus 3 prénoms.</translation>
    </message>
    <message>
        <source>Each first name cannot be longer than 100 characters.</source>
        <translation>Chaque prénom ne peut pas dépasser 100 caractères.</translation>
    </message>
    <message>
        <source>First names may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>Les prénoms ne peuvent contenir que des lettres, des espaces, des traits d&apos;union et des apostrophes.</translation>
    </message>
    <message>
        <source>Each first name must contain at least one letter.</source>
        <translation>Chaque prénom doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>Choose the sex on the civil-status record: F or M.</source>
        <translation>Choisissez le sexe à l&apos;état civil : F ou M.</translation>
    </message>
    <message>
        <source>The birth year must be 1900 or later.</source>
        <translation>L&apos;année de naissance doit être 1900 ou une année postérieure.</translation>
    </message>
    <message>
        <source>A birth month needs the birth year.</source>
        <translation>Un mois de naissance nécessite l&apos;année de naissance.</translation>
    </message>
    <message>
        <source>The birth month must be between 1 and 12.</source>
        <translation>Le mois de naissance doit être compris entre 1 et 12.</translation>
    </message>
    <message>
        <source>A birth day needs the birth month.</source>
        <translation>Un jour de naissance nécessite le mois de naissance.</translation>
    </message>
    <message>
        <source>The birth day must be between 1 and 31.</source>
        <translation>Le jour de naissance doit être compris entre 1 et 31.</translation>
    </message>
    <message>
        <source>This birth day does not exist in that month (29 February is only in leap years).</source>
        <translation>Ce jour de naissance n&apos;existe pas dans ce mois (le 29 février n&apos;existe que les années bissextiles).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Enter the birth country code (99100 for France).</source>
        <translation>Saisissez le code du pays de naissance (99100 pour la France).</translation>
    </message>
    <message>
        <source>The birth country code is 99 followed by 3 digits (e.g. 99100 France, 99350 Morocco).</source>
        <translation>Le code du pays de naissance est 99 suivi de 3 chiffres (p. ex. 99100 France, 99350 Maroc).</translation>
    </message>
    <message>
        <source>Leave the birth commune code empty for a person born abroad.</source>
        <translation>Laissez vide le code de la commune de naissance pour une personne née à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Leave the birth commune name empty for a person born abroad.</source>
        <translation>Laissez vide le nom de la commune de naissance pour une personne née à l&apos;étranger.</translation>
    </message>
    <message>
        <source>Leave the birth département empty for a person born abroad.</source>
        <translation>Laissez vide le département de naissance pour une personne née à l&apos;étranger.</translation>
    </message>
    <message>
        <source>The birth commune code has 5 characters (e.g. 75056, 2A004).</source>
        <translation>Le code de la commune de naissance compte 5 caractères (p. ex. 75056, 2A004).</translation>
    </message>
    <message>
        <source>A birth commune code cannot start with 99: that is a country code.</source>
        <translation>Un code de commune de naissance ne peut pas commencer par 99 : c&apos;est un code de pays.</translation>
    </message>
    <message>
        <source>The birth commune name cannot be longer than 100 characters.</source>
        <translation>Le nom de la commune de naissance ne peut pas dépasser 100 caractères.</translation>
    </message>
    <message>
        <source>The birth commune name must contain at least one letter.</source>
        <translation>Le nom de la commune de naissance doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <source>The birth département code is 01 to 95, 2A, 2B or 971 to 976.</source>
        <translation>Le code du département de naissance va de 01 à 95, 2A, 2B ou de 971 à 976.</translation>
    </message>
    <message>
        <source>Give either the birth commune code or the commune name with its département, not both.</source>
        <translation>Indiquez soit le code de la commune de naissance, soit le nom de la commune avec son département, pas les deux.</translation>
    </message>
    <message>
        <source>Enter the birth commune code, or the commune name with its département.</source>
        <translation>Saisissez le code de la commune de naissance, ou le nom de la commune avec son département.</translation>
    </message>
    <message>
        <source>Enter the name of the birth commune with its département.</source>
        <translation>Saisissez le nom de la commune de naissance avec son département.</translation>
    </message>
    <message>
        <source>Enter the département of the birth commune (e.g. 75, 2A, 971).</source>
        <translation>Saisissez le département de la commune de naissance (p. ex. 75, 2A, 971).</translation>
    </message>
    <message>
        <source>Enter the birth year: it is needed when the birth commune is given by name.</source>
        <translation>Saisissez l&apos;année de naissance : elle est nécessaire quand la commune de naissance est indiquée par son nom.</translation>
    </message>
</context>
<context>
    <name>ccas::MainWindow</name>
    <message>
        <source>Guichet CCAS — demonstration</source>
        <translation>Guichet CCAS — démonstration</translation>
    </message>
    <message>
        <source>Guichet CCAS</source>
        <translation>Guichet CCAS</translation>
    </message>
    <message>
        <source>Demonstration: the data shown are the fictitious test cases of API Particulier&apos;s staging environment. Nothing is sent to the real API and nothing is kept.</source>
        <translation>Démonstration : les données affichées sont les cas de test fictifs de l&apos;environnement de test d&apos;API Particulier. Rien n&apos;est envoyé à l&apos;API réelle et rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Demonstration banner</source>
        <translation>Bandeau de démonstration</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <source>Fetch the family quotient and the five statuses (Ctrl+Enter)</source>
        <translation>Obtenir le quotient familial et les cinq statuts (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Consult API Particulier</source>
        <translation>Consulter API Particulier</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Cancel the consultation</source>
        <translation>Annuler la consultation</translation>
    </message>
    <message>
        <source>%v of %m sources</source>
        <translation>%v sur %m sources</translation>
    </message>
    <message>
        <source>Sources received</source>
        <translation>Sources reçues</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Results by source</source>
        <translation>Résultats par source</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>Paramètres de &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Demonstration mode</source>
        <translation>Mode démonstration</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Correct the fields shown: nothing was sent.</source>
        <translation>Corrigez les champs signalés : rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>Interrogation…</translation>
    </message>
    <message>
        <source>Querying API Particulier…</source>
        <translation>Interrogation d&apos;API Particulier…</translation>
    </message>
    <message>
        <source>Consultation cancelled.</source>
        <translation>Consultation annulée.</translation>
    </message>
    <message>
        <source>Every source answered.</source>
        <translation>Toutes les sources ont répondu.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be consulted: see the messages below; a paper proof can replace them.</source>
        <translation>
            <numerusform>%n source n&apos;a pas pu être consultée : voir le message ci-dessous ; un justificatif papier peut la remplacer.</numerusform>
            <numerusform>%n sources n&apos;ont pas pu être consultées : voir les messages ci-dessous ; un justificatif papier peut les remplacer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::Nir</name>
    <message>
        <source>Enter the social security number.</source>
        <translation>Saisissez le numéro de sécurité sociale.</translation>
    </message>
    <message>
        <source>The social security number may contain only digits, with 2A or 2B for Corsica.</source>
        <translation>Le numéro de sécurité sociale ne peut contenir que des chiffres, avec 2A ou 2B pour la Corse.</translation>
    </message>
    <message>
        <source>The social security number has 15 characters: 13 digits and a 2-digit key.</source>
        <translation>Le numéro de sécurité sociale compte 15 caractères : 13 chiffres et une clé de 2 chiffres.</translation>
    </message>
    <message>
        <source>The social security number has 13 characters, or 15 with its key.</source>
        <translation>Le numéro de sécurité sociale compte 13 caractères, ou 15 avec sa clé.</translation>
    </message>
    <message>
        <source>This is a temporary number (starting with 7 or 8): it does not carry reliable birth data. Use the permanent social security number.</source>
        <translation>Il s&apos;agit d&apos;un numéro provisoire (commençant par 7 ou 8) : il ne contient pas de données de naissance fiables. Utilisez le numéro de sécurité sociale définitif.</translation>
    </message>
    <message>
        <source>The social security number must start with 1 (man) or 2 (woman).</source>
        <translation>Le numéro de sécurité sociale doit commencer par 1 (homme) ou 2 (femme).</translation>
    </message>
    <message>
        <source>The birth month in the social security number (characters 4 and 5) is not valid.</source>
        <translation>Le mois de naissance dans le numéro de sécurité sociale (caractères 4 et 5) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Corsica is written 2A or 2B in the social security number, not 20.</source>
        <translation>La Corse s&apos;écrit 2A ou 2B dans le numéro de sécurité sociale, pas 20.</translation>
    </message>
    <message>
        <source>The birth département in the social security number (characters 6 and 7) is not valid.</source>
        <translation>Le département de naissance dans le numéro de sécurité sociale (caractères 6 et 7) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The birth country in the social security number (characters 8 to 10) is not valid.</source>
        <translation>Le pays de naissance dans le numéro de sécurité sociale (caractères 8 à 10) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The birth commune in the social security number (characters 8 to 10) is not valid.</source>
        <translation>La commune de naissance dans le numéro de sécurité sociale (caractères 8 à 10) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The order number in the social security number (characters 11 to 13) is not valid.</source>
        <translation>Le numéro d&apos;ordre dans le numéro de sécurité sociale (caractères 11 à 13) n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The control key does not match the social security number: check it for a typing error.</source>
        <translation>La clé de contrôle ne correspond pas au numéro de sécurité sociale : vérifiez qu&apos;il n&apos;y a pas d&apos;erreur de saisie.</translation>
    </message>
</context>
<context>
    <name>ccas::OutcomeText</name>
    <message>
        <source>out of habilitation</source>
        <translation>hors habilitation</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>married/usage name %1</source>
        <translation>nom d&apos;usage %1</translation>
    </message>
    <message>
        <source>%1 %2, %3, born %4</source>
        <translation>%1 %2, %3, date de naissance %4</translation>
    </message>
    <message>
        <source>female</source>
        <translation>sexe féminin</translation>
    </message>
    <message>
        <source>male</source>
        <translation>sexe masculin</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>période %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>calculé en %1</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>obtenu le %1</translation>
    </message>
    <message>
        <source>from the API cache</source>
        <translation>issu du cache de l&apos;API</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Non trouvé</translation>
    </message>
    <message>
        <source>Out of habilitation</source>
        <translation>Hors habilitation</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>Paused (too many requests)</source>
        <translation>Suspendu (trop de requêtes)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Pas de réponse à temps</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Réponse illisible</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Requête refusée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Family quotient out of habilitation</source>
        <translation>Quotient familial hors habilitation</translation>
    </message>
    <message>
        <source>No family quotient</source>
        <translation>Pas de quotient familial</translation>
    </message>
    <message>
        <source>QF %1 (%2, %3)</source>
        <translation>QF %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not a beneficiary</source>
        <translation>Non bénéficiaire</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <source> (increased rate)</source>
        <translation> (majoré)</translation>
    </message>
    <message>
        <source> (standard rate)</source>
        <translation> (non majoré)</translation>
    </message>
    <message>
        <source> (with financial contribution)</source>
        <translation> (avec participation financière)</translation>
    </message>
    <message>
        <source> (without financial contribution)</source>
        <translation> (sans participation financière)</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> depuis le %1</translation>
    </message>
    <message>
        <source>API code %1: %2</source>
        <translation>Code API %1 : %2</translation>
    </message>
    <message>
        <source>Children: none</source>
        <translation>Enfants : aucun</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Enfant : %1</translation>
    </message>
    <message>
        <source>Children: out of habilitation</source>
        <translation>Enfants : hors habilitation</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Address: out of habilitation</source>
        <translation>Adresse : hors habilitation</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
    </message>
    <message>
        <source>Start of rights: not stated</source>
        <translation>Début des droits : non renseigné</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>Allocataire : %1</translation>
    </message>
    <message>
        <source>Claimants: out of habilitation</source>
        <translation>Allocataires : hors habilitation</translation>
    </message>
</context>
<context>
    <name>ccas::SecretStore</name>
    <message>
        <source>No secret is saved in the system keychain yet.</source>
        <translation>Aucun secret n&apos;est encore enregistré dans le trousseau système.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: install and unlock GNOME Keyring or KWallet).</source>
        <translation>Aucun trousseau système n&apos;est disponible (sous Linux : installez et déverrouillez GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <source>The system keychain refused access (locked, or access denied). Unlock it and try again.</source>
        <translation>Le trousseau système a refusé l&apos;accès (verrouillé, ou accès refusé). Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Unlock it and try again.</source>
        <translation>Le trousseau système n&apos;a pas répondu à temps. Déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Le trousseau système a signalé une erreur.</translation>
    </message>
</context>
<context>
    <name>ccas::Siret</name>
    <message>
        <source>Enter the SIRET number (14 digits).</source>
        <translation>Saisissez le numéro SIRET (14 chiffres).</translation>
    </message>
    <message>
        <source>A SIRET number contains only digits.</source>
        <translation>Un numéro SIRET ne contient que des chiffres.</translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation>Un numéro SIRET compte 14 chiffres.</translation>
    </message>
    <message>
        <source>This SIRET number is not valid: its check digit does not match. Check it for a typing error.</source>
        <translation>Ce numéro SIRET n&apos;est pas valide : son chiffre de contrôle ne correspond pas. Vérifiez qu&apos;il n&apos;y a pas d&apos;erreur de saisie.</translation>
    </message>
</context>
<context>
    <name>ccas::Sources</name>
    <message>
        <source>Family quotient (CAF/MSA)</source>
        <translation>Quotient familial (CAF/MSA)</translation>
    </message>
    <message>
        <source>Complémentaire santé solidaire (C2S)</source>
        <translation>Complémentaire santé solidaire (C2S)</translation>
    </message>
    <message>
        <source>Revenu de solidarité active (RSA)</source>
        <translation>Revenu de solidarité active (RSA)</translation>
    </message>
    <message>
        <source>Allocation aux adultes handicapés (AAH)</source>
        <translation>Allocation aux adultes handicapés (AAH)</translation>
    </message>
    <message>
        <source>Allocation de soutien familial (ASF)</source>
        <translation>Allocation de soutien familial (ASF)</translation>
    </message>
    <message>
        <source>Prime d&apos;activité</source>
        <translation>Prime d&apos;activité</translation>
    </message>
</context>
<context>
    <name>ccas::StagingCatalog</name>
    <message>
        <source>The demo case %1 cannot be read: %2</source>
        <translation>Le cas de démonstration %1 est illisible : %2</translation>
    </message>
    <message>
        <source>The demo cases cannot be found.</source>
        <translation>Les cas de démonstration sont introuvables.</translation>
    </message>
    <message>
        <source>The demo cases of %1 cannot be found.</source>
        <translation>Les cas de démonstration de %1 sont introuvables.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved in the system keychain: %1</source>
        <translation>Le jeton est utilisé pour cette session mais n&apos;a pas pu être enregistré dans le trousseau système : %1</translation>
    </message>
</context>
</TS>
