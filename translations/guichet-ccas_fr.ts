<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ccas::Aead</name>
    <message>
        <source>This information cannot be read (damaged data or wrong key).</source>
        <translation>Cette information est illisible (données abîmées ou mauvaise clé).</translation>
    </message>
</context>
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
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Impossible de lire le fichier de phrase de passe %1.</translation>
    </message>
    <message>
        <source>init needs --ccas-nom.</source>
        <translation>init attend --ccas-nom.</translation>
    </message>
    <message>
        <source>init needs the administrator&apos;s recovery passphrase: --passphrase-file FILE or GUICHET_PASSPHRASE_FILE.</source>
        <translation>init attend la phrase de passe de secours de l&apos;administrateur : --passphrase-file FICHIER ou GUICHET_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>Un profil existe déjà dans %1.</translation>
    </message>
    <message>
        <source>Profile created in %1.</source>
        <translation>Profil créé dans %1.</translation>
    </message>
    <message>
        <source>The master key is in the system keychain.</source>
        <translation>La clé maîtresse est dans le trousseau système.</translation>
    </message>
    <message>
        <source>No profile in %1: create it with guichet-ccas-cli init.</source>
        <translation>Aucun profil dans %1 : créez-le avec guichet-ccas-cli init.</translation>
    </message>
    <message>
        <source>Opened with the recovery passphrase.</source>
        <translation>Profil ouvert avec la phrase de passe de secours.</translation>
    </message>
    <message>
        <source>The master key was saved again in the system keychain.</source>
        <translation>La clé maîtresse a de nouveau été enregistrée dans le trousseau système.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n dossier(s) purged.</source>
        <translation>
            <numerusform>Fin de conservation : %n dossier purgé.</numerusform>
            <numerusform>Fin de conservation : %n dossiers purgés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier created: %1</source>
        <translation>Dossier créé : %1</translation>
    </message>
    <message>
        <source>--statut takes brouillon, en-instruction, decide or clos.</source>
        <translation>--statut accepte brouillon, en-instruction, decide ou clos.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s).</source>
        <translation>
            <numerusform>%n dossier.</numerusform>
            <numerusform>%n dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>dossier %1 needs the dossier id.</source>
        <translation>dossier %1 attend l&apos;identifiant du dossier.</translation>
    </message>
    <message>
        <source>Dossier %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>--decision takes accorde, refuse or sans-suite.</source>
        <translation>--decision accepte accorde, refuse ou sans-suite.</translation>
    </message>
    <message>
        <source>--montant takes an amount in euros, e.g. 150 or 150,50.</source>
        <translation>--montant attend un montant en euros, p. ex. 150 ou 150,50.</translation>
    </message>
    <message>
        <source>--montant applies to a granted aid only.</source>
        <translation>--montant ne s&apos;applique qu&apos;à une aide accordée.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Décision enregistrée.</translation>
    </message>
    <message>
        <source>Dossier closed: it will be purged after the retention period.</source>
        <translation>Dossier clos : il sera purgé à la fin de la durée de conservation.</translation>
    </message>
    <message>
        <source>Unknown dossier command: %1</source>
        <translation>Sous-commande de dossier inconnue : %1</translation>
    </message>
    <message>
        <source>The dossier is closed: nothing more can be fetched into it.</source>
        <translation>Le dossier est clos : aucune nouvelle consultation ne peut y être enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>Would be purged: %n dossier(s).</source>
        <translation>
            <numerusform>Serait purgé : %n dossier.</numerusform>
            <numerusform>Seraient purgés : %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged: %n dossier(s).</source>
        <translation>
            <numerusform>Purgé : %n dossier.</numerusform>
            <numerusform>Purgés : %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for 12 months or more: %n dossier(s).</source>
        <translation>
            <numerusform>Inactif depuis 12 mois ou plus : %n dossier.</numerusform>
            <numerusform>Inactifs depuis 12 mois ou plus : %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal: %n old entry(ies) removed.</source>
        <translation>
            <numerusform>Journal des accès : %n ancienne entrée supprimée.</numerusform>
            <numerusform>Journal des accès : %n anciennes entrées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Journal des accès intact : %n entrée vérifiée.</numerusform>
            <numerusform>Journal des accès intact : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message>
        <source>journal takes verify or list.</source>
        <translation>journal accepte verify ou list.</translation>
    </message>
    <message>
        <source>Usage:
  guichet-ccas-cli [--profile DIR] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] COMMAND ...
    qf          IDENTITY [--annee A --mois M]
    status      c2s|rsa|aah|asf|prime-activite IDENTITY
    fetch-all   IDENTITY [--annee A --mois M]     QF and the five statuses, in parallel
    demo-server [--port P] [--latency-ms L]
    init --ccas-nom NOM --siret SIRET [--passphrase-file F]   creates the profile and its keys
    dossier create IDENTITY [--aide CODE]
    dossier fetch ID | dossier show ID | dossier close ID
    dossier list [--search TEXTE] [--statut S]
    dossier decide ID --decision accorde|refuse|sans-suite [--montant EUR] [--motif TEXTE]
    purge [--dry-run]
    journal verify | journal list
  IDENTITY = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M
             [--annee-naissance Y [--mois-naissance M [--jour-naissance D]]] --pays-naissance CODE
             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD] | --nir NIR ...
  Token: GUICHET_API_PARTICULIER_TOKEN, otherwise the system keychain entry saved by the window.
  Recovery passphrase: --passphrase-file F or GUICHET_PASSPHRASE_FILE (needed by init, and when the
  keychain cannot give the profile&apos;s key).
  Exit codes: 0 ok, 2 invalid input, 3 not found, 4 unauthorised/forbidden or no token, 5 rate-limited,
  6 unavailable/timeout, 7 malformed response, 8 key or storage unavailable, 1 anything else.
</source>
        <translation>Utilisation :
  guichet-ccas-cli [--profile DOSSIER] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] COMMANDE ...
    qf          IDENTITÉ [--annee A --mois M]
    status      c2s|rsa|aah|asf|prime-activite IDENTITÉ
    fetch-all   IDENTITÉ [--annee A --mois M]     le QF et les cinq statuts, en parallèle
    demo-server [--port P] [--latency-ms L]
    init --ccas-nom NOM --siret SIRET [--passphrase-file F]   crée le profil et ses clés
    dossier create IDENTITÉ [--aide CODE]
    dossier fetch ID | dossier show ID | dossier close ID
    dossier list [--search TEXTE] [--statut S]
    dossier decide ID --decision accorde|refuse|sans-suite [--montant EUR] [--motif TEXTE]
    purge [--dry-run]
    journal verify | journal list
  IDENTITÉ = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M
             [--annee-naissance A [--mois-naissance M [--jour-naissance J]]] --pays-naissance CODE
             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD] | --nir NIR ...
  Jeton : GUICHET_API_PARTICULIER_TOKEN, sinon l&apos;entrée du trousseau système enregistrée depuis la fenêtre.
  Phrase de passe de secours : --passphrase-file F ou GUICHET_PASSPHRASE_FILE (exigée par init, et quand le
  trousseau ne peut pas donner la clé du profil).
  Codes de sortie : 0 succès, 2 saisie invalide, 3 non trouvé, 4 jeton absent, refusé ou hors habilitation,
  5 trop de requêtes, 6 service indisponible ou sans réponse à temps, 7 réponse illisible,
  8 clé ou stockage indisponible, 1 toute autre erreur.
</translation>
    </message>
    <message>
        <source>The profile will open with the recovery passphrase, which is enough: keep it safe. No usable system keychain: %1</source>
        <translation>Le profil s&apos;ouvrira avec la phrase de passe de secours, qui suffit : conservez-la en lieu sûr. Aucun trousseau système utilisable : %1</translation>
    </message>
    <message>
        <source>Journal altered: %1</source>
        <translation>Journal des accès altéré : %1</translation>
    </message>
    <message>
        <source>The API Impôt particulier addresses must be https:// URLs.</source>
        <translation>Les adresses d&apos;API Impôt particulier doivent être des adresses https://.</translation>
    </message>
    <message>
        <source>API Impôt particulier is not configured: give --impot-base-url and --impot-token-url (or ApiImpot/BaseUrl and ApiImpot/TokenUrl in the settings), as received with the habilitation.</source>
        <translation>Aucun accès à API Impôt particulier n&apos;est configuré : indiquez --impot-base-url et --impot-token-url (ou ApiImpot/BaseUrl et ApiImpot/TokenUrl dans les paramètres), tels que reçus avec l&apos;habilitation.</translation>
    </message>
    <message>
        <source>No API Impôt particulier credentials: set GUICHET_IMPOT_CLIENT_ID and GUICHET_IMPOT_CLIENT_SECRET.</source>
        <translation>Aucun identifiant client ni secret client pour API Impôt particulier : définissez GUICHET_IMPOT_CLIENT_ID et GUICHET_IMPOT_CLIENT_SECRET.</translation>
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
    <message>
        <source>API Particulier</source>
        <translation>API Particulier</translation>
    </message>
    <message>
        <source>API Impôt particulier (DGFiP)</source>
        <translation>API Impôt particulier (DGFiP)</translation>
    </message>
    <message>
        <source>&amp;Data URL:</source>
        <translation>&amp;URL des données :</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>URL du point d&apos;accès du je&amp;ton :</translation>
    </message>
    <message>
        <source>ID_Telese&amp;rvice:</source>
        <translation>ID_Telese&amp;rvice :</translation>
    </message>
    <message>
        <source>optional, given by the DGFiP</source>
        <translation>facultatif, fourni par la DGFiP</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Identifiant client :</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>laisser vide pour conserver la valeur enregistrée</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Se&amp;cret client :</translation>
    </message>
    <message>
        <source>Given by the DGFiP with the CCAS&apos;s habilitation. Leave both URLs empty if the CCAS has none. The client ID and secret are kept in the system keychain only.</source>
        <translation>Ces paramètres sont fournis par la DGFiP avec l&apos;habilitation du CCAS. Laissez les deux URL vides si le CCAS n&apos;en a pas. L&apos;identifiant client et le secret client sont conservés uniquement dans le trousseau système.</translation>
    </message>
    <message>
        <source>API Impôt particulier needs both its data URL and its token URL (or neither).</source>
        <translation>API Impôt particulier exige à la fois l&apos;URL des données et l&apos;URL du point d&apos;accès du jeton (ou aucune des deux).</translation>
    </message>
    <message>
        <source>The data URL of API Impôt particulier must be an https:// address.</source>
        <translation>L&apos;URL des données d&apos;API Impôt particulier doit être une adresse https://.</translation>
    </message>
    <message>
        <source>The token URL of API Impôt particulier must be an https:// address.</source>
        <translation>L&apos;URL du point d&apos;accès du jeton d&apos;API Impôt particulier doit être une adresse https://.</translation>
    </message>
</context>
<context>
    <name>ccas::Dossier</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En instruction</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>Sans suite</translation>
    </message>
</context>
<context>
    <name>ccas::DossierListModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>(illisible)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This dossier could not be decrypted: it may have been altered.</source>
        <translation>Ce dossier n&apos;a pas pu être déchiffré : il a peut-être été altéré.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
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
    <message>
        <source>The demo tax data cannot be found.</source>
        <translation>Les données fiscales de démonstration sont introuvables.</translation>
    </message>
    <message>
        <source>The demo tax data cannot be read.</source>
        <translation>Les données fiscales de démonstration ne peuvent pas être lues.</translation>
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
    <message>
        <source>Ta&amp;x number (SPI):</source>
        <translation>Numér&amp;o fiscal (SPI) :</translation>
    </message>
    <message>
        <source>optional: 13 digits, on the tax notice</source>
        <translation>facultatif : 13 chiffres, sur l&apos;avis d&apos;impôt</translation>
    </message>
    <message>
        <source>Tax number (SPI)</source>
        <translation>Numéro fiscal (SPI)</translation>
    </message>
    <message>
        <source>Optional. The 13-digit numéro fiscal printed on the tax notice; spaces are allowed.</source>
        <translation>Facultatif. Le numéro fiscal à 13 chiffres imprimé sur l&apos;avis d&apos;impôt ; les espaces sont acceptés.</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>la plus récente</translation>
    </message>
    <message>
        <source>Income year of the tax situation</source>
        <translation>Année des revenus de la situation fiscale</translation>
    </message>
    <message>
        <source>“latest” asks for the most recent tax situation.</source>
        <translation>« la plus récente » demande la dernière situation fiscale disponible.</translation>
    </message>
    <message>
        <source>Income &amp;year:</source>
        <translation>&amp;Année des revenus :</translation>
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
    <name>ccas::ImpotParticulierClient</name>
    <message>
        <source>Enter the tax number (numéro fiscal): 13 digits, printed on the tax notice.</source>
        <translation>Saisissez le numéro fiscal (SPI) : 13 chiffres, imprimés sur l&apos;avis d&apos;impôt.</translation>
    </message>
    <message>
        <source>The tax number (numéro fiscal) must have exactly 13 digits.</source>
        <translation>Le numéro fiscal (SPI) doit comporter exactement 13 chiffres.</translation>
    </message>
    <message>
        <source>The income year cannot be after %1: the incomes of a year are declared the year after.</source>
        <translation>L&apos;année des revenus ne peut pas être postérieure à %1 : les revenus d&apos;une année sont déclarés l&apos;année suivante.</translation>
    </message>
    <message>
        <source>The income year cannot be before %1: only the last four income years can be requested.</source>
        <translation>L&apos;année des revenus ne peut pas être antérieure à %1 : seules les quatre dernières années de revenus peuvent être demandées.</translation>
    </message>
    <message>
        <source>The tax number or the income year is invalid: correct the fields shown. No request was sent.</source>
        <translation>Le numéro fiscal ou l&apos;année des revenus est invalide : corrigez les champs signalés. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>API Impôt particulier refused the request as malformed (HTTP %1). Check the tax number; report the problem if it persists.</source>
        <translation>API Impôt particulier a refusé la requête comme mal formée (HTTP %1). Vérifiez le numéro fiscal ; signalez le problème s&apos;il persiste.</translation>
    </message>
    <message>
        <source>API Impôt particulier is not configured: enter its address, token address, client ID and client secret in the settings.</source>
        <translation>Aucun accès à API Impôt particulier n&apos;est configuré : saisissez son adresse, l&apos;adresse du point d&apos;accès du jeton, l&apos;identifiant client et le secret client dans les paramètres.</translation>
    </message>
    <message>
        <source>API Impôt particulier refused the access token, even after renewing it. Ask the administrator to check the habilitation.</source>
        <translation>API Impôt particulier a refusé le jeton d&apos;accès, même après son renouvellement. Demandez à l&apos;administrateur de vérifier l&apos;habilitation.</translation>
    </message>
    <message>
        <source>The CCAS&apos;s habilitation to API Impôt particulier does not cover this data. Ask the administrator to check the scopes granted by the DGFiP.</source>
        <translation>L&apos;habilitation du CCAS à API Impôt particulier ne couvre pas ces données. Demandez à l&apos;administrateur de vérifier les périmètres (scopes) accordés par la DGFiP.</translation>
    </message>
    <message>
        <source>The DGFiP has no income tax situation for this tax number and the %1 incomes. Check the tax number (13 digits on the tax notice) and the year, or ask for the paper notice.</source>
        <translation>La DGFiP n&apos;a aucune situation d&apos;impôt sur le revenu pour ce numéro fiscal et les revenus %1. Vérifiez le numéro fiscal (13 chiffres sur l&apos;avis d&apos;impôt) et l&apos;année, ou demandez l&apos;avis d&apos;impôt papier.</translation>
    </message>
    <message>
        <source>The DGFiP has no recent income tax situation for this tax number. Check the tax number (13 digits on the tax notice), or ask for the paper notice.</source>
        <translation>La DGFiP n&apos;a aucune situation récente d&apos;impôt sur le revenu pour ce numéro fiscal. Vérifiez le numéro fiscal (13 chiffres sur l&apos;avis d&apos;impôt) ou demandez l&apos;avis d&apos;impôt papier.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to API Impôt particulier: calls are paused for %n second(s). Try again afterwards.</source>
        <translation>
            <numerusform>Trop de requêtes ont été envoyées à API Impôt particulier : les appels sont suspendus pendant %n seconde. Réessayez ensuite.</numerusform>
            <numerusform>Trop de requêtes ont été envoyées à API Impôt particulier : les appels sont suspendus pendant %n secondes. Réessayez ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>API Impôt particulier did not answer in time. Try again in a moment, or use the paper tax notice.</source>
        <translation>API Impôt particulier n&apos;a pas répondu à temps. Réessayez dans un instant ou utilisez l&apos;avis d&apos;impôt papier.</translation>
    </message>
    <message>
        <source>API Impôt particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use the paper tax notice.</source>
        <translation>API Impôt particulier est injoignable (réseau, proxy ou certificat). Vérifiez la connexion, puis réessayez ou utilisez l&apos;avis d&apos;impôt papier.</translation>
    </message>
    <message>
        <source>API Impôt particulier is unavailable right now (HTTP %1). Try again later or use the paper tax notice.</source>
        <translation>API Impôt particulier est indisponible pour le moment (HTTP %1). Réessayez plus tard ou utilisez l&apos;avis d&apos;impôt papier.</translation>
    </message>
    <message>
        <source>API Impôt particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</source>
        <translation>API Impôt particulier a envoyé une réponse illisible. Elle n&apos;a pas été utilisée ; réessayez plus tard et signalez le problème s&apos;il persiste.</translation>
    </message>
    <message>
        <source>Unexpected answer from API Impôt particulier (HTTP %1). Report it to your IT support.</source>
        <translation>Réponse inattendue d&apos;API Impôt particulier (HTTP %1). Signalez-la à votre support informatique.</translation>
    </message>
    <message>
        <source>The address of API Impôt particulier or of its token service is not valid (https is required). Check the settings. No request was sent.</source>
        <translation>L&apos;adresse d&apos;API Impôt particulier ou de son point d&apos;accès du jeton n&apos;est pas valide (https est exigé). Vérifiez les paramètres. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>The client certificate of API Impôt particulier cannot be opened: wrong file or wrong passphrase. Check the settings. No request was sent.</source>
        <translation>Le certificat client d&apos;API Impôt particulier ne peut pas être ouvert : fichier ou phrase de passe incorrects. Vérifiez les paramètres. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>The client certificate of API Impôt particulier expired on %1. Ask the administrator for a new one. No request was sent.</source>
        <translation>Le certificat client d&apos;API Impôt particulier a expiré le %1. Demandez-en un nouveau à l&apos;administrateur. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>The DGFiP token service refused the client ID or secret of API Impôt particulier (%1). Ask the administrator to check them.</source>
        <translation>Le point d&apos;accès du jeton de la DGFiP a refusé l&apos;identifiant client ou le secret client d&apos;API Impôt particulier (%1). Demandez à l&apos;administrateur de les vérifier.</translation>
    </message>
    <message>
        <source>The ID_Teleservice setting of API Impôt particulier contains characters that cannot be sent. Check the settings. No request was sent.</source>
        <translation>Le paramètre ID_Teleservice d&apos;API Impôt particulier contient des caractères qui ne peuvent pas être envoyés. Vérifiez les paramètres. Aucune requête n&apos;a été envoyée.</translation>
    </message>
    <message>
        <source>The DGFiP token service refused the requested scope: the habilitation does not cover it. Ask the administrator to check the settings.</source>
        <translation>Le point d&apos;accès du jeton de la DGFiP a refusé le périmètre (scope) demandé : l&apos;habilitation ne le couvre pas. Demandez à l&apos;administrateur de vérifier les paramètres.</translation>
    </message>
</context>
<context>
    <name>ccas::InitProfileDialog</name>
    <message>
        <source>Create the profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>No profile exists yet on this computer. The dossiers will be kept here, encrypted; their master key goes into the system keychain, with a copy protected by a recovery passphrase chosen by the administrator.</source>
        <translation>Aucun profil n&apos;existe encore sur cet ordinateur. Les dossiers seront conservés ici, chiffrés ; leur clé maîtresse est placée dans le trousseau système, avec une copie protégée par une phrase de passe de secours choisie par l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Name of the CCAS</source>
        <translation>Nom du CCAS</translation>
    </message>
    <message>
        <source>e.g. CCAS de Marseille</source>
        <translation>p. ex. CCAS de Marseille</translation>
    </message>
    <message>
        <source>CCAS &amp;name:</source>
        <translation>&amp;Nom du CCAS :</translation>
    </message>
    <message>
        <source>SIRET of the CCAS</source>
        <translation>SIRET du CCAS</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET :</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Phrase de passe de secours</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de secours :</translation>
    </message>
    <message>
        <source>Write the recovery passphrase down and keep it somewhere safe, away from this computer. If both the passphrase and the keychain entry are lost (new computer, new Windows account, reinstalled system), the dossiers can never be opened again: nobody can recover them.</source>
        <translation>Notez la phrase de passe de secours et conservez-la en lieu sûr, loin de cet ordinateur. Si la phrase de passe et l&apos;entrée du trousseau sont perdues toutes les deux (nouvel ordinateur, nouveau compte Windows, système réinstallé), les dossiers ne pourront plus jamais être ouverts : personne ne pourra les récupérer.</translation>
    </message>
    <message>
        <source>Creating the profile: protecting the key with the passphrase takes a moment…</source>
        <translation>Création du profil : la protection de la clé par la phrase de passe prend un moment…</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel: no dossier can be kept until the profile exists</source>
        <translation>Annuler : aucun dossier ne peut être conservé tant que le profil n&apos;existe pas</translation>
    </message>
    <message>
        <source>At least 12 characters and 3 words, or 16 characters.</source>
        <translation>Au moins 12 caractères et 3 mots, ou 16 caractères.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Suffisamment robuste.</translation>
    </message>
    <message>
        <source>Enter the name of the CCAS.</source>
        <translation>Saisissez le nom du CCAS.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Les deux phrases de passe diffèrent : saisissez deux fois la même phrase de passe.</translation>
    </message>
    <message>
        <source>Confirm the recovery passphrase</source>
        <translation>Confirmez la phrase de passe de secours</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmation :</translation>
    </message>
</context>
<context>
    <name>ccas::Journal</name>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>L&apos;entrée %1 manque : elle a été supprimée.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>Les entrées %1 à %2 manquent : elles ont été supprimées.</translation>
    </message>
    <message>
        <source>The journal&apos;s anchor or head record is damaged.</source>
        <translation>L&apos;ancre ou l&apos;enregistrement de tête du journal est abîmé.</translation>
    </message>
    <message>
        <source>Entry %1 was modified after it was written.</source>
        <translation>L&apos;entrée %1 a été modifiée après son écriture.</translation>
    </message>
    <message>
        <source>The journal&apos;s anchor was changed (entry %1 does not follow it).</source>
        <translation>L&apos;ancre du journal a été changée (l&apos;entrée %1 ne lui fait pas suite).</translation>
    </message>
    <message>
        <source>The oldest entries were deleted, or the journal&apos;s anchor was changed (entry %1 does not follow it).</source>
        <translation>Les entrées les plus anciennes ont été supprimées, ou l&apos;ancre du journal a été changée (l&apos;entrée %1 ne lui fait pas suite).</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were deleted, reordered or replaced.</source>
        <translation>L&apos;entrée %1 ne fait pas suite à l&apos;entrée %2 : des entrées ont été supprimées, réordonnées ou remplacées.</translation>
    </message>
    <message>
        <source>The newest entries were deleted: the journal ends before its last recorded entry.</source>
        <translation>Les entrées les plus récentes ont été supprimées : le journal s&apos;arrête avant sa dernière entrée enregistrée.</translation>
    </message>
</context>
<context>
    <name>ccas::KeyManager</name>
    <message>
        <source>The recovery passphrase is wrong: the data were not opened and nothing was changed.</source>
        <translation>La phrase de passe de secours est incorrecte : les données n&apos;ont pas été ouvertes et rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The master key is not available: the data were not opened and nothing was changed. Give the administrator&apos;s recovery passphrase (--passphrase-file or GUICHET_PASSPHRASE_FILE) to open the profile.</source>
        <translation>La clé maîtresse n&apos;est pas disponible : les données n&apos;ont pas été ouvertes et rien n&apos;a été modifié. Indiquez la phrase de passe de secours de l&apos;administrateur (--passphrase-file ou GUICHET_PASSPHRASE_FILE) pour ouvrir le profil.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau système : %1</translation>
    </message>
    <message>
        <source>the keychain holds a key that does not open this profile.</source>
        <translation>le trousseau contient une clé qui n&apos;ouvre pas ce profil.</translation>
    </message>
    <message>
        <source>it holds a key that does not open this profile.</source>
        <translation>il contient une clé qui n&apos;ouvre pas ce profil.</translation>
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
    <message>
        <source>L&amp;eave dossier</source>
        <translation>S&amp;ortir du dossier</translation>
    </message>
    <message>
        <source>Close the dossier view and empty the form for another person</source>
        <translation>Quitter l&apos;affichage du dossier et vider le formulaire pour une autre personne</translation>
    </message>
    <message>
        <source>Leave the open dossier</source>
        <translation>Sortir du dossier ouvert</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>État des durées de conservation</translation>
    </message>
    <message>
        <source>This dossier is closed: nothing more can be fetched into it.</source>
        <translation>Ce dossier est clos : aucune nouvelle consultation ne peut y être enregistrée.</translation>
    </message>
    <message>
        <source>whole names or birth date (dd/mm/yyyy)</source>
        <translation>noms entiers ou date de naissance (jj/mm/aaaa)</translation>
    </message>
    <message>
        <source>Search the dossiers</source>
        <translation>Rechercher dans les dossiers</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Rec&amp;hercher :</translation>
    </message>
    <message>
        <source>Show the dossiers with this status</source>
        <translation>Afficher les dossiers ayant ce statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Show on&amp;ly:</source>
        <translation>Afficher un&amp;iquement :</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Ne&amp;w dossier</source>
        <translation>Nou&amp;veau dossier</translation>
    </message>
    <message>
        <source>New dossier from the form</source>
        <translation>Nouveau dossier à partir du formulaire</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected dossier (Enter or double-click in the list)</source>
        <translation>Ouvrir le dossier sélectionné (Entrée ou double-clic dans la liste)</translation>
    </message>
    <message>
        <source>Open the selected dossier</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>No profile exists on this computer yet: create it to keep dossiers. Consultations work meanwhile, but nothing is kept.</source>
        <translation>Aucun profil n&apos;existe encore sur cet ordinateur : créez-le pour conserver des dossiers. Les consultations fonctionnent en attendant, mais rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>The dossiers are locked: the administrator&apos;s recovery passphrase is needed to open them. Consultations work meanwhile, but nothing is kept.</source>
        <translation>Les dossiers sont verrouillés : la phrase de passe de secours de l&apos;administrateur est nécessaire pour les ouvrir. Les consultations fonctionnent en attendant, mais rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Checking retention…</source>
        <translation>Vérification des durées de conservation…</translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>La vérification des durées de conservation a échoué : %1</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>Ouverture du profil…</translation>
    </message>
    <message>
        <source>Create the profile…</source>
        <translation>Créer le profil…</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>&amp;Essayer de nouveau</translation>
    </message>
    <message>
        <source>Unloc&amp;k the dossiers…</source>
        <translation>Déverrouill&amp;er les dossiers…</translation>
    </message>
    <message>
        <source>The dossiers could not be listed: %1</source>
        <translation>La liste des dossiers n&apos;a pas pu être obtenue : %1</translation>
    </message>
    <message>
        <source>The dossier could not be opened: %1</source>
        <translation>Le dossier n&apos;a pas pu être ouvert : %1</translation>
    </message>
    <message>
        <source>No dossier open: « New dossier » keeps the person and the consultation.</source>
        <translation>Aucun dossier ouvert : « Nouveau dossier » conserve la personne et la consultation.</translation>
    </message>
    <message>
        <source>No dossier open.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>Dossier %1 · %2 · created %3</source>
        <translation>Dossier %1 · %2 · créé le %3</translation>
    </message>
    <message>
        <source>Nothing has been fetched into this dossier yet: « Consult » fetches the sources and keeps them here.</source>
        <translation>Aucune source n&apos;a encore été consultée pour ce dossier : « Consulter » interroge les sources et conserve ici leurs réponses.</translation>
    </message>
    <message>
        <source>Correct the fields shown: no dossier was created.</source>
        <translation>Corrigez les champs signalés : aucun dossier n&apos;a été créé.</translation>
    </message>
    <message>
        <source>Creating the dossier…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>The dossier could not be created: %1</source>
        <translation>Le dossier n&apos;a pas pu être créé : %1</translation>
    </message>
    <message>
        <source>Saving into the dossier…</source>
        <translation>Enregistrement dans le dossier…</translation>
    </message>
    <message>
        <source>The results could not be saved in the dossier: %1</source>
        <translation>Les résultats n&apos;ont pas pu être enregistrés dans le dossier : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) saved in the dossier.</source>
        <translation>
            <numerusform>%n source enregistrée dans le dossier.</numerusform>
            <numerusform>%n sources enregistrées dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: nothing due.</source>
        <translation>Fin de conservation : aucun dossier à purger.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n dossier(s) purged.</source>
        <translation>
            <numerusform>Fin de conservation : %n dossier purgé.</numerusform>
            <numerusform>Fin de conservation : %n dossiers purgés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) without activity for %1 months or more.</source>
        <translation>
            <numerusform>%n dossier sans activité depuis %1 mois ou plus.</numerusform>
            <numerusform>%n dossiers sans activité depuis %1 mois ou plus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <source>Current dossier</source>
        <translation>Dossier en cours</translation>
    </message>
    <message>
        <source>Create a dossier for the person in the form, then fetch the sources into it</source>
        <translation>Créer un dossier pour la personne du formulaire, puis y enregistrer les sources consultées</translation>
    </message>
    <message>
        <source>The recovery passphrase will be needed at the next start: the master key could not be saved in the system keychain. %1</source>
        <translation>La phrase de passe de secours sera nécessaire au prochain démarrage : la clé maîtresse n&apos;a pas pu être enregistrée dans le trousseau système. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) kept in this dossier, as fetched.</source>
        <translation>
            <numerusform>%n source conservée dans ce dossier, telle qu&apos;obtenue.</numerusform>
            <numerusform>%n sources conservées dans ce dossier, telles qu&apos;obtenues.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the family quotient, the five statuses and, with a tax number, the tax situation (Ctrl+Enter)</source>
        <translation>Obtenir le quotient familial, les cinq statuts et, avec un numéro fiscal, la situation fiscale (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Consult API Particulier and API Impôt particulier</source>
        <translation>Consulter API Particulier et API Impôt particulier</translation>
    </message>
    <message>
        <source>No tax number entered: not consulted</source>
        <translation>Aucun numéro fiscal saisi : source non consultée</translation>
    </message>
    <message>
        <source>DGFiP access not configured: nothing was sent</source>
        <translation>Accès à la DGFiP non configuré : rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>API Impôt particulier is not set up on this computer: an administrator enters its addresses, client ID and client secret in the connection settings. Meanwhile, the paper tax notice can replace it.</source>
        <translation>L&apos;accès à API Impôt particulier n&apos;est pas configuré sur cet ordinateur : un administrateur saisit ses adresses, l&apos;identifiant client et le secret client dans les paramètres de connexion. En attendant, l&apos;avis d&apos;impôt papier peut le remplacer.</translation>
    </message>
    <message>
        <source>Querying API Particulier and the DGFiP…</source>
        <translation>Interrogation d&apos;API Particulier et de la DGFiP…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
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
    <name>ccas::PassphraseDialog</name>
    <message>
        <source>Open the profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <source>The master key of the dossiers could not be obtained from the system keychain. Enter the administrator&apos;s recovery passphrase to open them. Consultations remain possible meanwhile, but nothing is kept.</source>
        <translation>La clé maîtresse des dossiers n&apos;a pas pu être obtenue depuis le trousseau système. Saisissez la phrase de passe de secours de l&apos;administrateur pour les ouvrir. Les consultations restent possibles en attendant, mais rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Phrase de passe de secours</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de secours :</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the profile with this passphrase</source>
        <translation>Ouvrir le profil avec cette phrase de passe</translation>
    </message>
    <message>
        <source>Cancel: leave the dossiers closed</source>
        <translation>Annuler : laisser les dossiers verrouillés</translation>
    </message>
</context>
<context>
    <name>ccas::ProfileSession</name>
    <message>
        <source>This profile does not use the system keychain.</source>
        <translation>Ce profil n&apos;utilise pas le trousseau système.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>Un profil existe déjà dans %1.</translation>
    </message>
    <message>
        <source>Demonstration CCAS</source>
        <translation>CCAS de démonstration</translation>
    </message>
</context>
<context>
    <name>ccas::RecoveryKey</name>
    <message>
        <source>The recovery copy uses parameters this version cannot accept.</source>
        <translation>La copie de secours utilise des paramètres que cette version ne peut pas accepter.</translation>
    </message>
    <message>
        <source>The recovery passphrase is empty.</source>
        <translation>La phrase de passe de secours est vide.</translation>
    </message>
    <message>
        <source>Not enough memory to check the recovery passphrase. Close other applications and try again.</source>
        <translation>Mémoire insuffisante pour vérifier la phrase de passe de secours. Fermez d&apos;autres applications et réessayez.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer.</source>
        <translation>Le chiffrement n&apos;est pas disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The recovery passphrase is wrong, or the recovery copy is damaged.</source>
        <translation>La phrase de passe de secours est incorrecte, ou la copie de secours est abîmée.</translation>
    </message>
    <message>
        <source>The recovery copy&apos;s parameters are damaged.</source>
        <translation>Les paramètres de la copie de secours sont abîmés.</translation>
    </message>
    <message>
        <source>The recovery passphrase must have at least 16 characters, or 12 with three words.</source>
        <translation>La phrase de passe de secours doit compter au moins 16 caractères, ou 12 avec trois mots.</translation>
    </message>
    <message>
        <source>The recovery passphrase must not be a single character repeated.</source>
        <translation>La phrase de passe de secours ne doit pas être un seul caractère répété.</translation>
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
    <name>ccas::StoreError</name>
    <message>
        <source>The database of this profile could not be read or written. Check that the disk is reachable and that you may write in the profile folder, then try again.</source>
        <translation>La base de données de ce profil n&apos;a pas pu être lue ou écrite. Vérifiez que le disque est accessible et que vous pouvez écrire dans le répertoire du profil, puis réessayez.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then try again. The existing data are intact.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de l&apos;espace, puis réessayez. Les données existantes sont intactes.</translation>
    </message>
    <message>
        <source>The database of this profile is damaged or is not a Guichet CCAS database. Nothing was changed. Do not delete it: ask your administrator to restore it from a backup.</source>
        <translation>La base de données de ce profil est abîmée ou n&apos;est pas une base Guichet CCAS. Rien n&apos;a été modifié. Ne la supprimez pas : demandez à votre administrateur de la restaurer à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Another Guichet CCAS is using this profile (on this computer or in another session). Close it, then try again.</source>
        <translation>Un autre Guichet CCAS utilise ce profil (sur cet ordinateur ou dans une autre session). Fermez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet CCAS. Nothing was changed. Update the application to open it.</source>
        <translation>Cette base de données a été écrite par une version plus récente de Guichet CCAS. Rien n&apos;a été modifié. Mettez à jour l&apos;application pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This dossier or entry does not exist (it may have been purged at the end of its retention period).</source>
        <translation>Ce dossier ou cette entrée n&apos;existe pas (il a pu être purgé à la fin de sa durée de conservation).</translation>
    </message>
    <message>
        <source>This change is not allowed (a value or a change of status the application refuses). Nothing was saved.</source>
        <translation>Cette modification n&apos;est pas autorisée (une valeur ou un changement de statut que l&apos;application refuse). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The encryption key could not be obtained, neither from the system keychain nor with the recovery passphrase, so nothing was opened. Unlock the keychain or enter the recovery passphrase; if the problem persists, contact your administrator.</source>
        <translation>La clé de chiffrement n&apos;a pu être obtenue ni depuis le trousseau système ni avec la phrase de passe de secours : rien n&apos;a été ouvert. Déverrouillez le trousseau ou saisissez la phrase de passe de secours ; si le problème persiste, contactez votre administrateur.</translation>
    </message>
    <message>
        <source>A protected value or the access journal was modified outside the application. The altered data will not be used. Report this to your administrator or data protection officer.</source>
        <translation>Une valeur protégée ou le journal des accès a été modifié en dehors de l&apos;application. Les données altérées ne seront pas utilisées. Signalez-le à votre administrateur ou à votre délégué à la protection des données.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation. Try again; if it happens again, contact support with the application log.</source>
        <translation>Une erreur inattendue a interrompu l&apos;opération. Réessayez ; si elle se reproduit, contactez le support en joignant le fichier journal de l&apos;application.</translation>
    </message>
</context>
<context>
    <name>ccas::TaxText</name>
    <message>
        <source>Tax situation (DGFiP)</source>
        <translation>Situation fiscale (DGFiP)</translation>
    </message>
    <message>
        <source>RFR %1</source>
        <translation>RFR %1</translation>
    </message>
    <message>
        <source>%1 part(s)</source>
        <translation>%1 part(s)</translation>
    </message>
    <message>
        <source>taxable (%1)</source>
        <translation>imposable (%1)</translation>
    </message>
    <message>
        <source>not taxable</source>
        <translation>non imposable</translation>
    </message>
    <message>
        <source>(income %1)</source>
        <translation>(revenus %1)</translation>
    </message>
    <message>
        <source>Declarant: %1</source>
        <translation>Déclarant : %1</translation>
    </message>
    <message>
        <source>Dependants: %1</source>
        <translation>Personnes à charge : %1</translation>
    </message>
    <message>
        <source>Gross global income: %1</source>
        <translation>Revenu brut global : %1</translation>
    </message>
    <message>
        <source>Taxable income: %1</source>
        <translation>Revenu imposable : %1</translation>
    </message>
    <message>
        <source>Tax before deductions: %1</source>
        <translation>Impôt avant imputations : %1</translation>
    </message>
    <message>
        <source>Tax address: %1</source>
        <translation>Adresse fiscale : %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source : %1</translation>
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
    <message>
        <source>The profile is open, but its master key could not be saved in the system keychain: %1
The recovery passphrase will be needed at the next start.</source>
        <translation>Le profil est ouvert, mais sa clé maîtresse n&apos;a pas pu être enregistrée dans le trousseau système : %1
La phrase de passe de secours sera nécessaire au prochain démarrage.</translation>
    </message>
    <message>
        <source>The client ID and secret of API Impôt particulier are used for this session but could not be saved in the system keychain: %1</source>
        <translation>L&apos;identifiant client et le secret client d&apos;API Impôt particulier sont utilisés pour cette session mais n&apos;ont pas pu être enregistrés dans le trousseau système : %1</translation>
    </message>
</context>
</TS>
