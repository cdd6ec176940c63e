<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ccas::AdminWindow</name>
    <message>
        <source>Administration — Guichet CCAS</source>
        <translation>Administration — Guichet CCAS</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Administration sections</source>
        <translation>Rubriques de l&apos;administration</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal des accès</translation>
    </message>
    <message>
        <source>Who consulted or changed which dossier, and when (Ctrl+1)</source>
        <translation>Qui a consulté ou modifié quel dossier, et quand (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Conservation</translation>
    </message>
    <message>
        <source>What is due for purging, inactive dossiers, purges done (Ctrl+2)</source>
        <translation>Dossiers à purger, dossiers inactifs, purges effectuées (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <source>Dossiers and amounts per aid and outcome (Ctrl+3)</source>
        <translation>Dossiers et montants par aide et par décision (Ctrl+3)</translation>
    </message>
    <message>
        <source>Open the profile to see the journal, retention and statistics.</source>
        <translation>Ouvrez le profil pour afficher le journal des accès, l&apos;état des durées de conservation et les statistiques.</translation>
    </message>
</context>
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
    <name>ccas::ApplicantNotice</name>
    <message>
        <source>Information notice: the data we obtain from other administrations</source>
        <translation>Notice d&apos;information&#xa0;: les données que nous obtenons auprès d&apos;autres administrations</translation>
    </message>
    <message>
        <source>the CCAS</source>
        <translation>le CCAS</translation>
    </message>
    <message>
        <source>Contact: %1, at its reception desk, or its data protection officer (DPO).</source>
        <translation>Contact&#xa0;: %1, à son accueil, ou son délégué à la protection des données (DPO).</translation>
    </message>
    <message>
        <source>Contact: %1, %2, or its data protection officer (DPO) at the same address.</source>
        <translation>Contact&#xa0;: %1, %2, ou son délégué à la protection des données (DPO) à la même adresse.</translation>
    </message>
    <message>
        <source>Information notice for applicants · %1</source>
        <translation>Notice d&apos;information des demandeurs · %1</translation>
    </message>
    <message>
        <source>No page to print the notice on.</source>
        <translation>Aucune page sur laquelle imprimer la notice.</translation>
    </message>
    <message>
        <source>The notice needs the graphical application (fonts).</source>
        <translation>La notice nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>La page n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>La page n&apos;a pas pu être finalisée.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the notice needs the graphical application (fonts).</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: la notice nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>Information notice for applicants</source>
        <translation>Notice d&apos;information des demandeurs</translation>
    </message>
    <message>
        <source>CAF or MSA (family allowance funds), through API Particulier</source>
        <translation>CAF ou MSA (prestations familiales), via API Particulier</translation>
    </message>
    <message>
        <source>Family quotient (quotient familial) of the month and the composition of the household known to them (adults, children, address).</source>
        <translation>Quotient familial du mois et composition du ménage connue de la caisse (adultes, enfants, adresse).</translation>
    </message>
    <message>
        <source>CNAM (Assurance Maladie), through API Particulier</source>
        <translation>Assurance Maladie (CNAM), via API Particulier</translation>
    </message>
    <message>
        <source>Whether you receive the C2S (complementary health cover), with or without a contribution.</source>
        <translation>Si vous bénéficiez de la C2S (complémentaire santé solidaire), avec ou sans participation financière.</translation>
    </message>
    <message>
        <source>CNAF or MSA, through API Particulier</source>
        <translation>CNAF ou MSA, via API Particulier</translation>
    </message>
    <message>
        <source>Whether you receive the RSA, the AAH (disabled adult allowance), the ASF (family support allowance) or the prime d&apos;activité, and since when.</source>
        <translation>Si vous percevez le RSA, l&apos;AAH (allocation aux adultes handicapés), l&apos;ASF (allocation de soutien familial) ou la prime d&apos;activité, et depuis quand.</translation>
    </message>
    <message>
        <source>DGFiP (tax administration), through API Impôt particulier</source>
        <translation>DGFiP (administration fiscale), via API Impôt particulier</translation>
    </message>
    <message>
        <source>Reference tax income (revenu fiscal de référence), number of tax shares (parts), income tax amount and the make-up of the tax household.</source>
        <translation>Revenu fiscal de référence, nombre de parts fiscales, montant de l&apos;impôt sur le revenu et composition du foyer fiscal.</translation>
    </message>
    <message>
        <source>What is obtained, and from which administration</source>
        <translation>Quelles données, auprès de quelle administration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Only the data needed for the aid you request is obtained, when you come to the CCAS, with your identity or your tax number. Nothing else is read from these administrations.</source>
        <translation>Seules les données nécessaires à l&apos;aide que vous demandez sont obtenues, lors de votre venue au CCAS, à partir de votre identité ou de votre numéro fiscal. Aucune autre information n&apos;est consultée auprès de ces administrations.</translation>
    </message>
    <message>
        <source>To examine your request for aid, the CCAS obtains some information about you directly from the administrations that hold it, instead of asking you for paper proofs (“Dites-le-nous une fois”). This notice tells you which, why, and what your rights are.</source>
        <translation>Pour instruire votre demande d&apos;aide, le CCAS obtient certaines informations vous concernant directement auprès des administrations qui les détiennent, au lieu de vous demander des justificatifs papier («&#xa0;Dites-le-nous une fois&#xa0;»). La présente notice vous indique lesquelles, dans quel but, et quels sont vos droits.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Only to examine your request for a facultative aid of the CCAS: to compare your resources and your household with the CCAS&apos;s règlement and to decide. Only the CCAS&apos;s authorised agents see the data; it is neither sold nor passed on to anyone else, and is not used for any other purpose.</source>
        <translation>Uniquement pour instruire votre demande d&apos;aide sociale facultative auprès du CCAS&#xa0;: comparer vos ressources et la composition de votre ménage aux conditions du règlement des aides facultatives du CCAS, puis statuer sur votre demande. Seuls les agents habilités du CCAS ont accès à ces données&#xa0;; elles ne sont ni vendues ni transmises à quiconque, et ne sont utilisées à aucune autre fin.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Articles L114-8 and L114-9 of the Code des relations entre le public et l&apos;administration (exchange of information between administrations), articles L123-5 and R123-2 of the Code de l&apos;action sociale et des familles, and the deliberation of the CCAS&apos;s board listing the data needed for its aids. The exchange follows the terms of use (CGU) of API Particulier.</source>
        <translation>Articles L114-8 et L114-9 du code des relations entre le public et l&apos;administration (échange d&apos;informations entre administrations), articles L123-5 et R123-2 du code de l&apos;action sociale et des familles, et délibération du conseil d&apos;administration du CCAS fixant la liste des données nécessaires à l&apos;attribution de ses aides. L&apos;échange respecte les conditions générales d&apos;utilisation (CGU) d&apos;API Particulier.</translation>
    </message>
    <message>
        <source>You may refuse</source>
        <translation>Vous pouvez refuser</translation>
    </message>
    <message>
        <source>You are informed of this exchange; your consent is not asked. You may nevertheless prefer to bring the documents yourself (CAF certificate, tax notice, certificate of entitlement): tell the agent, nothing will then be obtained from the administrations and your request will be examined in the same way.</source>
        <translation>Cet échange ne nécessite pas votre consentement&#xa0;: la présente notice vous en informe. Vous pouvez néanmoins préférer apporter vous-même les justificatifs (attestation de la CAF, avis d&apos;impôt, attestation de droits)&#xa0;: dites-le à l&apos;agent&#xa0;; aucune donnée ne sera alors demandée aux administrations et votre demande sera instruite de la même manière.</translation>
    </message>
    <message numerus="yes">
        <source>Your dossier is kept %n month(s) after it is closed (or after the last contact when it stays open), then erased or handed to the archives as the Code du patrimoine requires.</source>
        <translation>
            <numerusform>Votre dossier est conservé %n mois après sa clôture (ou après le dernier contact s&apos;il reste ouvert), puis supprimé ou versé aux archives conformément au code du patrimoine.</numerusform>
            <numerusform>Votre dossier est conservé %n mois après sa clôture (ou après le dernier contact s&apos;il reste ouvert), puis supprimé ou versé aux archives conformément au code du patrimoine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept %n month(s).</source>
        <translation>
            <numerusform>Le journal des accès des agents (qui a consulté quel dossier, et quand&#xa0;; pas les données elles-mêmes) est conservé %n mois.</numerusform>
            <numerusform>Le journal des accès des agents (qui a consulté quel dossier, et quand&#xa0;; pas les données elles-mêmes) est conservé %n mois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept as long as the CCAS decides.</source>
        <translation>Le journal des accès des agents (qui a consulté quel dossier, et quand&#xa0;; pas les données elles-mêmes) est conservé pendant la durée fixée par le CCAS.</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Vos droits</translation>
    </message>
    <message>
        <source>Under the GDPR and the loi Informatique et Libertés, you may access the data concerning you, have it corrected, and ask for its use to be limited. You may also lodge a complaint with the CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</source>
        <translation>Conformément au RGPD et à la loi Informatique et Libertés, vous disposez d&apos;un droit d&apos;accès aux données vous concernant, d&apos;un droit de rectification et du droit de demander la limitation de leur utilisation. Vous pouvez également introduire une réclamation auprès de la CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveBeforePurge</name>
    <message>
        <source>The closed dossiers due for purge were kept: the archive folder (setting %1) %2.</source>
        <translation>Les dossiers clos arrivés en fin de conservation n&apos;ont pas été purgés&#xa0;: le répertoire des paquets d&apos;archives (paramètre %1) %2.</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>n&apos;est pas renseigné</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>n&apos;existe pas</translation>
    </message>
    <message>
        <source>The closed dossiers due for purge were kept: %1</source>
        <translation>Les dossiers clos arrivés en fin de conservation n&apos;ont pas été purgés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveExportDialog</name>
    <message>
        <source>Export for the archives (SEDA)</source>
        <translation>Exporter pour les archives (SEDA)</translation>
    </message>
    <message>
        <source>Closed dossiers to transfer</source>
        <translation>Dossiers clos à verser</translation>
    </message>
    <message>
        <source>&amp;Selected dossier</source>
        <translation>Dossier &amp;sélectionné</translation>
    </message>
    <message>
        <source>Selected dossier</source>
        <translation>Dossier sélectionné</translation>
    </message>
    <message>
        <source>&amp;All closed dossiers</source>
        <translation>&amp;Tous les dossiers clos</translation>
    </message>
    <message>
        <source>All closed dossiers</source>
        <translation>Tous les dossiers clos</translation>
    </message>
    <message>
        <source>Dossiers closed &amp;before</source>
        <translation>Dossiers clos a&amp;vant le</translation>
    </message>
    <message>
        <source>Dossiers closed before the date</source>
        <translation>Dossiers clos avant la date indiquée</translation>
    </message>
    <message>
        <source>Closed before this date</source>
        <translation>Clos avant cette date</translation>
    </message>
    <message>
        <source>By default, the dossiers the retention period will purge next</source>
        <translation>Par défaut, les prochains dossiers à purger en fin de durée de conservation</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>File of the package (.zip)</source>
        <translation>Fichier du paquet (.zip)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the file of the package</source>
        <translation>Choisir le fichier du paquet</translation>
    </message>
    <message>
        <source>&amp;Replace the existing file</source>
        <translation>&amp;Remplacer le fichier existant</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Remplacer le fichier existant</translation>
    </message>
    <message>
        <source>Recipient (archive settings)</source>
        <translation>Destinataire (paramètres des archives)</translation>
    </message>
    <message>
        <source>Archives service identifier</source>
        <translation>Identifiant du service d&apos;archives</translation>
    </message>
    <message>
        <source>Transfer agreement</source>
        <translation>Convention de versement</translation>
    </message>
    <message>
        <source>Transferring service</source>
        <translation>Service versant</translation>
    </message>
    <message>
        <source>Archives service:</source>
        <translation>Service d&apos;archives&#xa0;:</translation>
    </message>
    <message>
        <source>Transfer agreement:</source>
        <translation>Convention de versement&#xa0;:</translation>
    </message>
    <message>
        <source>Transferring service:</source>
        <translation>Service versant&#xa0;:</translation>
    </message>
    <message>
        <source>What prevents the transfer</source>
        <translation>Ce qui empêche le versement</translation>
    </message>
    <message>
        <source>Archive se&amp;ttings…</source>
        <translation>&amp;Paramètres des archives…</translation>
    </message>
    <message>
        <source>Archive settings</source>
        <translation>Paramètres des archives</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;exportation</translation>
    </message>
    <message>
        <source>%v / %m dossiers</source>
        <translation>%v / %m dossiers</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>Résultat de l&apos;exportation</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le répertoire</translation>
    </message>
    <message>
        <source>Open the folder of the package</source>
        <translation>Ouvrir le répertoire du paquet</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Exporter le paquet</translation>
    </message>
    <message>
        <source>&amp;Cancel the export</source>
        <translation>&amp;Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l&apos;exportation</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Fer&amp;mer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Selected dossier (%1)</source>
        <translation>Dossier &amp;sélectionné (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected dossier (select a closed dossier in the list)</source>
        <translation>Dossier &amp;sélectionné (sélectionnez un dossier clos dans la liste)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>The package cannot be made until the archive settings are completed:</source>
        <translation>Le paquet ne peut pas être constitué tant que les paramètres des archives ne sont pas complétés&#xa0;:</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <source>The profile is not open: the dossiers cannot be read.</source>
        <translation>Le profil n&apos;est pas ouvert&#xa0;: les dossiers ne peuvent pas être lus.</translation>
    </message>
    <message>
        <source>Choose the file of the package.</source>
        <translation>Choisissez le fichier du paquet.</translation>
    </message>
    <message>
        <source>The file %1 already exists: tick « Replace the existing file » or choose another name.</source>
        <translation>Le fichier %1 existe déjà&#xa0;: cochez «&#xa0;Remplacer le fichier existant&#xa0;» ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Annulation en cours…</translation>
    </message>
    <message>
        <source>Export canceled: no package was written.</source>
        <translation>Exportation annulée&#xa0;: aucun paquet n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The export stopped before its end: no package was written.</source>
        <translation>L&apos;exportation s&apos;est interrompue avant la fin&#xa0;: aucun paquet n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1
%n dossier(s), message identifier %2.</source>
        <translation>
            <numerusform>Paquet enregistré&#xa0;: %1
%n dossier, identifiant du message %2.</numerusform>
            <numerusform>Paquet enregistré&#xa0;: %1
%n dossiers, identifiant du message %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveExporter</name>
    <message>
        <source>No dossier closed before %1.</source>
        <translation>Aucun dossier clos avant le %1.</translation>
    </message>
    <message>
        <source>No closed dossier to export.</source>
        <translation>Aucun dossier clos à exporter.</translation>
    </message>
    <message>
        <source>No dossier was chosen.</source>
        <translation>Aucun dossier n&apos;a été choisi.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown dossier: %1.</source>
        <translation>
            <numerusform>Dossier inconnu&#xa0;: %1.</numerusform>
            <numerusform>Dossiers inconnus&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only closed dossiers can be archived; not closed: %1.</source>
        <translation>
            <numerusform>Seuls les dossiers clos peuvent être archivés&#xa0;; dossier non clos&#xa0;: %1.</numerusform>
            <numerusform>Seuls les dossiers clos peuvent être archivés&#xa0;; dossiers non clos&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>à déterminer</translation>
    </message>
    <message>
        <source>Facultative aid “%1”: dossier %2</source>
        <translation>Aide facultative «&#xa0;%1&#xa0;»&#xa0;: dossier %2</translation>
    </message>
    <message>
        <source>Request of %1, %2, closed on %3.</source>
        <translation>Demande du %1&#xa0;; décision&#xa0;: %2&#xa0;; dossier clos le %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drawn into the sample of granted files (1 in %1): kept at the end of the retention period.</source>
        <translation>Dossier retenu dans l&apos;échantillon des aides accordées (1 sur %1)&#xa0;: conservé à l&apos;issue de la durée de conservation.</translation>
    </message>
    <message>
        <source>Eligibility summary (made at export)</source>
        <translation>Synthèse d&apos;éligibilité (établie lors de l&apos;exportation)</translation>
    </message>
    <message>
        <source>Eligibility summary at closing</source>
        <translation>Synthèse d&apos;éligibilité figée à la clôture</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Data obtained from the administrations, with their origin</source>
        <translation>Données obtenues auprès des administrations, avec leur provenance</translation>
    </message>
    <message>
        <source>No file name was given for the package.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le paquet.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: it is a folder.</source>
        <translation>Impossible d&apos;écrire le paquet «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un répertoire.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire le paquet «&#xa0;%1&#xa0;»&#xa0;: le répertoire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: %2</source>
        <translation>Impossible d&apos;écrire le paquet «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export canceled: no package was written.</source>
        <translation>Exportation annulée&#xa0;: aucun paquet n&apos;a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Transfer of %n closed facultative-aid file(s) from %1.</source>
        <translation>
            <numerusform>Versement de %n dossier clos d&apos;aide facultative&#xa0;; service producteur&#xa0;: %1.</numerusform>
            <numerusform>Versement de %n dossiers clos d&apos;aides facultatives&#xa0;; service producteur&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the summary of dossier %1 could not be made: %2</source>
        <translation>la synthèse du dossier %1 n&apos;a pas pu être établie&#xa0;: %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <source>No règlement is configured: the summaries show no eligibility results.</source>
        <translation>Aucun règlement n&apos;est configuré&#xa0;: les synthèses ne présentent aucun résultat d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>The règlement %1 is not valid: the summaries show no eligibility results.</source>
        <translation>Le règlement %1 n&apos;est pas valide&#xa0;: les synthèses ne présentent aucun résultat d&apos;éligibilité.</translation>
    </message>
</context>
<context>
    <name>ccas::ArchivePolicy</name>
    <message>
        <source>The archives service&apos;s identifier is not set (setting %1).</source>
        <translation>L&apos;identifiant du service d&apos;archives n&apos;est pas renseigné (paramètre %1).</translation>
    </message>
    <message>
        <source>The CCAS&apos;s SIRET is not set (setting %1).</source>
        <translation>Le SIRET du CCAS n&apos;est pas renseigné (paramètre %1).</translation>
    </message>
    <message>
        <source>An appraisal rule code is empty (setting %1).</source>
        <translation>Un code de règle de sort final est vide (paramètre %1).</translation>
    </message>
    <message>
        <source>The final action “%1” is neither Keep nor Destroy (setting %2).</source>
        <translation>Le sort final «&#xa0;%1&#xa0;» n&apos;est ni Keep ni Destroy (paramètre %2).</translation>
    </message>
    <message>
        <source>The access rule code is empty (setting %1).</source>
        <translation>Le code de la règle de communicabilité est vide (paramètre %1).</translation>
    </message>
</context>
<context>
    <name>ccas::BudgetEditor</name>
    <message>
        <source>Per month, for the whole household.</source>
        <translation>Par mois, pour l&apos;ensemble du ménage.</translation>
    </message>
    <message>
        <source>Per month, what the household actually pays.</source>
        <translation>Par mois, ce que le ménage paie réellement.</translation>
    </message>
    <message>
        <source>Add a reso&amp;urce</source>
        <translation>Ajouter une resso&amp;urce</translation>
    </message>
    <message>
        <source>Add a char&amp;ge</source>
        <translation>Ajouter une char&amp;ge</translation>
    </message>
    <message>
        <source>Add a monthly resource</source>
        <translation>Ajouter une ressource mensuelle</translation>
    </message>
    <message>
        <source>Add a monthly charge</source>
        <translation>Ajouter une charge mensuelle</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>paper proof</source>
        <translation>justificatif papier</translation>
    </message>
    <message>
        <source>Resource %1: kind</source>
        <translation>Ressource %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Charge %1: kind</source>
        <translation>Charge %1&#xa0;: type</translation>
    </message>
    <message>
        <source>Resource %1: monthly amount in euros</source>
        <translation>Ressource %1&#xa0;: montant mensuel en euros</translation>
    </message>
    <message>
        <source>Charge %1: monthly amount in euros</source>
        <translation>Charge %1&#xa0;: montant mensuel en euros</translation>
    </message>
    <message>
        <source>Resource %1: declared or from a paper proof</source>
        <translation>Ressource %1&#xa0;: déclarée ou d&apos;après un justificatif papier</translation>
    </message>
    <message>
        <source>Charge %1: declared or from a paper proof</source>
        <translation>Charge %1&#xa0;: déclarée ou d&apos;après un justificatif papier</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Retirer la ressource %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>Retirer la charge %1</translation>
    </message>
    <message>
        <source>Enter the monthly amount, or remove the line</source>
        <translation>Saisissez le montant mensuel, ou retirez la ligne</translation>
    </message>
    <message>
        <source>Total resources: %1 per month</source>
        <translation>Total des ressources&#xa0;: %1 par mois</translation>
    </message>
    <message>
        <source>Total charges: %1 per month</source>
        <translation>Total des charges&#xa0;: %1 par mois</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) not counted until corrected)</source>
        <translation>
            <numerusform>(%n ligne non prise en compte tant qu&apos;elle n&apos;est pas corrigée)</numerusform>
            <numerusform>(%n lignes non prises en compte tant qu&apos;elles ne sont pas corrigées)</numerusform>
        </translation>
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
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3), on %4</source>
        <translation>%1 — %2 (version %3), au %4</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proofs to ask for: %1</source>
        <translation>Justificatifs à demander&#xa0;: %1</translation>
    </message>
    <message>
        <source>summary needs --dossier ID.</source>
        <translation>summary attend --dossier ID.</translation>
    </message>
    <message>
        <source>summary needs --pdf FILE: the PDF to write.</source>
        <translation>summary attend --pdf FICHIER&#xa0;: le PDF à écrire.</translation>
    </message>
    <message>
        <source>evaluate needs either --dossier ID or --menage FILE.</source>
        <translation>evaluate attend soit --dossier ID, soit --menage FICHIER.</translation>
    </message>
    <message>
        <source>--pdf and --pseudonymise belong to the summary command.</source>
        <translation>--pdf et --pseudonymise ne s&apos;emploient qu&apos;avec la commande summary.</translation>
    </message>
    <message>
        <source>No règlement: give --reglement FILE, or set %1 in the settings (%2).</source>
        <translation>Aucun règlement&#xa0;: indiquez --reglement FICHIER, ou définissez %1 dans les paramètres (%2).</translation>
    </message>
    <message>
        <source>evaluate needs --reglement FILE.</source>
        <translation>evaluate attend --reglement FICHIER.</translation>
    </message>
    <message>
        <source>The règlement %1 is not valid:</source>
        <translation>Le règlement %1 n&apos;est pas valide&#xa0;:</translation>
    </message>
    <message>
        <source>The règlement has no aid %1 (its aids: %2).</source>
        <translation>Le règlement ne comporte pas d&apos;aide %1 (ses aides&#xa0;: %2).</translation>
    </message>
    <message>
        <source>Cannot read the household file %1.</source>
        <translation>Impossible de lire le fichier ménage %1.</translation>
    </message>
    <message>
        <source>The household file %1 is not valid:</source>
        <translation>Le fichier ménage %1 n&apos;est pas valide&#xa0;:</translation>
    </message>
    <message>
        <source>Eligibility summary written: %1</source>
        <translation>Synthèse d&apos;éligibilité enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>--%1 %2: expected TYPE=AMOUNT with TYPE among %3.</source>
        <translation>--%1 %2&#xa0;: TYPE=MONTANT attendu, avec TYPE parmi %3.</translation>
    </message>
    <message>
        <source>--%1 %2: the amount is in euros, e.g. 550 or 550,50.</source>
        <translation>--%1 %2&#xa0;: le montant est en euros, p. ex. 550 ou 550,50.</translation>
    </message>
    <message>
        <source>The dossier is closed: its budget can no longer change.</source>
        <translation>Le dossier est clos&#xa0;: son budget ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Budget recorded: %1 resource line(s), %2 charge line(s).</source>
        <translation>Budget enregistré&#xa0;: %1 ligne(s) de ressources, %2 ligne(s) de charges.</translation>
    </message>
    <message>
        <source>dossier menage needs --fichier FILE.json.</source>
        <translation>dossier menage attend --fichier FICHIER.json.</translation>
    </message>
    <message>
        <source>The household file %1 is not a JSON object (%2).</source>
        <translation>Le fichier ménage %1 n&apos;est pas un objet JSON (%2).</translation>
    </message>
    <message>
        <source>Not stored with the dossier: %1 (resources and charges: dossier budget; received aids: the dossier history; the reference date: the day of the evaluation).</source>
        <translation>Non enregistré dans le dossier&#xa0;: %1 (ressources et charges&#xa0;: commande dossier budget&#xa0;; aides reçues&#xa0;: historique du dossier&#xa0;; date de référence&#xa0;: jour de l&apos;évaluation).</translation>
    </message>
    <message>
        <source>The dossier is closed: its household can no longer change.</source>
        <translation>Le dossier est clos&#xa0;: son ménage ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Household recorded.</source>
        <translation>Ménage enregistré.</translation>
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
    dossier decide ID --decision accorde|refuse|sans-suite [--montant EUR] [--motif TEXTE] [--aide CODE]
    dossier budget ID [--ressource TYPE=EUR]... [--charge TYPE=EUR]... [--justificatif]
                replaces the monthly resources and charges (types: docs/reglement.md)
    dossier menage ID --fichier MENAGE.json   persons, commune, request, figures from proofs
    evaluate --reglement FILE (--dossier ID | --menage MENAGE.json) [--aide CODE]...
                applies the CCAS règlement and explains every result (--json: the whole evaluation)
    summary --dossier ID --pdf OUT.pdf [--pseudonymise] [--reglement FILE] [--aide CODE]...
                eligibility summary as PDF (default règlement: the settings; default aid: the
                dossier&apos;s when the règlement has it, else every aid)
    purge [--dry-run]   (with [Archives] ExporterAvantPurge: closed dossiers are archived first)
    archive export (--dossier ID ... | --all-closed [--closed-before YYYY-MM-DD]) --out FILE.zip
                [--reglement FILE] [--replace]   closed dossiers as a SEDA 2.3 transfer package
                (identifiers and rules: the [Archives] settings)
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
        <translation>Utilisation&#xa0;:
  guichet-ccas-cli [--profile RÉPERTOIRE] [--base-url URL] [--recipient SIRET] [--json] [--lang fr|en] COMMANDE ...
    qf          IDENTITÉ [--annee A --mois M]
    status      c2s|rsa|aah|asf|prime-activite IDENTITÉ
    fetch-all   IDENTITÉ [--annee A --mois M]     le QF et les cinq statuts, en parallèle
    demo-server [--port P] [--latency-ms L]
    init --ccas-nom NOM --siret SIRET [--passphrase-file F]   crée le profil et ses clés
    dossier create IDENTITÉ [--aide CODE]
    dossier fetch ID | dossier show ID | dossier close ID
    dossier list [--search TEXTE] [--statut S]
    dossier decide ID --decision accorde|refuse|sans-suite [--montant EUR] [--motif TEXTE] [--aide CODE]
    dossier budget ID [--ressource TYPE=EUR]... [--charge TYPE=EUR]... [--justificatif]
                remplace les ressources et charges mensuelles (types&#xa0;: docs/reglement.md)
    dossier menage ID --fichier MENAGE.json   personnes, commune, demande, chiffres lus sur justificatif
    evaluate --reglement FICHIER (--dossier ID | --menage MENAGE.json) [--aide CODE]...
                applique le règlement du CCAS et explique chaque résultat (--json&#xa0;: l&apos;évaluation complète)
    summary --dossier ID --pdf SORTIE.pdf [--pseudonymise] [--reglement FICHIER] [--aide CODE]...
                synthèse d&apos;éligibilité en PDF (règlement par défaut&#xa0;: celui des paramètres&#xa0;;
                aide par défaut&#xa0;: celle du dossier si le règlement la connaît, sinon toutes)
    purge [--dry-run]   (avec [Archives] ExporterAvantPurge&#xa0;: les dossiers clos sont d&apos;abord archivés)
    archive export (--dossier ID ... | --all-closed [--closed-before AAAA-MM-JJ]) --out FICHIER.zip
                [--reglement FICHIER] [--replace]   les dossiers clos en un paquet de versement SEDA 2.3
                (identifiants et règles&#xa0;: les paramètres [Archives])
    journal verify | journal list
  IDENTITÉ = --nom-naissance N [--nom-usage U] --prenom P [--prenom P2 [--prenom P3]] --sexe F|M
             [--annee-naissance A [--mois-naissance M [--jour-naissance J]]] --pays-naissance CODE
             [--commune-naissance COG | --nom-commune-naissance NOM --departement-naissance DD] | --nir NIR ...
  Jeton&#xa0;: GUICHET_API_PARTICULIER_TOKEN, sinon l&apos;entrée du trousseau système enregistrée depuis la fenêtre.
  Phrase de passe de secours&#xa0;: --passphrase-file F ou GUICHET_PASSPHRASE_FILE (exigée par init, et quand le
  trousseau ne peut pas donner la clé du profil).
  Codes de sortie&#xa0;: 0 succès, 2 saisie invalide, 3 non trouvé, 4 accès refusé ou jeton absent, 5 trop de requêtes,
  6 service indisponible ou délai dépassé, 7 réponse malformée, 8 clé ou stockage indisponible, 1 autre erreur.
</translation>
    </message>
    <message>
        <source>archive takes one subcommand: export.</source>
        <translation>archive accepte une seule sous-commande&#xa0;: export.</translation>
    </message>
    <message>
        <source>archive export needs either --dossier ID (repeatable) or --all-closed.</source>
        <translation>archive export attend soit --dossier ID (répétable), soit --all-closed.</translation>
    </message>
    <message>
        <source>--closed-before goes with --all-closed.</source>
        <translation>--closed-before ne s&apos;emploie qu&apos;avec --all-closed.</translation>
    </message>
    <message>
        <source>--closed-before takes a date YYYY-MM-DD.</source>
        <translation>--closed-before attend une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>archive export needs --out FILE.zip.</source>
        <translation>archive export attend --out FICHIER.zip.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or add --replace.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom ou ajoutez --replace.</translation>
    </message>
    <message>
        <source>Warning: no règlement configured; the summaries will show no eligibility results.</source>
        <translation>Avertissement&#xa0;: aucun règlement n&apos;est configuré&#xa0;; les synthèses ne présenteront aucun résultat d&apos;éligibilité.</translation>
    </message>
    <message>
        <source>Exported: %1/%2</source>
        <translation>Exportés&#xa0;: %1/%2</translation>
    </message>
    <message>
        <source>The export stopped before its end.</source>
        <translation>L&apos;exportation s&apos;est interrompue avant la fin.</translation>
    </message>
    <message numerus="yes">
        <source>SEDA package written: %1 (%n dossier(s), message %2).</source>
        <translation>
            <numerusform>Paquet SEDA enregistré&#xa0;: %1 (%n dossier, identifiant du message %2).</numerusform>
            <numerusform>Paquet SEDA enregistré&#xa0;: %1 (%n dossiers, identifiant du message %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived before the purge: %1</source>
        <translation>Dossiers archivés avant la purge&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept until archived: %n closed dossier(s).</source>
        <translation>
            <numerusform>Conservé jusqu&apos;à son archivage&#xa0;: %n dossier clos.</numerusform>
            <numerusform>Conservés jusqu&apos;à leur archivage&#xa0;: %n dossiers clos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: no summary is kept with the closed dossier (no valid règlement in the setting %1); an archive export will make one then.</source>
        <translation>Attention : aucune synthèse n&apos;est conservée avec le dossier clos (pas de règlement valide dans le paramètre %1) ; une exportation pour les archives en produira une le moment venu.</translation>
    </message>
</context>
<context>
    <name>ccas::CogPlace</name>
    <message>
        <source>municipal arrondissement of %1</source>
        <translation>arrondissement municipal de %1</translation>
    </message>
    <message>
        <source>delegated commune of %1</source>
        <translation>commune déléguée de %1</translation>
    </message>
    <message>
        <source>delegated commune of %1 (since %2)</source>
        <translation>commune déléguée de %1 (depuis %2)</translation>
    </message>
    <message>
        <source>associated commune of %1</source>
        <translation>commune associée de %1</translation>
    </message>
    <message>
        <source>former name of %1</source>
        <translation>ancien nom de %1</translation>
    </message>
    <message>
        <source>former name of %1 (until %2)</source>
        <translation>ancien nom de %1 (jusqu&apos;en %2)</translation>
    </message>
    <message>
        <source>former commune, merged into %1</source>
        <translation>ancienne commune, fusionnée dans %1</translation>
    </message>
    <message>
        <source>former commune, merged in %1 into %2</source>
        <translation>ancienne commune, fusionnée en %1 dans %2</translation>
    </message>
    <message>
        <source>former code of %1 (%2)</source>
        <translation>ancien code de %1 (%2)</translation>
    </message>
    <message>
        <source>former country</source>
        <translation>ancien pays</translation>
    </message>
</context>
<context>
    <name>ccas::ConnectionDialog</name>
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
    <message>
        <source>CCAS: printed summaries and règlement</source>
        <translation>CCAS&#xa0;: synthèses imprimées et règlement</translation>
    </message>
    <message>
        <source>CCAS &amp;name:</source>
        <translation>&amp;Nom du CCAS&#xa0;:</translation>
    </message>
    <message>
        <source>as printed on the summaries</source>
        <translation>tel qu&apos;il apparaîtra sur les synthèses</translation>
    </message>
    <message>
        <source>one line per line of the address</source>
        <translation>une ligne par ligne de l&apos;adresse</translation>
    </message>
    <message>
        <source>CCAS postal address</source>
        <translation>Adresse postale du CCAS</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>Adresse p&amp;ostale&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>Choisir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>optional, PNG or JPEG</source>
        <translation>facultatif, PNG ou JPEG</translation>
    </message>
    <message>
        <source>Règlement of the a&amp;ids:</source>
        <translation>Règle&amp;ment des aides&#xa0;:</translation>
    </message>
    <message>
        <source>JSON file written by the CCAS (see docs/reglement.md)</source>
        <translation>fichier JSON rédigé par le CCAS (voir docs/reglement.md)</translation>
    </message>
    <message>
        <source>Choose the CCAS logo</source>
        <translation>Choisir le logo du CCAS</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choisir le règlement des aides</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</source>
        <translation>Le logo ne peut pas être lu&#xa0;: choisissez une image PNG ou JPEG, ou laissez le champ vide.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… et %n autre problème</numerusform>
            <numerusform>… et %n autres problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>The règlement cannot be used:</source>
        <translation>Le règlement ne peut pas être utilisé&#xa0;:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>URL de la passerelle</translation>
    </message>
    <message>
        <source>SIRET of the CCAS</source>
        <translation>SIRET du CCAS</translation>
    </message>
    <message>
        <source>Timeout of each call, in seconds</source>
        <translation>Délai d&apos;attente de chaque appel, en secondes</translation>
    </message>
    <message>
        <source>API Particulier token</source>
        <translation>Jeton API Particulier</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Ce poste de travail</translation>
    </message>
    <message>
        <source>A&amp;gent identifier:</source>
        <translation>Identifiant de l&apos;a&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the name of the session open on this computer</source>
        <translation>vide&#xa0;: le nom de la session ouverte sur cet ordinateur</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes of inactivity (0: never)</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité (0&#xa0;: jamais)</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Connection &amp;and CCAS</source>
        <translation>Conne&amp;xion et CCAS</translation>
    </message>
    <message>
        <source>Archi&amp;ves</source>
        <translation>Arc&amp;hives</translation>
    </message>
    <message>
        <source>Archives service (given with the transfer agreement)</source>
        <translation>Service d&apos;archives (selon la convention de versement)</translation>
    </message>
    <message>
        <source>Archives &amp;service identifier:</source>
        <translation>Identifiant du &amp;service d&apos;archives&#xa0;:</translation>
    </message>
    <message>
        <source>given by the archives service</source>
        <translation>fourni par le service d&apos;archives</translation>
    </message>
    <message>
        <source>Transfer a&amp;greement:</source>
        <translation>&amp;Convention de versement&#xa0;:</translation>
    </message>
    <message>
        <source>the agreement&apos;s identifier (convention de versement)</source>
        <translation>identifiant de la convention de versement</translation>
    </message>
    <message>
        <source>&amp;Transferring service identifier:</source>
        <translation>Identifiant du service &amp;versant&#xa0;:</translation>
    </message>
    <message>
        <source>empty: the CCAS SIRET</source>
        <translation>vide&#xa0;: le SIRET du CCAS</translation>
    </message>
    <message>
        <source>empty: the CCAS SIRET (%1)</source>
        <translation>vide&#xa0;: le SIRET du CCAS (%1)</translation>
    </message>
    <message>
        <source>Management rules of the archives service</source>
        <translation>Règles de gestion du service d&apos;archives</translation>
    </message>
    <message>
        <source>Appraisal rule code: %1</source>
        <translation>Code de la règle de sort final&#xa0;: %1</translation>
    </message>
    <message>
        <source>rule code of the archives service</source>
        <translation>code de règle du service d&apos;archives</translation>
    </message>
    <message>
        <source>Final action: %1</source>
        <translation>Sort final&#xa0;: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>Accor&amp;dé&#xa0;:</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>accordé</translation>
    </message>
    <message>
        <source>Sample of the granted files kept: 1 in N (0: no sampling)</source>
        <translation>Échantillon des aides accordées conservé&#xa0;: 1 sur N (0&#xa0;: pas d&apos;échantillonnage)</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 sur </translation>
    </message>
    <message>
        <source>no sampling</source>
        <translation>pas d&apos;échantillonnage</translation>
    </message>
    <message>
        <source>At the end of their retention period, the granted files drawn into the sample are kept whatever the final action</source>
        <translation>À l&apos;issue de leur durée de conservation, les dossiers d&apos;aide accordée retenus dans l&apos;échantillon sont conservés, quel que soit le sort final</translation>
    </message>
    <message>
        <source>Sa&amp;mple of the granted files:</source>
        <translation>Échan&amp;tillon des aides accordées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>Re&amp;fusé&#xa0;:</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>&amp;Without follow-up:</source>
        <translation>Sa&amp;ns suite&#xa0;:</translation>
    </message>
    <message>
        <source>without follow-up</source>
        <translation>sans suite</translation>
    </message>
    <message>
        <source>A&amp;ccess rule:</source>
        <translation>Règle de co&amp;mmunicabilité&#xa0;:</translation>
    </message>
    <message>
        <source>access rule code (private life: 50 years)</source>
        <translation>code de la règle de communicabilité (vie privée&#xa0;: 50 ans)</translation>
    </message>
    <message>
        <source>Before the purge</source>
        <translation>Avant la purge</translation>
    </message>
    <message>
        <source>&amp;Export to the archives before the purge</source>
        <translation>&amp;Exporter vers les archives avant la purge</translation>
    </message>
    <message>
        <source>Export to the archives before the purge</source>
        <translation>Exporter vers les archives avant la purge</translation>
    </message>
    <message>
        <source>Folder of the archive packages</source>
        <translation>Répertoire des paquets d&apos;archives</translation>
    </message>
    <message>
        <source>an existing folder, e.g. on the archives service&apos;s share</source>
        <translation>un répertoire existant, p. ex. sur le partage réseau du service d&apos;archives</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Cho&amp;isir…</translation>
    </message>
    <message>
        <source>Choose the folder of the archive packages</source>
        <translation>Choisir le répertoire des paquets d&apos;archives</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Répertoire&#xa0;:</translation>
    </message>
    <message>
        <source>The closed dossiers due for purging are first written to one SEDA package in this folder; if it cannot be made, they are kept until the next run.</source>
        <translation>Les dossiers clos arrivés en fin de conservation sont d&apos;abord enregistrés dans un paquet SEDA unique, dans ce répertoire&#xa0;; si ce paquet ne peut pas être constitué, ils sont conservés jusqu&apos;à la purge suivante.</translation>
    </message>
    <message>
        <source>Every rule code of the archives is needed (ask the archives service for its codes).</source>
        <translation>Tous les codes de règle des archives sont requis (demandez ses codes au service d&apos;archives).</translation>
    </message>
    <message>
        <source>Exporting before the purge needs the folder the packages are written to.</source>
        <translation>L&apos;exportation avant la purge exige le répertoire où les paquets sont enregistrés.</translation>
    </message>
    <message>
        <source>The folder of the archive packages does not exist: %1</source>
        <translation>Le répertoire des paquets d&apos;archives n&apos;existe pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ccas::DeskLock</name>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase de passe est incorrecte.</translation>
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
    <name>ccas::DossierMenage</name>
    <message>
        <source>budget: unknown resource type %1, counted as « autre »</source>
        <translation>budget&#xa0;: type de ressource inconnu %1, compté comme «&#xa0;autre&#xa0;»</translation>
    </message>
    <message>
        <source>budget: unknown charge type %1, counted as « autre »</source>
        <translation>budget&#xa0;: type de charge inconnu %1, compté comme «&#xa0;autre&#xa0;»</translation>
    </message>
    <message>
        <source>%1: ignored in a dossier (resources and charges come from its budget, received aids from its history)</source>
        <translation>%1&#xa0;: ignoré dans un dossier (les ressources et charges proviennent de son budget, les aides reçues de son historique)</translation>
    </message>
</context>
<context>
    <name>ccas::DossierWorkspace</name>
    <message>
        <source>&amp;Save the figures</source>
        <translation>&amp;Enregistrer les données</translation>
    </message>
    <message>
        <source>Keep the household, the request, the resources and the charges in the dossier (Ctrl+S)</source>
        <translation>Enregistrer le ménage, la demande, les ressources et les charges dans le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the household and budget in the dossier</source>
        <translation>Enregistrer le ménage et le budget dans le dossier</translation>
    </message>
    <message>
        <source>Result of the last action on the dossier</source>
        <translation>Résultat de la dernière action sur le dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Sens de la décision&#xa0;:</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Amount granted in euros</source>
        <translation>Montant accordé en euros</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>M&amp;ontant&#xa0;:</translation>
    </message>
    <message>
        <source>Reasons, as they will be notified (required for a refusal)</source>
        <translation>Motifs, tels qu&apos;ils seront notifiés (obligatoires en cas de refus)</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Motifs de la décision</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>Mo&amp;tifs&#xa0;:</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Clore le dossier…</translation>
    </message>
    <message>
        <source>Once decided, close the dossier: nothing more can be changed in it</source>
        <translation>Une fois la décision enregistrée, clore le dossier&#xa0;: plus rien ne pourra y être modifié</translation>
    </message>
    <message>
        <source>Close the dossier</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Enregistrer la &amp;décision</translation>
    </message>
    <message>
        <source>Record the decision in the dossier</source>
        <translation>Enregistrer la décision dans le dossier</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Synthèse d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Pseudon&amp;ymised version (commission)</source>
        <translation>Version pseudon&amp;ymisée (commission)</translation>
    </message>
    <message>
        <source>Initials and figures only: no name, birth date or address</source>
        <translation>Initiales et données chiffrées uniquement&#xa0;: ni nom, ni date de naissance, ni adresse</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>See the summary as it will be printed, then print it (Ctrl+P)</source>
        <translation>Voir la synthèse telle qu&apos;elle sera imprimée, puis l&apos;imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print preview of the eligibility summary</source>
        <translation>Aperçu avant impression de la synthèse d&apos;éligibilité</translation>
    </message>
    <message>
        <source>E&amp;xport the summary (PDF)…</source>
        <translation>E&amp;xporter la synthèse (PDF)…</translation>
    </message>
    <message>
        <source>Export the eligibility summary as a PDF file</source>
        <translation>Exporter la synthèse d&apos;éligibilité dans un fichier PDF</translation>
    </message>
    <message>
        <source>The règlement « %1 » was not taken (the one in use stays):</source>
        <translation>Le règlement «&#xa0;%1&#xa0;» n&apos;a pas été pris en compte (celui déjà utilisé est conservé)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, version %3</translation>
    </message>
    <message>
        <source>(applicable from %1)</source>
        <translation>(applicable à compter du %1)</translation>
    </message>
    <message>
        <source>The aids already granted could not be read (%1): waiting periods and yearly ceilings do not count them.</source>
        <translation>Les aides déjà accordées n&apos;ont pas pu être lues (%1)&#xa0;: les délais de carence et les plafonds annuels n&apos;en tiennent pas compte.</translation>
    </message>
    <message>
        <source>No règlement is configured: the eligibility cannot be computed. Choose the file of the CCAS&apos;s règlement (JSON, see docs/reglement.md) with File › Règlement of the aids…; it is kept in the settings (ReglementPath).</source>
        <translation>Aucun règlement n&apos;est configuré&#xa0;: l&apos;éligibilité ne peut pas être calculée. Choisissez le fichier du règlement du CCAS (JSON, voir docs/reglement.md) avec Fichier › Règlement des aides…&#xa0;; il est conservé dans les paramètres (ReglementPath).</translation>
    </message>
    <message>
        <source>The règlement « %1 » cannot be used; correct it or choose another one with File › Règlement of the aids…:</source>
        <translation>Le règlement «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;; corrigez-le ou choisissez-en un autre avec Fichier › Règlement des aides…&#xa0;:</translation>
    </message>
    <message>
        <source>Reading the aids already granted to this person…</source>
        <translation>Lecture des aides déjà accordées à cette personne…</translation>
    </message>
    <message>
        <source>Some fields cannot be read (see the messages beside them): they are not counted.</source>
        <translation>Certains champs ne peuvent pas être lus (voir les messages à côté)&#xa0;: ils ne sont pas pris en compte.</translation>
    </message>
    <message>
        <source>Computed with figures not saved yet.</source>
        <translation>Calcul effectué avec des données non encore enregistrées.</translation>
    </message>
    <message>
        <source>This dossier is closed: its figures can no longer be changed.</source>
        <translation>Ce dossier est clos&#xa0;: ses données ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>Correct the fields shown in red: nothing was saved (what you typed is kept).</source>
        <translation>Corrigez les champs signalés en rouge&#xa0;: rien n&apos;a été enregistré (votre saisie est conservée).</translation>
    </message>
    <message>
        <source>Saving the figures…</source>
        <translation>Enregistrement des données…</translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation>Les données n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Figures saved in the dossier.</source>
        <translation>Données enregistrées dans le dossier.</translation>
    </message>
    <message>
        <source>Enter the amount granted</source>
        <translation>Saisissez le montant accordé</translation>
    </message>
    <message>
        <source>Correct the fields shown in red: the decision was not recorded.</source>
        <translation>Corrigez les champs signalés en rouge&#xa0;: la décision n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons: they are notified to the applicant</source>
        <translation>Un refus doit être motivé&#xa0;: les motifs sont notifiés au demandeur</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Enregistrement de la décision…</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>La décision n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Décision enregistrée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Close dossier %1? Nothing can be changed in a closed dossier; it is kept for the retention period, then purged.</source>
        <translation>Clore le dossier %1&#xa0;? Un dossier clos ne peut plus être modifié&#xa0;; il est conservé jusqu&apos;à la fin de la durée de conservation, puis purgé.</translation>
    </message>
    <message>
        <source>Closing the dossier…</source>
        <translation>Clôture du dossier…</translation>
    </message>
    <message>
        <source>The dossier could not be closed: %1</source>
        <translation>Le dossier n&apos;a pas pu être clos&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dossier closed.</source>
        <translation>Dossier clos.</translation>
    </message>
    <message>
        <source>No dossier open.</source>
        <translation>Aucun dossier ouvert.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>Aucune décision n&apos;a encore été enregistrée.</translation>
    </message>
    <message>
        <source>Decision of %1: %2, %3.</source>
        <translation>Décision du %1&#xa0;: %2, %3.</translation>
    </message>
    <message>
        <source>Decision of %1: %2.</source>
        <translation>Décision du %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The dossier is closed.</source>
        <translation>Le dossier est clos.</translation>
    </message>
    <message>
        <source>The printing could not be written in the access journal: %1</source>
        <translation>L&apos;impression n&apos;a pas pu être inscrite au journal des accès&#xa0;: %1</translation>
    </message>
    <message>
        <source>Eligibility summary (pseudonymised) — preview</source>
        <translation>Synthèse d&apos;éligibilité (pseudonymisée) — aperçu</translation>
    </message>
    <message>
        <source>Eligibility summary — preview</source>
        <translation>Synthèse d&apos;éligibilité — aperçu</translation>
    </message>
    <message>
        <source>Summary sent to the printer.</source>
        <translation>Synthèse envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Export the eligibility summary</source>
        <translation>Exporter la synthèse d&apos;éligibilité</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation>Synthèse enregistrée sous %1</translation>
    </message>
    <message>
        <source>Open a dossier to enter its household and budget.</source>
        <translation>Ouvrez un dossier pour saisir son ménage et son budget.</translation>
    </message>
    <message>
        <source>Closed dossier: read only.</source>
        <translation>Dossier clos&#xa0;: lecture seule.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Modifications non encore enregistrées.</translation>
    </message>
    <message>
        <source>Everything shown is saved.</source>
        <translation>Tout ce qui est affiché est enregistré.</translation>
    </message>
    <message>
        <source>Open a dossier first</source>
        <translation>Ouvrez d&apos;abord un dossier</translation>
    </message>
    <message>
        <source>No règlement: there is no eligibility to print</source>
        <translation>Aucun règlement&#xa0;: il n&apos;y a pas d&apos;éligibilité à imprimer</translation>
    </message>
    <message>
        <source>The eligibility is being computed</source>
        <translation>L&apos;éligibilité est en cours de calcul</translation>
    </message>
    <message>
        <source>Save the summary as a PDF/A file</source>
        <translation>Enregistrer la synthèse dans un fichier PDF/A</translation>
    </message>
    <message>
        <source>Save the dossier&apos;s figures</source>
        <translation>Enregistrer les données du dossier</translation>
    </message>
    <message>
        <source>Print the eligibility summary</source>
        <translation>Imprimer la synthèse d&apos;éligibilité</translation>
    </message>
</context>
<context>
    <name>ccas::EligibilityPanel</name>
    <message>
        <source>met</source>
        <translation>condition remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>condition non remplie</translation>
    </message>
    <message>
        <source>figure missing</source>
        <translation>donnée manquante</translation>
    </message>
    <message>
        <source>computation</source>
        <translation>étape de calcul</translation>
    </message>
    <message>
        <source>Règlement in use</source>
        <translation>Règlement utilisé</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Eligibility by aid, with the explanation of each result</source>
        <translation>Éligibilité par aide, avec l&apos;explication de chaque résultat</translation>
    </message>
    <message>
        <source>Explanation of the selected aid</source>
        <translation>Explication de l&apos;aide sélectionnée</translation>
    </message>
    <message>
        <source>Open a dossier to see which aids of the règlement the household can receive.</source>
        <translation>Ouvrez un dossier pour voir les aides du règlement auxquelles le ménage peut prétendre.</translation>
    </message>
    <message>
        <source>This règlement has no aid.</source>
        <translation>Ce règlement ne contient aucune aide.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Proposed amount: %1</source>
        <translation>Montant proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>Aucun montant</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Proofs to ask for</source>
        <translation>Justificatifs à demander</translation>
    </message>
    <message>
        <source>Household figures</source>
        <translation>Données du ménage</translation>
    </message>
    <message>
        <source>proposed amount: %1</source>
        <translation>montant proposé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proofs to ask for: %1</source>
        <translation>Justificatifs à demander&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>explanation line: criterion (state): text</comment>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>ccas::EligibilitySummary</name>
    <message>
        <source>applicant</source>
        <translation>demandeur</translation>
    </message>
    <message>
        <source>spouse or partner</source>
        <translation>conjoint ou partenaire</translation>
    </message>
    <message>
        <source>child</source>
        <translation>enfant</translation>
    </message>
    <message>
        <source>other person</source>
        <translation>autre personne</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>C2S (complementary health cover)</source>
        <translation>C2S (complémentaire santé solidaire)</translation>
    </message>
    <message>
        <source>AAH (disabled adult allowance)</source>
        <translation>AAH (allocation aux adultes handicapés)</translation>
    </message>
    <message>
        <source>ASF (family support allowance)</source>
        <translation>ASF (allocation de soutien familial)</translation>
    </message>
    <message>
        <source>Prime d&apos;activité</source>
        <translation>Prime d&apos;activité</translation>
    </message>
    <message>
        <source>food</source>
        <translation>alimentaire</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>logement</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>health</source>
        <translation>santé</translation>
    </message>
    <message>
        <source>other need</source>
        <translation>autre besoin</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplet</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>API (%1)</source>
        <translation>API (%1)</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>déclaré</translation>
    </message>
    <message>
        <source>paper proof</source>
        <translation>justificatif papier</translation>
    </message>
    <message>
        <source>typed by the agent from a paper proof</source>
        <translation>saisi par l&apos;agent d&apos;après un justificatif papier</translation>
    </message>
    <message>
        <source>declared by the applicant, typed by the agent</source>
        <translation>déclaré par le demandeur, saisi par l&apos;agent</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>obtenu le %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>commune %1</source>
        <translation>commune %1</translation>
    </message>
    <message>
        <source>abroad (country code %1)</source>
        <translation>étranger (code pays %1)</translation>
    </message>
    <message>
        <source>born %1 in %2</source>
        <translation>date de naissance %1, lieu de naissance %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>date de naissance %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>lieu de naissance %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Imprimé le %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Synthèse d&apos;éligibilité</translation>
    </message>
    <message>
        <source>Pseudonymised version — commission</source>
        <translation>Version pseudonymisée — commission</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>situation on %1</source>
        <translation>situation au %1</translation>
    </message>
    <message>
        <source>Règlement: %1</source>
        <translation>Règlement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Applicant and household</source>
        <translation>Demandeur et ménage</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Demandeur&#xa0;:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non nommé)</translation>
    </message>
    <message>
        <source>(usage name %1)</source>
        <translation>(nom d&apos;usage %1)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n an)</numerusform>
            <numerusform>(%n ans)</numerusform>
        </translation>
    </message>
    <message>
        <source>(age unknown)</source>
        <translation>(âge inconnu)</translation>
    </message>
    <message>
        <source>alternating residence</source>
        <translation>résidence alternée</translation>
    </message>
    <message numerus="yes">
        <source>Household of %n person(s):</source>
        <translation>
            <numerusform>Ménage de %n personne&#xa0;:</numerusform>
            <numerusform>Ménage de %n personnes&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>commune of residence: %1</source>
        <translation>commune de résidence&#xa0;: %1</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>demande&#xa0;: %1</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>non précisée</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 le %2 (%3)</translation>
    </message>
    <message>
        <source>Aid already received:</source>
        <translation>Aides déjà perçues&#xa0;:</translation>
    </message>
    <message>
        <source>CAF family quotient (QF)</source>
        <translation>Quotient familial CAF (QF)</translation>
    </message>
    <message>
        <source>QF of %1</source>
        <translation>QF de %1</translation>
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
        <source>tax %1</source>
        <translation>impôt %1</translation>
    </message>
    <message>
        <source>Tax data</source>
        <translation>Données fiscales</translation>
    </message>
    <message>
        <source>%1 income</source>
        <translation>revenus %1</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>not a beneficiary</source>
        <translation>non bénéficiaire</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>période %1</translation>
    </message>
    <message>
        <source>Figures used and their sources</source>
        <translation>Données retenues et leurs sources</translation>
    </message>
    <message>
        <source>No figure was fetched or computed.</source>
        <translation>Aucune donnée n&apos;a été obtenue ni calculée.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Monthly resources and charges</source>
        <translation>Ressources et charges mensuelles</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Result per aid</source>
        <translation>Résultat par aide</translation>
    </message>
    <message>
        <source>No aid was evaluated.</source>
        <translation>Aucune aide n&apos;a été évaluée.</translation>
    </message>
    <message>
        <source>proposed amount %1</source>
        <translation>montant proposé %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Proofs required: %1</source>
        <translation>Justificatifs à fournir&#xa0;: %1</translation>
    </message>
    <message>
        <source>✔ condition met · ✘ condition not met · ? figure missing · • computation step</source>
        <translation>✔ condition remplie · ✘ condition non remplie · ? donnée manquante · • étape de calcul</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Sens de la décision&#xa0;:</translation>
    </message>
    <message>
        <source>Amount granted:</source>
        <translation>Montant accordé&#xa0;:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>(not shown in the pseudonymised version)</source>
        <translation>(non affiché dans la version pseudonymisée)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent&#xa0;:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature et cachet</translation>
    </message>
    <message>
        <source>Data obtained from other administrations: the family quotient, the household composition and the benefit statuses come from the CAF or the MSA (API Particulier), the tax data from the DGFiP (API Impôt particulier), exchanged under article L114-8 of the Code des relations entre le public et l&apos;administration (“Dites-le-nous une fois”): the applicant did not have to provide them again. Figures marked “declared” or “paper proof” were typed by the agent.</source>
        <translation>Données obtenues auprès d&apos;autres administrations&#xa0;: le quotient familial, la composition du ménage et les statuts de prestations proviennent de la CAF ou de la MSA (API Particulier), les données fiscales de la DGFiP (API Impôt particulier)&#xa0;; ces données sont échangées en application de l&apos;article L114-8 du code des relations entre le public et l&apos;administration («&#xa0;Dites-le-nous une fois&#xa0;»)&#xa0;: le demandeur n&apos;a pas eu à les fournir de nouveau. Les données marquées «&#xa0;déclaré&#xa0;» ou «&#xa0;justificatif papier&#xa0;» ont été saisies par l&apos;agent.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: this summary and the dossier are kept %n month(s) after the dossier is closed, then erased or transferred to the archives under the Code du patrimoine.</source>
        <translation>
            <numerusform>Durée de conservation&#xa0;: la présente synthèse et le dossier sont conservés %n mois après la clôture du dossier, puis effacés ou versés aux archives en application du code du patrimoine.</numerusform>
            <numerusform>Durée de conservation&#xa0;: la présente synthèse et le dossier sont conservés %n mois après la clôture du dossier, puis effacés ou versés aux archives en application du code du patrimoine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights: under the GDPR you may access the data concerning you and have it corrected, by writing to the CCAS or to its data protection officer (DPO).</source>
        <translation>Vos droits&#xa0;: conformément au RGPD, vous pouvez accéder aux données vous concernant et en obtenir la rectification en écrivant au CCAS ou à son délégué à la protection des données (DPO).</translation>
    </message>
    <message>
        <source>Appeal: this decision may be challenged within two months of its notification, by a recours gracieux addressed to the president of the CCAS or by a recours contentieux before the tribunal administratif.</source>
        <translation>Voies de recours&#xa0;: cette décision peut être contestée dans un délai de deux mois à compter de sa notification, par un recours gracieux adressé au président du CCAS ou par un recours contentieux devant le tribunal administratif.</translation>
    </message>
    <message>
        <source>Legal information</source>
        <translation>Mentions légales</translation>
    </message>
    <message>
        <source>Eligibility summary · dossier %1 · page %2/%3</source>
        <translation>Synthèse d&apos;éligibilité · dossier %1 · page %2/%3</translation>
    </message>
    <message>
        <source>No page to print the summary on.</source>
        <translation>Aucune page sur laquelle imprimer la synthèse.</translation>
    </message>
    <message>
        <source>The summary needs the graphical application (fonts).</source>
        <translation>La synthèse nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>Les pages n&apos;ont pas pu être dessinées.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Une nouvelle page n&apos;a pas pu être commencée.</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>Les pages n&apos;ont pas pu être finalisées.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the summary needs the graphical application (fonts).</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: la synthèse nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>Eligibility summary %1</source>
        <translation>Synthèse d&apos;éligibilité %1</translation>
    </message>
</context>
<context>
    <name>ccas::Engine</name>
    <message>
        <source>Eligible</source>
        <translation>Éligible</translation>
    </message>
    <message>
        <source>household composition</source>
        <translation>composition du foyer</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UC (OECD scale)</source>
        <translation>%1 UC (échelle OCDE)</translation>
    </message>
    <message>
        <source>%1 UC (chèque énergie scale)</source>
        <translation>%1 UC (échelle du chèque énergie)</translation>
    </message>
    <message>
        <source>%1 CAF parts</source>
        <translation>%1 parts CAF</translation>
    </message>
    <message>
        <source>tax data (RFR and number of parts)</source>
        <translation>données fiscales (RFR et nombre de parts)</translation>
    </message>
    <message>
        <source>%1 fiscal parts</source>
        <translation>%1 parts fiscales</translation>
    </message>
    <message>
        <source>monthly resources</source>
        <translation>ressources mensuelles</translation>
    </message>
    <message>
        <source>monthly charges</source>
        <translation>charges mensuelles</translation>
    </message>
    <message>
        <source>%1 parts (scale of the règlement)</source>
        <translation>%1 parts (barème propre du règlement)</translation>
    </message>
    <message>
        <source>, rounded down to the euro</source>
        <translation>, arrondi à l&apos;euro inférieur</translation>
    </message>
    <message>
        <source>, rounded down to the cent</source>
        <translation>, arrondi au centime inférieur</translation>
    </message>
    <message>
        <source>, rounded up to the euro</source>
        <translation>, arrondi à l&apos;euro supérieur</translation>
    </message>
    <message>
        <source>, rounded up to the cent</source>
        <translation>, arrondi au centime supérieur</translation>
    </message>
    <message>
        <source>, rounded to the nearest euro</source>
        <translation>, arrondi à l&apos;euro le plus proche</translation>
    </message>
    <message>
        <source>, rounded to the nearest cent</source>
        <translation>, arrondi au centime le plus proche</translation>
    </message>
    <message>
        <source>(resources %1 − charges %2)</source>
        <translation>(ressources %1 − charges %2)</translation>
    </message>
    <message>
        <source>resources %1</source>
        <translation>ressources %1</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>%1 ÷ 30 days</source>
        <translation>%1 ÷ 30 jours</translation>
    </message>
    <message>
        <source>CAF family quotient</source>
        <translation>Quotient familial CAF</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 ÷ 12 months %4 per month</source>
        <translation>RFR %1 (revenus %2) ÷ %3 ÷ 12 mois %4 par mois</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 %4 per year</source>
        <translation>RFR %1 (revenus %2) ÷ %3 %4 par an</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 %4</source>
        <translation>RFR %1 (revenus %2) ÷ %3 %4</translation>
    </message>
    <message>
        <source>amount requested</source>
        <translation>montant demandé</translation>
    </message>
    <message>
        <source>Fiscal quotient (RFR per part, per month)</source>
        <translation>Quotient familial fiscal (RFR par part, par mois)</translation>
    </message>
    <message>
        <source>Fiscal quotient (RFR per part, per year)</source>
        <translation>Quotient familial fiscal (RFR par part, par an)</translation>
    </message>
    <message>
        <source>RFR per consumption unit (OECD scale)</source>
        <translation>RFR par unité de consommation (échelle OCDE)</translation>
    </message>
    <message>
        <source>RFR per consumption unit (chèque énergie scale)</source>
        <translation>RFR par unité de consommation (échelle du chèque énergie)</translation>
    </message>
    <message>
        <source>Consumption units (OECD scale)</source>
        <translation>Unités de consommation (échelle OCDE)</translation>
    </message>
    <message>
        <source>Consumption units (chèque énergie scale)</source>
        <translation>Unités de consommation (échelle du chèque énergie)</translation>
    </message>
    <message>
        <source>Reste à vivre (%1)</source>
        <translation>Reste à vivre (%1)</translation>
    </message>
    <message>
        <source>Monthly resources</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <source>Number of persons (%1)</source>
        <translation>Nombre de personnes (%1)</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Montant demandé</translation>
    </message>
    <message>
        <source>prime d&apos;activité</source>
        <translation>prime d&apos;activité</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non remplie</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>indéterminée</translation>
    </message>
    <message>
        <source>missing: %1; condition %2 %3: cannot be decided</source>
        <translation>données manquantes&#xa0;: %1&#xa0;; condition %2 %3&#xa0;: indéterminée</translation>
    </message>
    <message>
        <source>%1; condition %2 %3: %4</source>
        <translation>%1&#xa0;; condition %2 %3&#xa0;: %4</translation>
    </message>
    <message>
        <source>All of the following</source>
        <translation>Toutes les conditions suivantes</translation>
    </message>
    <message>
        <source>At least one of the following</source>
        <translation>Au moins une des conditions suivantes</translation>
    </message>
    <message>
        <source>The following must not hold</source>
        <translation>La condition suivante ne doit pas être remplie</translation>
    </message>
    <message>
        <source>Resource ceiling by household size</source>
        <translation>Plafond de ressources selon la taille du foyer</translation>
    </message>
    <message>
        <source>missing: %1; cannot be decided</source>
        <translation>données manquantes&#xa0;: %1&#xa0;; condition indéterminée</translation>
    </message>
    <message>
        <source>monthly resources %1 for %2; condition %3 %4: %5</source>
        <translation>ressources mensuelles %1 pour %2&#xa0;; condition %3 %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>Statut %1</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>bénéficiaire</translation>
    </message>
    <message>
        <source>not a beneficiary</source>
        <translation>non bénéficiaire</translation>
    </message>
    <message>
        <source>%1 status unknown; required: %2</source>
        <translation>statut %1 inconnu&#xa0;; attendu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1; required: %2: %3</source>
        <translation>%1 (attendu&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Commune de résidence</translation>
    </message>
    <message>
        <source>residence commune</source>
        <translation>commune de résidence</translation>
    </message>
    <message>
        <source>residence commune unknown; required: %1</source>
        <translation>commune de résidence inconnue&#xa0;; communes acceptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>commune %1; required: %2: %3</source>
        <translation>commune %1 (communes acceptées&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>Nature of the request</source>
        <translation>Nature de la demande</translation>
    </message>
    <message>
        <source>nature of the request</source>
        <translation>nature de la demande</translation>
    </message>
    <message>
        <source>nature of the request unknown; accepted: %1</source>
        <translation>nature de la demande inconnue&#xa0;; natures acceptées&#xa0;: %1</translation>
    </message>
    <message>
        <source>request « %1 »; accepted: %2: %3</source>
        <translation>demande «&#xa0;%1&#xa0;» (natures acceptées&#xa0;: %2)&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>the demandeur</source>
        <translation>du demandeur</translation>
    </message>
    <message>
        <source>the conjoint</source>
        <translation>du conjoint</translation>
    </message>
    <message>
        <source>a member of the household</source>
        <translation>d&apos;un membre du foyer</translation>
    </message>
    <message>
        <source>Age of %1</source>
        <translation>Âge %1</translation>
    </message>
    <message>
        <source>household composition unknown</source>
        <translation>composition du foyer inconnue</translation>
    </message>
    <message>
        <source>birth date of %1</source>
        <translation>date de naissance %1</translation>
    </message>
    <message>
        <source>no such person in the household: not met</source>
        <translation>aucune personne correspondante dans le foyer&#xa0;: condition non remplie</translation>
    </message>
    <message>
        <source>birth date unknown; condition %1 %2: cannot be decided</source>
        <translation>date de naissance inconnue&#xa0;; condition %1 %2&#xa0;: indéterminée</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <source>fixed amount %1</source>
        <translation>montant fixe %1</translation>
    </message>
    <message>
        <source>%1 of the amount requested, which is unknown</source>
        <translation>%1 du montant demandé, qui est inconnu</translation>
    </message>
    <message>
        <source>%1 of the amount requested %2 = %3 (rounded down to the cent)</source>
        <translation>%1 du montant demandé de %2 = %3 (arrondi au centime inférieur)</translation>
    </message>
    <message>
        <source>barème on %1: missing %2</source>
        <translation>barème sur %1&#xa0;: il manque %2</translation>
    </message>
    <message>
        <source>%1: %2 → band %3</source>
        <translation>%1&#xa0;: %2 → tranche %3</translation>
    </message>
    <message>
        <source>%1: %2 → band %3 (%4)</source>
        <translation>%1&#xa0;: %2 → tranche %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 is beyond the last band of the barème: not met</source>
        <translation>%1&#xa0;: %2 est au-delà de la dernière tranche du barème&#xa0;: condition non remplie</translation>
    </message>
    <message>
        <source>the amount depends on the nature of the request, unknown</source>
        <translation>le montant dépend de la nature de la demande, qui est inconnue</translation>
    </message>
    <message>
        <source>request « %1 »</source>
        <translation>demande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>request « %1 »: %2</source>
        <translation>demande «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>request « %1 »: other natures</source>
        <translation>demande «&#xa0;%1&#xa0;»&#xa0;: autres natures</translation>
    </message>
    <message>
        <source>the barème has no amount for a request « %1 »: not met</source>
        <translation>le barème ne prévoit aucun montant pour une demande «&#xa0;%1&#xa0;»&#xa0;: condition non remplie</translation>
    </message>
    <message numerus="yes">
        <source>Waiting period (%n month(s))</source>
        <translation>
            <numerusform>Délai de carence (%n mois)</numerusform>
            <numerusform>Délai de carence (%n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>aid %1 received on %2: possible again from %3: not met</source>
        <translation>aide %1 reçue le %2&#xa0;: de nouveau possible à partir du %3&#xa0;: condition non remplie</translation>
    </message>
    <message>
        <source>no aid %1 since %2: met</source>
        <translation>aucune aide %1 depuis le %2&#xa0;: condition remplie</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Ceiling per request</source>
        <translation>Plafond par demande</translation>
    </message>
    <message>
        <source>%1 capped at %2</source>
        <translation>%1 ramené à %2</translation>
    </message>
    <message>
        <source>the barème gives %1: no aid</source>
        <translation>le barème donne %1&#xa0;: aucune aide</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>Montant proposé</translation>
    </message>
    <message>
        <source>aid in kind, no amount</source>
        <translation>aide en nature, sans montant</translation>
    </message>
    <message>
        <source>Annual ceiling</source>
        <translation>Plafond annuel</translation>
    </message>
    <message>
        <source>12 months from %1 to %2</source>
        <translation>12 mois glissants, du %1 au %2</translation>
    </message>
    <message>
        <source>calendar year %1</source>
        <translation>année civile %1</translation>
    </message>
    <message>
        <source>%1 (%2): already received %3, nothing left: not met</source>
        <translation>%1 (%2)&#xa0;: déjà reçu %3, il ne reste rien&#xa0;: condition non remplie</translation>
    </message>
    <message>
        <source>%1 (%2): already received %3, %4 left</source>
        <translation>%1 (%2)&#xa0;: déjà reçu %3, reste %4</translation>
    </message>
    <message>
        <source>; %1 capped at %2</source>
        <translation>&#xa0;; %1 ramené à %2</translation>
    </message>
    <message>
        <source>Persons in the household</source>
        <translation>Personnes du foyer</translation>
    </message>
    <message>
        <source>CAF parts</source>
        <translation>Parts CAF</translation>
    </message>
    <message>
        <source>Revenu fiscal de référence (income %1)</source>
        <translation>Revenu fiscal de référence (revenus %1)</translation>
    </message>
    <message>
        <source>Fiscal parts</source>
        <translation>Parts fiscales</translation>
    </message>
    <message>
        <source>RFR per part, per year</source>
        <translation>RFR par part, par an</translation>
    </message>
    <message>
        <source>RFR per part, per month</source>
        <translation>RFR par part, par mois</translation>
    </message>
    <message>
        <source>Monthly resources (all)</source>
        <translation>Ressources mensuelles (toutes)</translation>
    </message>
    <message>
        <source>Monthly charges (all)</source>
        <translation>Charges mensuelles (toutes)</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non éligible</translation>
    </message>
    <message>
        <source>Incomplete: missing data</source>
        <translation>Incomplet&#xa0;: données manquantes</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>typed by the agent</source>
        <translation>saisi par l&apos;agent</translation>
    </message>
    <message>
        <source>typed by the agent from a paper proof</source>
        <translation>saisi par l&apos;agent d&apos;après un justificatif papier</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>mois %1</translation>
    </message>
    <message>
        <source>income %1</source>
        <translation>revenus %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>requête %1</translation>
    </message>
    <message>
        <source>obtained on %1</source>
        <translation>obtenu le %1</translation>
    </message>
</context>
<context>
    <name>ccas::EntryText</name>
    <message>
        <source>Not an amount: write it like 1234,50</source>
        <translation>Montant non valide&#xa0;: saisissez-le sous la forme 1234,50</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>AAH</source>
        <translation>AAH</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Alimentaire</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Conjoint ou partenaire</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Autre personne</translation>
    </message>
    <message>
        <source>C2S</source>
        <translation>C2S</translation>
    </message>
    <message>
        <source>ASF</source>
        <translation>ASF</translation>
    </message>
    <message>
        <source>Prime d&apos;activité</source>
        <translation>Prime d&apos;activité</translation>
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
    <name>ccas::FirstRunSetup</name>
    <message>
        <source>The profile cannot be created now: it already exists or is being opened.</source>
        <translation>Le profil ne peut pas être créé maintenant&#xa0;: il existe déjà ou il est en cours d&apos;ouverture.</translation>
    </message>
    <message>
        <source>the API Particulier token</source>
        <translation>le jeton API Particulier</translation>
    </message>
    <message>
        <source>the client ID of API Impôt particulier</source>
        <translation>l&apos;identifiant client d&apos;API Impôt particulier</translation>
    </message>
    <message>
        <source>the client secret of API Impôt particulier</source>
        <translation>le secret client d&apos;API Impôt particulier</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: check that the folder is writable, then try again.</source>
        <translation>Les paramètres n&apos;ont pas pu être enregistrés dans %1&#xa0;: vérifiez que le répertoire est accessible en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>The system keychain could not keep %1: %2
They are used until Guichet CCAS is closed; enter them again in Settings once the keychain works.</source>
        <translation>Le trousseau système n&apos;a pas pu conserver %1&#xa0;: %2
Ces informations restent utilisées jusqu&apos;à la fermeture de Guichet CCAS&#xa0;; saisissez-les de nouveau dans les paramètres dès que le trousseau fonctionne.</translation>
    </message>
</context>
<context>
    <name>ccas::FirstRunWizard</name>
    <message>
        <source>Guichet CCAS — first start</source>
        <translation>Guichet CCAS — premier démarrage</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Créer le profil</translation>
    </message>
    <message>
        <source>Cancel: no dossier can be kept until the profile exists</source>
        <translation>Annuler&#xa0;: aucun dossier ne peut être conservé tant que le profil n&apos;existe pas</translation>
    </message>
    <message>
        <source>C&amp;reate the profile</source>
        <translation>&amp;Créer le profil</translation>
    </message>
    <message>
        <source>The CCAS</source>
        <translation>Le CCAS</translation>
    </message>
    <message>
        <source>Printed on the eligibility summaries; the SIRET is the recipient of the API calls.</source>
        <translation>Informations imprimées sur les synthèses d&apos;éligibilité&#xa0;; le SIRET identifie le destinataire des appels aux API.</translation>
    </message>
    <message>
        <source>CCAS &amp;name:</source>
        <translation>&amp;Nom du CCAS&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. CCAS de Marseille</source>
        <translation>p. ex. CCAS de Marseille</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>S&amp;IRET&#xa0;:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 chiffres</translation>
    </message>
    <message>
        <source>one line per line of the address</source>
        <translation>une ligne par ligne de l&apos;adresse</translation>
    </message>
    <message>
        <source>CCAS postal address</source>
        <translation>Adresse postale du CCAS</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>optional, PNG or JPEG</source>
        <translation>facultatif, PNG ou JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Choisir le fichier du logo</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the CCAS logo</source>
        <translation>Choisir le logo du CCAS</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>L&apos;agent</translation>
    </message>
    <message>
        <source>Every consultation, print and export is written in the access journal with this identifier.</source>
        <translation>Chaque consultation, impression et exportation est inscrite dans le journal des accès avec cet identifiant.</translation>
    </message>
    <message>
        <source>Agent &amp;identifier:</source>
        <translation>&amp;Identifiant de l&apos;agent&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. the session name of the agent</source>
        <translation>p. ex. le nom de session de l&apos;agent</translation>
    </message>
    <message>
        <source>By default, the name of the session open on this computer. It can be changed later in Settings.</source>
        <translation>Par défaut, le nom de la session ouverte sur cet ordinateur. Il pourra être modifié plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>The recovery passphrase</source>
        <translation>La phrase de passe de secours</translation>
    </message>
    <message>
        <source>The dossiers are encrypted. Their key goes into the system keychain, with a copy protected by this passphrase, chosen by the administrator.</source>
        <translation>Les dossiers sont chiffrés. Leur clé est placée dans le trousseau système, avec une copie protégée par cette phrase de passe, choisie par l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>P&amp;hrase de passe de secours&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firmation&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm the recovery passphrase</source>
        <translation>Confirmation de la phrase de passe de secours</translation>
    </message>
    <message>
        <source>Write the passphrase down by hand on the recovery sheet and keep it somewhere safe, away from this computer. If both the passphrase and the keychain entry are lost (new computer, new Windows account, reinstalled system), the dossiers can never be opened again: nobody can recover them.</source>
        <translation>Inscrivez la phrase de passe à la main sur la fiche de récupération et conservez celle-ci en lieu sûr, loin de cet ordinateur. Si la phrase de passe et l&apos;entrée du trousseau sont toutes deux perdues (nouvel ordinateur, nouveau compte Windows, système réinstallé), les dossiers ne pourront plus jamais être ouverts&#xa0;: personne ne pourra les récupérer.</translation>
    </message>
    <message>
        <source>Pr&amp;int the recovery sheet…</source>
        <translation>&amp;Imprimer la fiche de récupération…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Imprimer la fiche de récupération</translation>
    </message>
    <message>
        <source>Save the recovery sheet as P&amp;DF…</source>
        <translation>Enregistrer la fiche de récupération en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Enregistrer la fiche de récupération en PDF</translation>
    </message>
    <message>
        <source>The sheet never contains the passphrase: it has a box where you write it by hand.</source>
        <translation>La fiche ne contient jamais la phrase de passe&#xa0;: elle comporte un cadre où vous l&apos;inscrivez à la main.</translation>
    </message>
    <message>
        <source>Access to the APIs</source>
        <translation>Accès aux API</translation>
    </message>
    <message>
        <source>Everything on this page is optional: leave it empty to fill it in later in Settings. Tokens, client IDs and secrets go into the system keychain only, never into a file.</source>
        <translation>Tout est facultatif sur cette page&#xa0;: laissez les champs vides pour les remplir plus tard dans les paramètres. Les jetons, identifiants clients et secrets clients sont enregistrés uniquement dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>API Particulier</source>
        <translation>API Particulier</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environnement</translation>
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
        <translation>&amp;Environnement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>URL de la passe&amp;relle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>optional: can be given later</source>
        <translation>facultatif&#xa0;: peut être fourni plus tard</translation>
    </message>
    <message>
        <source>API Impôt particulier (DGFiP)</source>
        <translation>API Impôt particulier (DGFiP)</translation>
    </message>
    <message>
        <source>&amp;Data URL:</source>
        <translation>&amp;URL des données&#xa0;:</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>URL du point d&apos;accès du je&amp;ton&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>&amp;Identifiant client&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Se&amp;cret client&#xa0;:</translation>
    </message>
    <message>
        <source>The règlement of the aids</source>
        <translation>Le règlement des aides</translation>
    </message>
    <message>
        <source>The JSON file describing the CCAS&apos;s aids and their conditions (see docs/reglement.md). Optional: without it, eligibility is not computed until one is chosen.</source>
        <translation>Le fichier JSON qui décrit les aides du CCAS et leurs conditions (voir docs/reglement.md). Facultatif&#xa0;: sans lui, l&apos;éligibilité n&apos;est pas calculée tant qu&apos;aucun règlement n&apos;a été choisi.</translation>
    </message>
    <message>
        <source>optional: JSON file of the règlement</source>
        <translation>facultatif&#xa0;: fichier JSON du règlement</translation>
    </message>
    <message>
        <source>Règlement of the aids</source>
        <translation>Règlement des aides</translation>
    </message>
    <message>
        <source>Choose the règlement file</source>
        <translation>Choisir le fichier du règlement</translation>
    </message>
    <message>
        <source>&amp;Règlement:</source>
        <translation>&amp;Règlement&#xa0;:</translation>
    </message>
    <message>
        <source>Problems found in the règlement</source>
        <translation>Problèmes relevés dans le règlement</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choisir le règlement des aides</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Check, then create the profile. Everything except the passphrase can be changed later in Settings.</source>
        <translation>Vérifiez, puis créez le profil. Tout, sauf la phrase de passe, pourra être modifié plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation>Récapitulatif des choix</translation>
    </message>
    <message>
        <source>Creating the profile: protecting the key with the passphrase takes a moment…</source>
        <translation>Création du profil&#xa0;: la protection de la clé par la phrase de passe prend un moment…</translation>
    </message>
    <message>
        <source>Enter the name of the CCAS.</source>
        <translation>Saisissez le nom du CCAS.</translation>
    </message>
    <message>
        <source>Enter the SIRET of the CCAS (14 digits).</source>
        <translation>Saisissez le SIRET du CCAS (14 chiffres).</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</source>
        <translation>Le logo ne peut pas être lu&#xa0;: choisissez une image PNG ou JPEG, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Enter the agent identifier.</source>
        <translation>Saisissez l&apos;identifiant de l&apos;agent.</translation>
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
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>Les deux phrases de passe diffèrent&#xa0;: saisissez deux fois la même phrase de passe.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Saisissez la phrase de passe une seconde fois pour la confirmer.</translation>
    </message>
    <message>
        <source>The gateway URL must be an https:// address.</source>
        <translation>L&apos;URL de la passerelle doit être une adresse https://.</translation>
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
    <message>
        <source>No règlement for now: it can be chosen later in Settings.</source>
        <translation>Aucun règlement pour l&apos;instant&#xa0;: il pourra être choisi plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Checking the règlement…</source>
        <translation>Vérification du règlement…</translation>
    </message>
    <message numerus="yes">
        <source>Règlement “%1” of %2, version %3: %n aid(s).</source>
        <translation>
            <numerusform>Règlement «&#xa0;%1&#xa0;» (%2), version %3&#xa0;: %n aide.</numerusform>
            <numerusform>Règlement «&#xa0;%1&#xa0;» (%2), version %3&#xa0;: %n aides.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This règlement cannot be used (%n problem(s)): correct the file or choose another one, or leave the field empty.</source>
        <translation>
            <numerusform>Ce règlement ne peut pas être utilisé (%n problème)&#xa0;: corrigez le fichier ou choisissez-en un autre, ou laissez le champ vide.</numerusform>
            <numerusform>Ce règlement ne peut pas être utilisé (%n problèmes)&#xa0;: corrigez le fichier ou choisissez-en un autre, ou laissez le champ vide.</numerusform>
        </translation>
    </message>
    <message>
        <source>given (kept in the system keychain)</source>
        <translation>saisi (conservé dans le trousseau système)</translation>
    </message>
    <message>
        <source>later, in Settings</source>
        <translation>plus tard, dans les paramètres</translation>
    </message>
    <message>
        <source>CCAS: %1</source>
        <translation>CCAS&#xa0;: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET&#xa0;: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent&#xa0;: %1</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Répertoire du profil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery passphrase: chosen (not shown)</source>
        <translation>Phrase de passe de secours&#xa0;: choisie (non affichée)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environnement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gateway URL: %1</source>
        <translation>URL de la passerelle&#xa0;: %1</translation>
    </message>
    <message>
        <source>API Particulier token: %1</source>
        <translation>Jeton API Particulier&#xa0;: %1</translation>
    </message>
    <message>
        <source>API Impôt particulier: %1</source>
        <translation>API Impôt particulier&#xa0;: %1</translation>
    </message>
    <message>
        <source>DGFiP client ID and secret: %1</source>
        <translation>Accès DGFiP (identifiant et secret client)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Règlement: %1</source>
        <translation>Règlement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recovery sheet — preview</source>
        <translation>Fiche de récupération — aperçu</translation>
    </message>
    <message>
        <source>Recovery sheet sent to the printer: write the passphrase on it by hand.</source>
        <translation>Fiche de récupération envoyée à l&apos;imprimante&#xa0;: inscrivez-y la phrase de passe à la main.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Enregistrer la fiche de récupération</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation>fiche-de-recuperation.pdf</translation>
    </message>
    <message>
        <source>Recovery sheet saved as %1: print it, then write the passphrase on it by hand.</source>
        <translation>Fiche de récupération enregistrée sous %1&#xa0;: imprimez-la, puis inscrivez-y la phrase de passe à la main.</translation>
    </message>
    <message>
        <source>A page needs to be corrected: go back with « Back ».</source>
        <translation>Une page doit être corrigée&#xa0;: revenez-y avec «&#xa0;Précédent&#xa0;».</translation>
    </message>
</context>
<context>
    <name>ccas::HouseholdEditor</name>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Take the CAF &amp;composition</source>
        <translation>Reprendre la &amp;composition CAF</translation>
    </message>
    <message>
        <source>Replace the persons below by the allocataires and children of the CAF/MSA answer</source>
        <translation>Remplacer les personnes ci-dessous par les allocataires et les enfants de la réponse de la CAF/MSA</translation>
    </message>
    <message>
        <source>Take the household composition from the CAF answer</source>
        <translation>Reprendre la composition du ménage de la réponse de la CAF</translation>
    </message>
    <message>
        <source>Monthly resources</source>
        <translation>Ressources mensuelles</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation>Charges mensuelles</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>INSEE (COG) code, 5 characters: 78358</source>
        <translation>Code INSEE (COG), 5 caractères&#xa0;: 78358</translation>
    </message>
    <message>
        <source>Commune of &amp;residence:</source>
        <translation>Commune de &amp;résidence&#xa0;:</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— non précisée —</translation>
    </message>
    <message>
        <source>&amp;Nature of the request:</source>
        <translation>&amp;Nature de la demande&#xa0;:</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Requested a&amp;mount:</source>
        <translation>&amp;Montant demandé&#xa0;:</translation>
    </message>
    <message>
        <source>Paper proofs (when an API gave nothing)</source>
        <translation>Justificatifs papier (quand une API n&apos;a rien fourni)</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>Family quotient: paying body</source>
        <translation>Quotient familial&#xa0;: organisme payeur</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>Family quotient: month of the attestation</source>
        <translation>Quotient familial&#xa0;: mois de l&apos;attestation</translation>
    </message>
    <message>
        <source>Family quotient: year of the attestation</source>
        <translation>Quotient familial&#xa0;: année de l&apos;attestation</translation>
    </message>
    <message>
        <source>CAF/MSA &amp;quotient:</source>
        <translation>&amp;Quotient CAF/MSA&#xa0;:</translation>
    </message>
    <message>
        <source>whole euros</source>
        <translation>euros entiers</translation>
    </message>
    <message>
        <source>Reference tax &amp;income (RFR):</source>
        <translation>Revenu fisca&amp;l de référence (RFR)&#xa0;:</translation>
    </message>
    <message>
        <source>3 or 2,5</source>
        <translation>3 ou 2,5</translation>
    </message>
    <message>
        <source>Tax notice: income year</source>
        <translation>Avis d&apos;impôt&#xa0;: année des revenus</translation>
    </message>
    <message>
        <source>income year:</source>
        <translation>année des revenus&#xa0;:</translation>
    </message>
    <message>
        <source>Num&amp;ber of parts:</source>
        <translation>Nom&amp;bre de parts&#xa0;:</translation>
    </message>
    <message>
        <source>optional, whole euros</source>
        <translation>facultatif, euros entiers</translation>
    </message>
    <message>
        <source>Income &amp;tax:</source>
        <translation>Impô&amp;t sur le revenu&#xa0;:</translation>
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
        <source>%1 from a paper proof</source>
        <translation>%1 d&apos;après un justificatif papier</translation>
    </message>
    <message>
        <source>No household composition from the CAF/MSA: enter the persons below (until then, the applicant alone counts).</source>
        <translation>Aucune composition du ménage transmise par la CAF/MSA&#xa0;: saisissez les personnes ci-dessous (d&apos;ici là, seul le demandeur est pris en compte).</translation>
    </message>
    <message>
        <source>No household composition from the CAF/MSA: the persons below count.</source>
        <translation>Aucune composition du ménage transmise par la CAF/MSA&#xa0;: les personnes ci-dessous sont prises en compte.</translation>
    </message>
    <message numerus="yes">
        <source>None entered: the %n person(s) of the CAF/MSA answer count.</source>
        <translation>
            <numerusform>Aucune personne saisie&#xa0;: la réponse de la CAF/MSA (%n personne) est prise en compte.</numerusform>
            <numerusform>Aucune personne saisie&#xa0;: la réponse de la CAF/MSA (%n personnes) est prise en compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The persons below count (the CAF/MSA answer has %n).</source>
        <translation>
            <numerusform>Les personnes ci-dessous sont prises en compte (la réponse de la CAF/MSA indique %n personne).</numerusform>
            <numerusform>Les personnes ci-dessous sont prises en compte (la réponse de la CAF/MSA indique %n personnes).</numerusform>
        </translation>
    </message>
    <message>
        <source>Family quotient given by the API: %1 € (%2). The attestation is not needed.</source>
        <translation>Quotient familial fourni par l&apos;API&#xa0;: %1&#xa0;€ (%2). L&apos;attestation n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>No family quotient from the API: type the one of the CAF/MSA attestation, with its month.</source>
        <translation>Aucun quotient familial fourni par l&apos;API&#xa0;: saisissez celui de l&apos;attestation de la CAF/MSA, avec son mois.</translation>
    </message>
    <message>
        <source>Tax data given by the API: reference tax income %1 €, %2 part(s) (%3). The tax notice is not needed.</source>
        <translation>Données fiscales fournies par l&apos;API&#xa0;: revenu fiscal de référence %1&#xa0;€, %2 part(s) (%3). L&apos;avis d&apos;impôt n&apos;est pas nécessaire.</translation>
    </message>
    <message>
        <source>No tax data from the API: type the figures of the tax notice.</source>
        <translation>Aucune donnée fiscale fournie par l&apos;API&#xa0;: saisissez les chiffres de l&apos;avis d&apos;impôt.</translation>
    </message>
    <message>
        <source>No status from the APIs: a notification letter can stand in.</source>
        <translation>Aucun statut fourni par les API&#xa0;: un courrier de notification peut en tenir lieu.</translation>
    </message>
    <message>
        <source>Statuses given by the APIs: %1. The others can come from a notification letter.</source>
        <translation>Statuts fournis par les API&#xa0;: %1. Les autres peuvent provenir d&apos;un courrier de notification.</translation>
    </message>
    <message>
        <source>Not a commune code: 5 characters of the INSEE code (COG), like 78358 or 2A004 (not the postcode)</source>
        <translation>Code de commune non valide&#xa0;: les 5 caractères du code INSEE (COG), p. ex. 78358 ou 2A004 (et non le code postal)</translation>
    </message>
    <message>
        <source>Type the quotient of the attestation, or clear its month and year</source>
        <translation>Saisissez le quotient de l&apos;attestation, ou effacez son mois et son année</translation>
    </message>
    <message>
        <source>The family quotient is a whole number of euros, like 649</source>
        <translation>Le quotient familial est un nombre entier d&apos;euros, p. ex. 649</translation>
    </message>
    <message>
        <source>Give the month and year of the attestation: the quotient changes from month to month</source>
        <translation>Indiquez le mois et l&apos;année de l&apos;attestation&#xa0;: le quotient varie d&apos;un mois à l&apos;autre</translation>
    </message>
    <message>
        <source>Type the reference tax income in whole euros, like 18000</source>
        <translation>Saisissez le revenu fiscal de référence en euros entiers, p. ex. 18000</translation>
    </message>
    <message>
        <source>Type the number of parts of the tax notice, like 3 or 2,5</source>
        <translation>Saisissez le nombre de parts indiqué sur l&apos;avis d&apos;impôt, p. ex. 3 ou 2,5</translation>
    </message>
    <message>
        <source>The income tax is a whole number of euros (leave it empty if unknown)</source>
        <translation>L&apos;impôt sur le revenu est un nombre entier d&apos;euros (laissez le champ vide s&apos;il est inconnu)</translation>
    </message>
    <message>
        <source>Give the income year of the tax notice</source>
        <translation>Indiquez l&apos;année des revenus de l&apos;avis d&apos;impôt</translation>
    </message>
</context>
<context>
    <name>ccas::HouseholdScales</name>
    <message>
        <source>birth date of personnes[%1]</source>
        <translation>date de naissance de personnes[%1]</translation>
    </message>
    <message>
        <source>household composition</source>
        <translation>composition du foyer</translation>
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
    <message>
        <source>99100 = France; abroad: a country name or its 99xxx code</source>
        <translation>99100 = France&#xa0;; à l&apos;étranger&#xa0;: nom du pays ou son code 99xxx</translation>
    </message>
    <message>
        <source>born in France: a commune name or its INSEE code, e.g. 13001</source>
        <translation>naissance en France&#xa0;: nom de la commune ou son code INSEE, p. ex. 13001</translation>
    </message>
    <message>
        <source>Communes matching the birth commune</source>
        <translation>Communes correspondant à la commune de naissance</translation>
    </message>
    <message>
        <source>Countries matching the birth country</source>
        <translation>Pays correspondant au pays de naissance</translation>
    </message>
    <message>
        <source>Choose a commune in the list of suggestions, or type its name and département in the fields below.</source>
        <translation>Choisissez une commune dans la liste des suggestions, ou saisissez son nom et son département dans les champs ci-dessous.</translation>
    </message>
    <message>
        <source>This code is not in the official list of communes (COG): check it.</source>
        <translation>Ce code ne figure pas dans la liste officielle des communes (COG)&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>A commune code has 5 characters (e.g. 13001, 2A004).</source>
        <translation>Un code de commune compte 5 caractères (p. ex. 13001, 2A004).</translation>
    </message>
    <message>
        <source>This code is not in the list of countries of the application (COG 99xxx): check it.</source>
        <translation>Ce code ne figure pas dans la liste des pays de l&apos;application (COG 99xxx)&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>Choose a country in the list of suggestions.</source>
        <translation>Choisissez un pays dans la liste des suggestions.</translation>
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
    <name>ccas::JournalQuery</name>
    <message>
        <source>Cannot write “%1”: the disk is full.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be replaced (is it open in another program?).</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;a pas pu être remplacé (est-il ouvert dans un autre programme&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le répertoire n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: write error (is the disk full?).</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: erreur d&apos;écriture (le disque est-il plein&#xa0;?).</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour l&apos;exportation.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: le répertoire n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>ccas::JournalTab</name>
    <message>
        <source>&amp;Whole journal</source>
        <translation>&amp;Tout le journal</translation>
    </message>
    <message>
        <source>Show the whole journal, whatever the date</source>
        <translation>Afficher tout le journal, quelle que soit la date</translation>
    </message>
    <message>
        <source>Journal from</source>
        <translation>Journal à partir du</translation>
    </message>
    <message>
        <source>Journal to (included)</source>
        <translation>Journal jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Dossier id</source>
        <translation>Identifiant du dossier</translation>
    </message>
    <message>
        <source>Dossier id (all when empty)</source>
        <translation>Identifiant du dossier (tous si vide)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filtrer</translation>
    </message>
    <message>
        <source>Show the entries matching the filters</source>
        <translation>Afficher les entrées correspondant aux filtres</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>Tous les agents</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Entrées du journal des accès</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Vérifier l&apos;intégrité</translation>
    </message>
    <message>
        <source>Verify that no journal entry was changed or deleted</source>
        <translation>Vérifier qu&apos;aucune entrée du journal n&apos;a été modifiée ni supprimée</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>Exporter les entrées affichées dans un fichier CSV</translation>
    </message>
    <message>
        <source>The file holds the entries matching the filters; the journal holds no applicant data. The export is itself written in the journal.</source>
        <translation>Le fichier contient les entrées correspondant aux filtres&#xa0;; le journal des accès ne contient aucune donnée sur les demandeurs. L&apos;exportation est elle-même inscrite au journal des accès.</translation>
    </message>
    <message>
        <source>The %1 most recent matching entries are shown.</source>
        <translation>Les %1 entrées les plus récentes correspondant aux filtres sont affichées.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entrée affichée.</numerusform>
            <numerusform>%n entrées affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Vérification du journal des accès…</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entry(ies) checked, none changed or deleted.</source>
        <translation>
            <numerusform>Le journal des accès est intact&#xa0;: %n entrée vérifiée, aucune n&apos;a été modifiée ni supprimée.</numerusform>
            <numerusform>Le journal des accès est intact&#xa0;: %n entrées vérifiées, aucune n&apos;a été modifiée ni supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal was tampered with (entry %1): %2</source>
        <translation>Le journal des accès a été altéré (entrée %1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Exporter le journal des accès</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Exportation du journal des accès…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1.</numerusform>
            <numerusform>%n entrées exportées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::JournalTableModel</name>
    <message>
        <source>API consultation</source>
        <translation>Consultation des API</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Summary printed</source>
        <translation>Synthèse imprimée</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Dossier closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Purge en fin de conservation</translation>
    </message>
    <message>
        <source>Key read from the keychain</source>
        <translation>Clé lue dans le trousseau système</translation>
    </message>
    <message>
        <source>Key opened with the passphrase</source>
        <translation>Clé ouverte avec la phrase de passe</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <source>Old journal entries removed</source>
        <translation>Anciennes entrées du journal supprimées</translation>
    </message>
    <message>
        <source>Dossier created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Figures saved</source>
        <translation>Données enregistrées</translation>
    </message>
    <message>
        <source>Dossiers imported</source>
        <translation>Dossiers importés</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>Code HTTP</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Identifiant de requête</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ccas::JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the document must be a JSON object { … }</source>
        <translation>le document doit être un objet JSON { … }</translation>
    </message>
    <message>
        <source>unknown field (a typo?); fields allowed here: %1</source>
        <translation>champ inconnu (faute de frappe&#xa0;?)&#xa0;; champs permis ici&#xa0;: %1</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>champ manquant</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>le texte ne doit pas être vide</translation>
    </message>
    <message>
        <source>an object { … } is expected</source>
        <translation>objet { … } attendu</translation>
    </message>
    <message>
        <source>a list [ … ] is expected</source>
        <translation>liste [ … ] attendue</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>la liste ne doit pas être vide</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>nombre attendu</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>the number must be between %1 and %2</source>
        <translation>le nombre doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>a number is expected (decimal point: 10.5)</source>
        <translation>nombre attendu (avec un point décimal&#xa0;: 10.5)</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>nombre hors limites</translation>
    </message>
    <message>
        <source>a number of quarters is expected (3, 2.5, 2.25, 2.75…)</source>
        <translation>nombre de quarts attendu (3, 2.5, 2.25, 2.75…)</translation>
    </message>
    <message>
        <source>at most %1 decimals are allowed</source>
        <translation>au plus %1 décimales permises</translation>
    </message>
    <message>
        <source>invalid amount %1 (expected euros with at most 2 decimals)</source>
        <translation>montant invalide %1 (attendu en euros, avec au plus 2 décimales)</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is expected</source>
        <translation>date AAAA-MM-JJ attendue</translation>
    </message>
    <message>
        <source>invalid date %1 (expected YYYY-MM-DD)</source>
        <translation>date invalide %1 (attendu AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>a text is expected; possible values: %1</source>
        <translation>texte attendu&#xa0;; valeurs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>; possible values: %1</source>
        <translation>&#xa0;; valeurs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 figure deux fois dans la liste</translation>
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
    <name>ccas::LockScreen</name>
    <message>
        <source>Guichet CCAS — locked</source>
        <translation>Guichet CCAS — verrouillé</translation>
    </message>
    <message>
        <source>Locked window</source>
        <translation>Fenêtre verrouillée</translation>
    </message>
    <message>
        <source>Guichet CCAS is locked</source>
        <translation>Guichet CCAS est verrouillé</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Phrase de passe de secours</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>&amp;Phrase de passe de secours&#xa0;:</translation>
    </message>
    <message>
        <source>Why the window is still locked</source>
        <translation>Pourquoi la fenêtre reste verrouillée</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Vérification de la phrase de passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock the windows</source>
        <translation>Déverrouiller les fenêtres</translation>
    </message>
    <message>
        <source>The windows are hidden while you are away. Type the recovery passphrase of the profile to show them again as they were.</source>
        <translation>Les fenêtres sont masquées pendant votre absence. Saisissez la phrase de passe de secours du profil pour les afficher de nouveau telles que vous les avez laissées.</translation>
    </message>
    <message>
        <source>Demonstration: the windows are hidden as they would be at a real desk. A real profile asks for its recovery passphrase here; in the demonstration the button unlocks.</source>
        <translation>Démonstration&#xa0;: les fenêtres sont masquées comme elles le seraient à un vrai guichet. Un profil réel demande ici sa phrase de passe de secours&#xa0;; en démonstration, le bouton suffit à déverrouiller.</translation>
    </message>
    <message>
        <source>The windows are hidden while you are away. No profile is open yet, so there is no passphrase to check: the button unlocks.</source>
        <translation>Les fenêtres sont masquées pendant votre absence. Aucun profil n&apos;est encore ouvert&#xa0;: il n&apos;y a donc aucune phrase de passe à vérifier, le bouton suffit à déverrouiller.</translation>
    </message>
    <message>
        <source>Type the recovery passphrase of the profile.</source>
        <translation>Saisissez la phrase de passe de secours du profil.</translation>
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
    <message>
        <source>Identity and sources</source>
        <translation>Identité et sources</translation>
    </message>
    <message>
        <source>The person, the consultation of the APIs and what they gave (Ctrl+1)</source>
        <translation>La personne, la consultation des API et leurs réponses (Ctrl+1)</translation>
    </message>
    <message>
        <source>Household, eligibility and decision</source>
        <translation>Ménage, éligibilité et décision</translation>
    </message>
    <message>
        <source>Resources and charges, the aids of the règlement, the decision and the summary (Ctrl+2)</source>
        <translation>Ressources et charges, aides du règlement, décision et synthèse (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Règlement of the aids…</source>
        <translation>&amp;Règlement des aides…</translation>
    </message>
    <message>
        <source>Choose the JSON file of the CCAS&apos;s règlement the eligibility is computed with</source>
        <translation>Choisir le fichier JSON du règlement du CCAS utilisé pour calculer l&apos;éligibilité</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Données non enregistrées</translation>
    </message>
    <message>
        <source>The household and budget figures typed in dossier %1 are not saved.</source>
        <translation>Les données du ménage et du budget saisies dans le dossier %1 ne sont pas enregistrées.</translation>
    </message>
    <message>
        <source>Save them in the dossier, drop them, or stay on the dossier?</source>
        <translation>Voulez-vous les enregistrer dans le dossier, les abandonner ou rester sur le dossier&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choisir le règlement des aides</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No règlement in use any more.</source>
        <translation>Plus aucun règlement n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>The règlement could not be used: its errors are listed with the eligibility.</source>
        <translation>Le règlement n&apos;a pas pu être utilisé&#xa0;: ses erreurs sont affichées avec l&apos;éligibilité.</translation>
    </message>
    <message>
        <source>Règlement in use: %1, version %2</source>
        <translation>Règlement utilisé&#xa0;: %1, version %2</translation>
    </message>
    <message>
        <source>It could not be kept in the settings: choose it again at the next start.</source>
        <translation>Il n&apos;a pas pu être enregistré dans les paramètres&#xa0;: choisissez-le de nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <source>(for this session only)</source>
        <translation>(pour cette session uniquement)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Hide the windows until the recovery passphrase is typed</source>
        <translation>Masquer les fenêtres jusqu&apos;à la saisie de la phrase de passe de secours</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Journal, retention and statistics…</source>
        <translation>&amp;Journal, conservation et statistiques…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Look up the sources of the person in the form</source>
        <translation>Consulter les sources de la personne saisie</translation>
    </message>
    <message>
        <source>Cancel the running consultation</source>
        <translation>Annuler la consultation en cours</translation>
    </message>
    <message>
        <source>From the search box to the list</source>
        <translation>De la zone de recherche à la liste</translation>
    </message>
    <message>
        <source>Identity and sources tab</source>
        <translation>Onglet Identité et sources</translation>
    </message>
    <message>
        <source>Household, eligibility and decision tab</source>
        <translation>Onglet Ménage, éligibilité et décision</translation>
    </message>
    <message>
        <source>Show the dossiers of this aid</source>
        <translation>Afficher les dossiers de cette aide</translation>
    </message>
    <message>
        <source>All aids</source>
        <translation>Toutes les aides</translation>
    </message>
    <message numerus="yes">
        <source>more than %n dossier(s)</source>
        <translation>
            <numerusform>plus de %n dossier</numerusform>
            <numerusform>plus de %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The aid the new dossier is opened for; the decision can grant another one</source>
        <translation>L&apos;aide pour laquelle le nouveau dossier est ouvert ; la décision peut en accorder une autre</translation>
    </message>
    <message>
        <source>A&amp;id requested:</source>
        <translation>A&amp;ide demandée :</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>à déterminer</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E&amp;xport for the archives (SEDA)…</source>
        <translation>E&amp;xporter pour les archives (SEDA)…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed dossier(s) exported for the archives before the purge: %1</source>
        <translation>
            <numerusform>%n dossier clos exporté pour les archives avant la purge&#xa0;: %1</numerusform>
            <numerusform>%n dossiers clos exportés pour les archives avant la purge&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export before the purge</source>
        <translation>Exporter avant la purge</translation>
    </message>
</context>
<context>
    <name>ccas::MenageJson</name>
    <message>
        <source>unknown source %1</source>
        <translation>source inconnue %1</translation>
    </message>
    <message>
        <source>invalid date and time %1 (expected 2026-11-27T10:15:00Z)</source>
        <translation>date et heure invalides %1 (attendu 2026-11-27T10:15:00Z)</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <source>exactly one person must have the role « demandeur » (found %1)</source>
        <translation>exactement une personne doit avoir le rôle «&#xa0;demandeur&#xa0;» (nombre trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>at most one person may have the role « conjoint » (found %1)</source>
        <translation>au plus une personne peut avoir le rôle «&#xa0;conjoint&#xa0;» (nombre trouvé&#xa0;: %1)</translation>
    </message>
    <message>
        <source>unknown provider %1</source>
        <translation>fournisseur inconnu %1</translation>
    </message>
    <message>
        <source>unknown benefit; possible values: %1</source>
        <translation>prestation inconnue&#xa0;; valeurs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown nature %1</source>
        <translation>nature inconnue %1</translation>
    </message>
    <message>
        <source>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</source>
        <translation>code commune invalide %1 (code COG à 5 caractères attendu, par exemple 78358)</translation>
    </message>
    <message>
        <source>unknown resource type %1</source>
        <translation>type de ressource inconnu %1</translation>
    </message>
    <message>
        <source>unknown charge type %1</source>
        <translation>type de charge inconnu %1</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>champ manquant</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Salaires</translation>
    </message>
    <message>
        <source>Family benefits</source>
        <translation>Prestations familiales</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>AAH</source>
        <translation>AAH</translation>
    </message>
    <message>
        <source>Pension</source>
        <translation>Pension</translation>
    </message>
    <message>
        <source>Unemployment benefit</source>
        <translation>Allocations chômage</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>Autre ressource</translation>
    </message>
    <message>
        <source>Residual rent</source>
        <translation>Loyer résiduel</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Assurance</translation>
    </message>
    <message>
        <source>Complementary health insurance</source>
        <translation>Mutuelle (complémentaire santé)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Telephone and internet</source>
        <translation>Téléphone et internet</translation>
    </message>
    <message>
        <source>Loan repayments</source>
        <translation>Remboursements de crédit</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>Autre charge</translation>
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
    <name>ccas::NoticePrinter</name>
    <message>
        <source>Print the &amp;information notice…</source>
        <translation>Imprimer la notice d&apos;&amp;information…</translation>
    </message>
    <message>
        <source>The notice telling applicants which data the CCAS obtains from other administrations (API Particulier terms of use)</source>
        <translation>Notice indiquant aux demandeurs quelles données le CCAS obtient auprès d&apos;autres administrations (CGU d&apos;API Particulier)</translation>
    </message>
    <message>
        <source>Save the information notice as P&amp;DF…</source>
        <translation>Enregistrer la notice d&apos;information en P&amp;DF…</translation>
    </message>
    <message>
        <source>Information notice — preview</source>
        <translation>Notice d&apos;information — aperçu</translation>
    </message>
    <message>
        <source>Information notice sent to the printer.</source>
        <translation>Notice d&apos;information envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save the information notice</source>
        <translation>Enregistrer la notice d&apos;information</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Information notice saved as %1</source>
        <translation>Notice d&apos;information enregistrée sous %1</translation>
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
    <name>ccas::PersonsEditor</name>
    <message>
        <source>Add a &amp;person</source>
        <translation>Ajouter une &amp;personne</translation>
    </message>
    <message>
        <source>Add a person to the household</source>
        <translation>Ajouter une personne au ménage</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>jj/mm/aaaa</translation>
    </message>
    <message>
        <source>alternating residence</source>
        <translation>résidence alternée</translation>
    </message>
    <message>
        <source>Person %1: role in the household</source>
        <translation>Personne %1&#xa0;: rôle dans le ménage</translation>
    </message>
    <message>
        <source>Person %1: birth date</source>
        <translation>Personne %1&#xa0;: date de naissance</translation>
    </message>
    <message>
        <source>Person %1: child in alternating residence</source>
        <translation>Personne %1&#xa0;: enfant en résidence alternée</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Retirer la personne %1</translation>
    </message>
    <message>
        <source>No person entered.</source>
        <translation>Aucune personne saisie.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the household.</source>
        <translation>
            <numerusform>%n personne dans le ménage.</numerusform>
            <numerusform>%n personnes dans le ménage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a date: write it like 14/03/1984 (or leave it empty if unknown)</source>
        <translation>Date non valide&#xa0;: saisissez-la sous la forme 14/03/1984 (ou laissez le champ vide si elle est inconnue)</translation>
    </message>
    <message>
        <source>This birth date is in the future</source>
        <translation>Cette date de naissance est dans le futur</translation>
    </message>
    <message>
        <source>This birth date is too old</source>
        <translation>Cette date de naissance est trop ancienne</translation>
    </message>
    <message>
        <source>The household has one applicant only</source>
        <translation>Le ménage ne compte qu&apos;un seul demandeur</translation>
    </message>
    <message>
        <source>The household has one spouse only</source>
        <translation>Le ménage ne compte qu&apos;un seul conjoint</translation>
    </message>
</context>
<context>
    <name>ccas::PrintedDocument</name>
    <message>
        <source>SIRET %1</source>
        <translation>SIRET %1</translation>
    </message>
    <message>
        <source>The page has no printable area.</source>
        <translation>La page n&apos;a aucune zone imprimable.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>Aucun nom de fichier n&apos;a été indiqué pour le PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: it is a folder.</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: c&apos;est un répertoire.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the folder does not exist.</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: le répertoire n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the folder is not writable.</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: le répertoire n&apos;est pas accessible en écriture.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: %2</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the disk is full.</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the file could not be replaced (is it open in another program?).</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: le fichier n&apos;a pas pu être remplacé (est-il ouvert dans un autre programme&#xa0;?).</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: write error (is the disk full?).</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: erreur d&apos;écriture (le disque est-il plein&#xa0;?).</translation>
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
    <message>
        <source>This profile has no recovery passphrase that can be checked now.</source>
        <translation>Ce profil n&apos;a pas de phrase de passe de secours vérifiable pour le moment.</translation>
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
    <name>ccas::RecoverySheet</name>
    <message>
        <source>Guichet CCAS — recovery sheet</source>
        <translation>Guichet CCAS — fiche de récupération</translation>
    </message>
    <message>
        <source>This sheet keeps the recovery passphrase of the profile described below. Fill it in by hand; the passphrase is never printed.</source>
        <translation>Cette fiche conserve la phrase de passe de secours du profil décrit ci-dessous. Remplissez-la à la main&#xa0;; la phrase de passe n&apos;est jamais imprimée.</translation>
    </message>
    <message>
        <source>CCAS:</source>
        <translation>CCAS&#xa0;:</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET&#xa0;:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Répertoire du profil&#xa0;:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Créé par&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery passphrase (write it by hand, legibly)</source>
        <translation>Phrase de passe de secours (à inscrire à la main, lisiblement)</translation>
    </message>
    <message>
        <source>Copy it exactly: upper and lower case, spaces and accents count.</source>
        <translation>Recopiez-la à l&apos;identique&#xa0;: les majuscules et les minuscules, les espaces et les accents comptent.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Où conserver cette fiche</translation>
    </message>
    <message>
        <source>In a locked place (safe, locked cabinet) of the CCAS, away from this computer, under the responsibility of the director or of the administrator.</source>
        <translation>Dans un lieu fermé à clé du CCAS (coffre-fort, armoire fermée à clé), loin de cet ordinateur, sous la responsabilité de la direction ou de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>A second copy may be kept in another locked place (for example the town hall&apos;s safe).</source>
        <translation>Un second exemplaire peut être conservé dans un autre lieu fermé à clé (par exemple le coffre-fort de la mairie).</translation>
    </message>
    <message>
        <source>Never in the computer, in an e-mail, in a photograph or next to the keyboard: whoever has this passphrase and the profile folder can read every dossier.</source>
        <translation>Jamais dans l&apos;ordinateur, dans un courriel, sur une photographie ou à côté du clavier&#xa0;: quiconque détient cette phrase de passe et le répertoire du profil peut lire tous les dossiers.</translation>
    </message>
    <message>
        <source>When the profile is deleted, destroy the sheet (shredder).</source>
        <translation>Lorsque le profil est supprimé, détruisez la fiche (destructeur de documents).</translation>
    </message>
    <message>
        <source>How recovery works</source>
        <translation>Fonctionnement de la récupération</translation>
    </message>
    <message>
        <source>The dossiers are encrypted. Their master key is kept in the system keychain of this computer, and a copy of it is protected by the recovery passphrase.</source>
        <translation>Les dossiers sont chiffrés. Leur clé maîtresse est conservée dans le trousseau système de cet ordinateur, et une copie de cette clé est protégée par la phrase de passe de secours.</translation>
    </message>
    <message>
        <source>If the keychain entry is lost (new computer, new Windows account, reinstalled system, profile folder copied elsewhere), Guichet CCAS asks for the recovery passphrase when it starts: type it as written on this sheet, and the key is restored in the keychain.</source>
        <translation>Si l&apos;entrée du trousseau est perdue (nouvel ordinateur, nouveau compte Windows, système réinstallé, répertoire du profil copié ailleurs), Guichet CCAS demande la phrase de passe de secours au démarrage&#xa0;: saisissez-la telle qu&apos;elle figure sur cette fiche, et la clé est rétablie dans le trousseau.</translation>
    </message>
    <message>
        <source>If both the passphrase and the keychain entry are lost, nobody can open the dossiers again, not even the authors of the software.</source>
        <translation>Si la phrase de passe et l&apos;entrée du trousseau sont toutes deux perdues, personne ne pourra plus ouvrir les dossiers, pas même les auteurs du logiciel.</translation>
    </message>
    <message>
        <source>No page to print the recovery sheet on.</source>
        <translation>Aucune page sur laquelle imprimer la fiche de récupération.</translation>
    </message>
    <message>
        <source>The recovery sheet needs the graphical application (fonts).</source>
        <translation>La fiche de récupération nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>La page n&apos;a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>Une nouvelle page n&apos;a pas pu être commencée.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>La page n&apos;a pas pu être terminée.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the recovery sheet needs the graphical application (fonts).</source>
        <translation>Impossible d&apos;écrire le PDF «&#xa0;%1&#xa0;»&#xa0;: la fiche de récupération nécessite l&apos;application graphique (polices).</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Fiche de récupération</translation>
    </message>
</context>
<context>
    <name>ccas::Reglement</name>
    <message>
        <source>this is not a règlement: the value must be %1</source>
        <translation>ce n&apos;est pas un règlement&#xa0;: la valeur doit être %1</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this application reads version %2)</source>
        <translation>la version de format %1 n&apos;est pas prise en charge (cette application lit la version %2)</translation>
    </message>
    <message>
        <source>the règlement cannot apply before it is adopted (%1)</source>
        <translation>le règlement ne peut pas s&apos;appliquer avant son adoption (%1)</translation>
    </message>
    <message>
        <source>the aid code %1 is already used by aides[%2]</source>
        <translation>le code d&apos;aide %1 est déjà utilisé par aides[%2]</translation>
    </message>
    <message>
        <source>no aid has the code %1</source>
        <translation>aucune aide n&apos;a le code %1</translation>
    </message>
    <message>
        <source>aides[%1] › </source>
        <translation>aides[%1] › </translation>
    </message>
    <message>
        <source>aid %1 (aides[%2]) › </source>
        <translation>aide %1 (aides[%2]) › </translation>
    </message>
    <message>
        <source>unknown resource type %1</source>
        <translation>type de ressource inconnu %1</translation>
    </message>
    <message>
        <source>unknown charge type %1</source>
        <translation>type de charge inconnu %1</translation>
    </message>
    <message>
        <source>; possible values: %1</source>
        <translation>&#xa0;; valeurs possibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>a computation name is made of lower-case letters, digits and _</source>
        <translation>un nom de calcul se compose de lettres minuscules, de chiffres et de _</translation>
    </message>
    <message>
        <source>unknown computation type %1</source>
        <translation>type de calcul inconnu %1</translation>
    </message>
    <message>
        <source>expected « aucune » or an object { &quot;types&quot;: …, &quot;exclure&quot;: …, &quot;plafonds&quot;: … }</source>
        <translation>attendu&#xa0;: «&#xa0;aucune&#xa0;» ou un objet { &quot;types&quot;: …, &quot;exclure&quot;: …, &quot;plafonds&quot;: … }</translation>
    </message>
    <message>
        <source>unknown period %1</source>
        <translation>période inconnue %1</translation>
    </message>
    <message>
        <source>unknown rounding mode %1</source>
        <translation>mode d&apos;arrondi inconnu %1</translation>
    </message>
    <message>
        <source>unknown rounding unit %1</source>
        <translation>unité d&apos;arrondi inconnue %1</translation>
    </message>
    <message>
        <source>unknown divisor %1</source>
        <translation>diviseur inconnu %1</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>rôle inconnu %1</translation>
    </message>
    <message>
        <source>the last rule of a scale must apply to everyone (no « role », no age) so that every person counts</source>
        <translation>la dernière règle d&apos;un barème propre doit valoir pour tous (ni «&#xa0;role&#xa0;» ni âge), pour que chaque personne compte</translation>
    </message>
    <message>
        <source>unknown scale %1</source>
        <translation>échelle inconnue %1</translation>
    </message>
    <message>
        <source>no computation is defined in « calculs »</source>
        <translation>aucun calcul n&apos;est défini dans «&#xa0;calculs&#xa0;»</translation>
    </message>
    <message>
        <source>unknown computation %1</source>
        <translation>calcul inconnu %1</translation>
    </message>
    <message>
        <source>unknown operator %1; possible values: « &lt; », « &lt;= », « &gt; », « &gt;= », « = »</source>
        <translation>opérateur inconnu %1&#xa0;; valeurs possibles&#xa0;: «&#xa0;&lt;&#xa0;», «&#xa0;&lt;=&#xa0;», «&#xa0;&gt;&#xa0;», «&#xa0;&gt;=&#xa0;», «&#xa0;=&#xa0;»</translation>
    </message>
    <message>
        <source>conditions are nested too deeply</source>
        <translation>les conditions sont imbriquées trop profondément</translation>
    </message>
    <message>
        <source>a condition has exactly one of %1</source>
        <translation>une condition a exactement une des formes %1</translation>
    </message>
    <message>
        <source>unknown criterion %1</source>
        <translation>critère inconnu %1</translation>
    </message>
    <message>
        <source>unknown benefit %1</source>
        <translation>prestation inconnue %1</translation>
    </message>
    <message>
        <source>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</source>
        <translation>code commune invalide %1 (code COG à 5 caractères attendu, par exemple 78358)</translation>
    </message>
    <message>
        <source>unknown person %1</source>
        <translation>personne inconnue %1</translation>
    </message>
    <message>
        <source>unknown nature %1</source>
        <translation>nature inconnue %1</translation>
    </message>
    <message>
        <source>amount tables are nested too deeply</source>
        <translation>les barèmes de montant sont imbriqués trop profondément</translation>
    </message>
    <message>
        <source>a ceiling cannot be a percentage of the amount requested</source>
        <translation>un plafond ne peut pas être un pourcentage du montant demandé</translation>
    </message>
    <message>
        <source>unknown amount type %1</source>
        <translation>type de montant inconnu %1</translation>
    </message>
    <message>
        <source>the nature %1 is already in cas[%2]</source>
        <translation>la nature %1 figure déjà dans cas[%2]</translation>
    </message>
    <message>
        <source>unknown variable %1</source>
        <translation>variable inconnue %1</translation>
    </message>
    <message>
        <source>missing field (only the last band may have no upper bound)</source>
        <translation>champ manquant (seule la dernière tranche peut n&apos;avoir pas de borne)</translation>
    </message>
    <message>
        <source>« inclus » goes with « jusqu_a »</source>
        <translation>«&#xa0;inclus&#xa0;» ne s&apos;emploie qu&apos;avec «&#xa0;jusqu_a&#xa0;»</translation>
    </message>
    <message>
        <source>bands must be increasing: this bound is not above the bound of tranches[%1]</source>
        <translation>les tranches doivent croître&#xa0;: cette borne n&apos;est pas supérieure à celle de tranches[%1]</translation>
    </message>
    <message>
        <source>cannot read the règlement %1: %2</source>
        <translation>impossible de lire le règlement %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the règlement %1 is too large (more than 4 MB)</source>
        <translation>le règlement %1 est trop volumineux (plus de 4&#xa0;Mo)</translation>
    </message>
</context>
<context>
    <name>ccas::RetentionTab</name>
    <message>
        <source>not decided</source>
        <translation>sans décision</translation>
    </message>
    <message>
        <source>no aid</source>
        <translation>aide non renseignée</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À purger maintenant</translation>
    </message>
    <message>
        <source>Dossiers due for purging</source>
        <translation>Dossiers à purger</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Inactive dossiers (warning)</source>
        <translation>Dossiers inactifs (avertissement)</translation>
    </message>
    <message>
        <source>Dossiers inactive for a long time</source>
        <translation>Dossiers inactifs depuis longtemps</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Months inactive</source>
        <translation>Mois d&apos;inactivité</translation>
    </message>
    <message>
        <source>Purges done</source>
        <translation>Purges effectuées</translation>
    </message>
    <message>
        <source>History of purges</source>
        <translation>Historique des purges</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Per aid and outcome</source>
        <translation>Par aide et par décision</translation>
    </message>
    <message>
        <source>Elimination visa</source>
        <translation>Visa d&apos;élimination</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Compute the retention report again</source>
        <translation>Recalculer l&apos;état des durées de conservation</translation>
    </message>
    <message>
        <source>&amp;Purge now…</source>
        <translation>&amp;Purger maintenant…</translation>
    </message>
    <message>
        <source>Purge the dossiers due now</source>
        <translation>Purger maintenant les dossiers arrivés en fin de conservation</translation>
    </message>
    <message>
        <source>Retention is running…</source>
        <translation>Vérification des durées de conservation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged.</source>
        <translation>
            <numerusform>%n dossier purgé.</numerusform>
            <numerusform>%n dossiers purgés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed dossiers are purged %1 month(s) after closing; dossiers left open, after %2 month(s) without activity; a warning lists them from %3 month(s) on.</source>
        <translation>Les dossiers clos sont purgés %1&#xa0;mois après leur clôture&#xa0;; les dossiers restés ouverts, après %2&#xa0;mois sans activité&#xa0;; un avertissement les signale à partir de %3&#xa0;mois.</translation>
    </message>
    <message numerus="yes">
        <source>closed more than %n month(s) ago</source>
        <translation>
            <numerusform>clos depuis plus de %n mois</numerusform>
            <numerusform>clos depuis plus de %n mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no activity for more than %n month(s)</source>
        <translation>
            <numerusform>sans activité depuis plus de %n mois</numerusform>
            <numerusform>sans activité depuis plus de %n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation>Aucun dossier n&apos;est à purger pour le moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) would be purged now.</source>
        <translation>
            <numerusform>%n dossier serait purgé maintenant.</numerusform>
            <numerusform>%n dossiers seraient purgés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open dossier has been inactive for %n month(s) or more.</source>
        <translation>
            <numerusform>Aucun dossier ouvert n&apos;est inactif depuis %n mois ou plus.</numerusform>
            <numerusform>Aucun dossier ouvert n&apos;est inactif depuis %n mois ou plus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) inactive for %1 month(s) or more: they will be purged at %2 month(s) without activity.</source>
        <translation>
            <numerusform>%n dossier ouvert est inactif depuis %1&#xa0;mois ou plus&#xa0;: il sera purgé au bout de %2&#xa0;mois sans activité.</numerusform>
            <numerusform>%n dossiers ouverts sont inactifs depuis %1&#xa0;mois ou plus&#xa0;: ils seront purgés au bout de %2&#xa0;mois sans activité.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n dossier(s) now? Their data and keys are destroyed for good; only a count per aid and outcome is kept.</source>
        <translation>
            <numerusform>Purger maintenant %n dossier&#xa0;? Ses données et ses clés seront détruites définitivement&#xa0;; seul un décompte par aide et par décision est conservé.</numerusform>
            <numerusform>Purger maintenant %n dossiers&#xa0;? Leurs données et leurs clés seront détruites définitivement&#xa0;; seul un décompte par aide et par décision est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purge en cours…</translation>
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
    <name>ccas::SedaManifest</name>
    <message>
        <source>the message identifier</source>
        <translation>l&apos;identifiant du message</translation>
    </message>
    <message>
        <source>the archives service&apos;s identifier</source>
        <translation>l&apos;identifiant du service d&apos;archives</translation>
    </message>
    <message>
        <source>the transferring service&apos;s identifier</source>
        <translation>l&apos;identifiant du service versant</translation>
    </message>
    <message>
        <source>the CCAS&apos;s SIRET (originating agency)</source>
        <translation>le SIRET du CCAS (service producteur)</translation>
    </message>
    <message>
        <source>the appraisal and access rule codes</source>
        <translation>les codes des règles de sort final et de communicabilité</translation>
    </message>
</context>
<context>
    <name>ccas::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Everything can be done with the keyboard: Tab and Shift+Tab go from field to field, Alt with the underlined letter reaches a field or a button, and:</source>
        <translation>Tout peut se faire au clavier&#xa0;: Tab et Maj+Tab passent d&apos;un champ à l&apos;autre, Alt avec la lettre soulignée atteint un champ ou un bouton, et&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
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
    <name>ccas::StatisticsTab</name>
    <message>
        <source>Statistics from</source>
        <translation>Statistiques à partir du</translation>
    </message>
    <message>
        <source>Statistics to (included)</source>
        <translation>Statistiques jusqu&apos;au (inclus)</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;Toutes les dates</translation>
    </message>
    <message>
        <source>Count every dossier, whatever its date</source>
        <translation>Compter tous les dossiers, quelle que soit leur date</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>Act&amp;ualiser</translation>
    </message>
    <message>
        <source>Compute the statistics again</source>
        <translation>Recalculer les statistiques</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>Dossiers per aid and outcome</source>
        <translation>Dossiers par aide et par décision</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Montant accordé</translation>
    </message>
    <message>
        <source>A dossier counts on the date of its decision, or of its creation while it is not decided. Purged dossiers are no longer counted (see the purges in Retention).</source>
        <translation>Un dossier est compté à la date de sa décision ou, tant qu&apos;il n&apos;est pas décidé, à sa date de création. Les dossiers purgés ne sont plus comptés (voir les purges dans l&apos;onglet Conservation).</translation>
    </message>
    <message>
        <source>no aid</source>
        <translation>aide non renseignée</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>pas encore de décision</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s), %1 granted in all.</source>
        <translation>
            <numerusform>%n dossier, montant total accordé&#xa0;: %1.</numerusform>
            <numerusform>%n dossiers, montant total accordé&#xa0;: %1.</numerusform>
        </translation>
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
    <name>ccas::ZipWriter</name>
    <message>
        <source>unknown zip error</source>
        <translation>erreur zip inconnue</translation>
    </message>
    <message>
        <source>the zip file is not open for writing</source>
        <translation>le fichier zip n&apos;est pas ouvert en écriture</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>the zip file is not open</source>
        <translation>le fichier zip n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>write error (is the disk full?)</source>
        <translation>erreur d&apos;écriture (le disque est-il plein&#xa0;?)</translation>
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
