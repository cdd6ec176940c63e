<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <translation>Administration sections</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>Who consulted or changed which dossier, and when (Ctrl+1)</source>
        <translation>Who consulted or changed which dossier, and when (Ctrl+1)</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Retention</translation>
    </message>
    <message>
        <source>What is due for purging, inactive dossiers, purges done (Ctrl+2)</source>
        <translation>What is due for purging, inactive dossiers, purges done (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <source>Dossiers and amounts per aid and outcome (Ctrl+3)</source>
        <translation>Dossiers and amounts per aid and outcome (Ctrl+3)</translation>
    </message>
    <message>
        <source>Open the profile to see the journal, retention and statistics.</source>
        <translation>Open the profile to see the journal, retention and statistics.</translation>
    </message>
</context>
<context>
    <name>ccas::Aead</name>
    <message>
        <source>This information cannot be read (damaged data or wrong key).</source>
        <translation>This information cannot be read (damaged data or wrong key).</translation>
    </message>
</context>
<context>
    <name>ccas::ApiError</name>
    <message>
        <source>The identity is incomplete or invalid: correct the fields shown. No request was sent.</source>
        <translation>The identity is incomplete or invalid: correct the fields shown. No request was sent.</translation>
    </message>
    <message>
        <source>API Particulier refused the request parameters (code %1). Check the identity: the person may not be identifiable with these details.</source>
        <translation>API Particulier refused the request parameters (code %1). Check the identity: the person may not be identifiable with these details.</translation>
    </message>
    <message>
        <source>No API Particulier token is configured. Enter it in the settings (or set GUICHET_API_PARTICULIER_TOKEN for the command line).</source>
        <translation>No API Particulier token is configured. Enter it in the settings (or set GUICHET_API_PARTICULIER_TOKEN for the command line).</translation>
    </message>
    <message>
        <source>API Particulier refused the token (missing, invalid, expired or revoked). Ask the administrator to renew it on particulier.api.gouv.fr.</source>
        <translation>API Particulier refused the token (missing, invalid, expired or revoked). Ask the administrator to renew it on particulier.api.gouv.fr.</translation>
    </message>
    <message>
        <source>The CCAS token does not give access to this data (habilitation). The other sources are not affected; ask the administrator to extend the habilitation if it is needed.</source>
        <translation>The CCAS token does not give access to this data (habilitation). The other sources are not affected; ask the administrator to extend the habilitation if it is needed.</translation>
    </message>
    <message>
        <source>No file was found for this person at the provider. Check the identity (birth name, first names, birth date and place) or ask for a paper proof.</source>
        <translation>No file was found for this person at the provider. Check the identity (birth name, first names, birth date and place) or ask for a paper proof.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to API Particulier: calls are paused for %n second(s) to avoid a ban. Try again afterwards.</source>
        <translation>
            <numerusform>Too many requests were sent to API Particulier: calls are paused for %n second to avoid a ban. Try again afterwards.</numerusform>
            <numerusform>Too many requests were sent to API Particulier: calls are paused for %n seconds to avoid a ban. Try again afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>API Particulier did not answer in time. Try again in a moment, or use a paper proof.</source>
        <translation>API Particulier did not answer in time. Try again in a moment, or use a paper proof.</translation>
    </message>
    <message>
        <source>An identical request is still being processed by API Particulier. Try again in a moment.</source>
        <translation>An identical request is still being processed by API Particulier. Try again in a moment.</translation>
    </message>
    <message>
        <source>API Particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use a paper proof.</source>
        <translation>API Particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use a paper proof.</translation>
    </message>
    <message>
        <source>The data provider is unavailable right now (HTTP %1). Try again later or use a paper proof.</source>
        <translation>The data provider is unavailable right now (HTTP %1). Try again later or use a paper proof.</translation>
    </message>
    <message>
        <source>API Particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</source>
        <translation>API Particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</translation>
    </message>
    <message>
        <source>Unexpected error while querying API Particulier (HTTP %1). Report it to your IT support.</source>
        <translation>Unexpected error while querying API Particulier (HTTP %1). Report it to your IT support.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
</context>
<context>
    <name>ccas::ApiParticulierClient</name>
    <message>
        <source>A month needs its year.</source>
        <translation>A month needs its year.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>The month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>The period cannot be in the future.</source>
        <translation>The period cannot be in the future.</translation>
    </message>
    <message>
        <source>The CAF keeps the family quotient for 24 months only.</source>
        <translation>The CAF keeps the family quotient for 24 months only.</translation>
    </message>
    <message>
        <source>The CCAS SIRET (recipient) is not configured: API Particulier requires it.</source>
        <translation>The CCAS SIRET (recipient) is not configured: API Particulier requires it.</translation>
    </message>
</context>
<context>
    <name>ccas::ApplicantNotice</name>
    <message>
        <source>Information notice: the data we obtain from other administrations</source>
        <translation>Information notice: the data we obtain from other administrations</translation>
    </message>
    <message>
        <source>the CCAS</source>
        <translation>the CCAS</translation>
    </message>
    <message>
        <source>Contact: %1, at its reception desk, or its data protection officer (DPO).</source>
        <translation>Contact: %1, at its reception desk, or its data protection officer (DPO).</translation>
    </message>
    <message>
        <source>Contact: %1, %2, or its data protection officer (DPO) at the same address.</source>
        <translation>Contact: %1, %2, or its data protection officer (DPO) at the same address.</translation>
    </message>
    <message>
        <source>Information notice for applicants · %1</source>
        <translation>Information notice for applicants · %1</translation>
    </message>
    <message>
        <source>No page to print the notice on.</source>
        <translation>No page to print the notice on.</translation>
    </message>
    <message>
        <source>The notice needs the graphical application (fonts).</source>
        <translation>The notice needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>The page could not be drawn.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>The page could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the notice needs the graphical application (fonts).</source>
        <translation>Cannot write the PDF “%1”: the notice needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>Information notice for applicants</source>
        <translation>Information notice for applicants</translation>
    </message>
    <message>
        <source>CAF or MSA (family allowance funds), through API Particulier</source>
        <translation>CAF or MSA (family allowance funds), through API Particulier</translation>
    </message>
    <message>
        <source>Family quotient (quotient familial) of the month and the composition of the household known to them (adults, children, address).</source>
        <translation>Family quotient (quotient familial) of the month and the composition of the household known to them (adults, children, address).</translation>
    </message>
    <message>
        <source>CNAM (Assurance Maladie), through API Particulier</source>
        <translation>CNAM (Assurance Maladie), through API Particulier</translation>
    </message>
    <message>
        <source>Whether you receive the C2S (complementary health cover), with or without a contribution.</source>
        <translation>Whether you receive the C2S (complementary health cover), with or without a contribution.</translation>
    </message>
    <message>
        <source>CNAF or MSA, through API Particulier</source>
        <translation>CNAF or MSA, through API Particulier</translation>
    </message>
    <message>
        <source>Whether you receive the RSA, the AAH (disabled adult allowance), the ASF (family support allowance) or the prime d&apos;activité, and since when.</source>
        <translation>Whether you receive the RSA, the AAH (disabled adult allowance), the ASF (family support allowance) or the prime d&apos;activité, and since when.</translation>
    </message>
    <message>
        <source>DGFiP (tax administration), through API Impôt particulier</source>
        <translation>DGFiP (tax administration), through API Impôt particulier</translation>
    </message>
    <message>
        <source>Reference tax income (revenu fiscal de référence), number of tax shares (parts), income tax amount and the make-up of the tax household.</source>
        <translation>Reference tax income (revenu fiscal de référence), number of tax shares (parts), income tax amount and the make-up of the tax household.</translation>
    </message>
    <message>
        <source>What is obtained, and from which administration</source>
        <translation>What is obtained, and from which administration</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Only the data needed for the aid you request is obtained, when you come to the CCAS, with your identity or your tax number. Nothing else is read from these administrations.</source>
        <translation>Only the data needed for the aid you request is obtained, when you come to the CCAS, with your identity or your tax number. Nothing else is read from these administrations.</translation>
    </message>
    <message>
        <source>To examine your request for aid, the CCAS obtains some information about you directly from the administrations that hold it, instead of asking you for paper proofs (“Dites-le-nous une fois”). This notice tells you which, why, and what your rights are.</source>
        <translation>To examine your request for aid, the CCAS obtains some information about you directly from the administrations that hold it, instead of asking you for paper proofs (“Dites-le-nous une fois”). This notice tells you which, why, and what your rights are.</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Only to examine your request for a facultative aid of the CCAS: to compare your resources and your household with the CCAS&apos;s règlement and to decide. Only the CCAS&apos;s authorised agents see the data; it is neither sold nor passed on to anyone else, and is not used for any other purpose.</source>
        <translation>Only to examine your request for a facultative aid of the CCAS: to compare your resources and your household with the CCAS&apos;s règlement and to decide. Only the CCAS&apos;s authorised agents see the data; it is neither sold nor passed on to anyone else, and is not used for any other purpose.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Articles L114-8 and L114-9 of the Code des relations entre le public et l&apos;administration (exchange of information between administrations), articles L123-5 and R123-2 of the Code de l&apos;action sociale et des familles, and the deliberation of the CCAS&apos;s board listing the data needed for its aids. The exchange follows the terms of use (CGU) of API Particulier.</source>
        <translation>Articles L114-8 and L114-9 of the Code des relations entre le public et l&apos;administration (exchange of information between administrations), articles L123-5 and R123-2 of the Code de l&apos;action sociale et des familles, and the deliberation of the CCAS&apos;s board listing the data needed for its aids. The exchange follows the terms of use (CGU) of API Particulier.</translation>
    </message>
    <message>
        <source>You may refuse</source>
        <translation>You may refuse</translation>
    </message>
    <message>
        <source>You are informed of this exchange; your consent is not asked. You may nevertheless prefer to bring the documents yourself (CAF certificate, tax notice, certificate of entitlement): tell the agent, nothing will then be obtained from the administrations and your request will be examined in the same way.</source>
        <translation>You are informed of this exchange; your consent is not asked. You may nevertheless prefer to bring the documents yourself (CAF certificate, tax notice, certificate of entitlement): tell the agent, nothing will then be obtained from the administrations and your request will be examined in the same way.</translation>
    </message>
    <message numerus="yes">
        <source>Your dossier is kept %n month(s) after it is closed (or after the last contact when it stays open), then erased or handed to the archives as the Code du patrimoine requires.</source>
        <translation>
            <numerusform>Your dossier is kept %n month after it is closed (or after the last contact when it stays open), then erased or handed to the archives as the Code du patrimoine requires.</numerusform>
            <numerusform>Your dossier is kept %n months after it is closed (or after the last contact when it stays open), then erased or handed to the archives as the Code du patrimoine requires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept %n month(s).</source>
        <translation>
            <numerusform>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept %n month.</numerusform>
            <numerusform>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept as long as the CCAS decides.</source>
        <translation>The record of the agents&apos; consultations (who consulted which dossier, when; not the data itself) is kept as long as the CCAS decides.</translation>
    </message>
    <message>
        <source>How long</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Your rights</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <source>Under the GDPR and the loi Informatique et Libertés, you may access the data concerning you, have it corrected, and ask for its use to be limited. You may also lodge a complaint with the CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</source>
        <translation>Under the GDPR and the loi Informatique et Libertés, you may access the data concerning you, have it corrected, and ask for its use to be limited. You may also lodge a complaint with the CNIL (3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07, www.cnil.fr).</translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveBeforePurge</name>
    <message>
        <source>The closed dossiers due for purge were kept: the archive folder (setting %1) %2.</source>
        <translation>The closed dossiers due for purge were kept: the archive folder (setting %1) %2.</translation>
    </message>
    <message>
        <source>is not set</source>
        <translation>is not set</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>The closed dossiers due for purge were kept: %1</source>
        <translation>The closed dossiers due for purge were kept: %1</translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveExportDialog</name>
    <message>
        <source>Export for the archives (SEDA)</source>
        <translation>Export for the archives (SEDA)</translation>
    </message>
    <message>
        <source>Closed dossiers to transfer</source>
        <translation>Closed dossiers to transfer</translation>
    </message>
    <message>
        <source>&amp;Selected dossier</source>
        <translation>&amp;Selected dossier</translation>
    </message>
    <message>
        <source>Selected dossier</source>
        <translation>Selected dossier</translation>
    </message>
    <message>
        <source>&amp;All closed dossiers</source>
        <translation>&amp;All closed dossiers</translation>
    </message>
    <message>
        <source>All closed dossiers</source>
        <translation>All closed dossiers</translation>
    </message>
    <message>
        <source>Dossiers closed &amp;before</source>
        <translation>Dossiers closed &amp;before</translation>
    </message>
    <message>
        <source>Dossiers closed before the date</source>
        <translation>Dossiers closed before the date</translation>
    </message>
    <message>
        <source>Closed before this date</source>
        <translation>Closed before this date</translation>
    </message>
    <message>
        <source>By default, the dossiers the retention period will purge next</source>
        <translation>By default, the dossiers the retention period will purge next</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Package</translation>
    </message>
    <message>
        <source>File of the package (.zip)</source>
        <translation>File of the package (.zip)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the file of the package</source>
        <translation>Choose the file of the package</translation>
    </message>
    <message>
        <source>&amp;Replace the existing file</source>
        <translation>&amp;Replace the existing file</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <source>Recipient (archive settings)</source>
        <translation>Recipient (archive settings)</translation>
    </message>
    <message>
        <source>Archives service identifier</source>
        <translation>Archives service identifier</translation>
    </message>
    <message>
        <source>Transfer agreement</source>
        <translation>Transfer agreement</translation>
    </message>
    <message>
        <source>Transferring service</source>
        <translation>Transferring service</translation>
    </message>
    <message>
        <source>Archives service:</source>
        <translation>Archives service:</translation>
    </message>
    <message>
        <source>Transfer agreement:</source>
        <translation>Transfer agreement:</translation>
    </message>
    <message>
        <source>Transferring service:</source>
        <translation>Transferring service:</translation>
    </message>
    <message>
        <source>What prevents the transfer</source>
        <translation>What prevents the transfer</translation>
    </message>
    <message>
        <source>Archive se&amp;ttings…</source>
        <translation>Archive se&amp;ttings…</translation>
    </message>
    <message>
        <source>Archive settings</source>
        <translation>Archive settings</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Export progress</translation>
    </message>
    <message>
        <source>%v / %m dossiers</source>
        <translation>%v / %m dossiers</translation>
    </message>
    <message>
        <source>Result of the export</source>
        <translation>Result of the export</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Open the folder of the package</source>
        <translation>Open the folder of the package</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export the package</source>
        <translation>Export the package</translation>
    </message>
    <message>
        <source>&amp;Cancel the export</source>
        <translation>&amp;Cancel the export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancel the export</translation>
    </message>
    <message>
        <source>Clos&amp;e</source>
        <translation>Clos&amp;e</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Selected dossier (%1)</source>
        <translation>&amp;Selected dossier (%1)</translation>
    </message>
    <message>
        <source>&amp;Selected dossier (select a closed dossier in the list)</source>
        <translation>&amp;Selected dossier (select a closed dossier in the list)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>The package cannot be made until the archive settings are completed:</source>
        <translation>The package cannot be made until the archive settings are completed:</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Zip archives (*.zip)</translation>
    </message>
    <message>
        <source>The profile is not open: the dossiers cannot be read.</source>
        <translation>The profile is not open: the dossiers cannot be read.</translation>
    </message>
    <message>
        <source>Choose the file of the package.</source>
        <translation>Choose the file of the package.</translation>
    </message>
    <message>
        <source>The file %1 already exists: tick « Replace the existing file » or choose another name.</source>
        <translation>The file %1 already exists: tick « Replace the existing file » or choose another name.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <source>Canceling…</source>
        <translation>Canceling…</translation>
    </message>
    <message>
        <source>Export canceled: no package was written.</source>
        <translation>Export canceled: no package was written.</translation>
    </message>
    <message>
        <source>The export stopped before its end: no package was written.</source>
        <translation>The export stopped before its end: no package was written.</translation>
    </message>
    <message numerus="yes">
        <source>Package written: %1
%n dossier(s), message identifier %2.</source>
        <translation>
            <numerusform>Package written: %1
%n dossier, message identifier %2.</numerusform>
            <numerusform>Package written: %1
%n dossiers, message identifier %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::ArchiveExporter</name>
    <message>
        <source>No dossier closed before %1.</source>
        <translation>No dossier closed before %1.</translation>
    </message>
    <message>
        <source>No closed dossier to export.</source>
        <translation>No closed dossier to export.</translation>
    </message>
    <message>
        <source>No dossier was chosen.</source>
        <translation>No dossier was chosen.</translation>
    </message>
    <message numerus="yes">
        <source>Unknown dossier: %1.</source>
        <translation>
            <numerusform>Unknown dossier: %1.</numerusform>
            <numerusform>Unknown dossiers: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only closed dossiers can be archived; not closed: %1.</source>
        <translation>
            <numerusform>Only closed dossiers can be archived; not closed: %1.</numerusform>
            <numerusform>Only closed dossiers can be archived; not closed: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>to be determined</translation>
    </message>
    <message>
        <source>Facultative aid “%1”: dossier %2</source>
        <translation>Facultative aid “%1”: dossier %2</translation>
    </message>
    <message>
        <source>Request of %1, %2, closed on %3.</source>
        <translation>Request of %1, %2, closed on %3.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drawn into the sample of granted files (1 in %1): kept at the end of the retention period.</source>
        <translation>Drawn into the sample of granted files (1 in %1): kept at the end of the retention period.</translation>
    </message>
    <message>
        <source>Eligibility summary (made at export)</source>
        <translation>Eligibility summary (made at export)</translation>
    </message>
    <message>
        <source>Eligibility summary at closing</source>
        <translation>Eligibility summary at closing</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Data obtained from the administrations, with their origin</source>
        <translation>Data obtained from the administrations, with their origin</translation>
    </message>
    <message>
        <source>No file name was given for the package.</source>
        <translation>No file name was given for the package.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: it is a folder.</source>
        <translation>Cannot write the package “%1”: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: the folder does not exist.</source>
        <translation>Cannot write the package “%1”: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write the package “%1”: %2</source>
        <translation>Cannot write the package “%1”: %2</translation>
    </message>
    <message>
        <source>Export canceled: no package was written.</source>
        <translation>Export canceled: no package was written.</translation>
    </message>
    <message numerus="yes">
        <source>Transfer of %n closed facultative-aid file(s) from %1.</source>
        <translation>
            <numerusform>Transfer of %n closed facultative-aid file from %1.</numerusform>
            <numerusform>Transfer of %n closed facultative-aid files from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>the summary of dossier %1 could not be made: %2</source>
        <translation>the summary of dossier %1 could not be made: %2</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>missing: %1</translation>
    </message>
    <message>
        <source>No règlement is configured: the summaries show no eligibility results.</source>
        <translation>No règlement is configured: the summaries show no eligibility results.</translation>
    </message>
    <message>
        <source>The règlement %1 is not valid: the summaries show no eligibility results.</source>
        <translation>The règlement %1 is not valid: the summaries show no eligibility results.</translation>
    </message>
</context>
<context>
    <name>ccas::ArchivePolicy</name>
    <message>
        <source>The archives service&apos;s identifier is not set (setting %1).</source>
        <translation>The archives service&apos;s identifier is not set (setting %1).</translation>
    </message>
    <message>
        <source>The CCAS&apos;s SIRET is not set (setting %1).</source>
        <translation>The CCAS&apos;s SIRET is not set (setting %1).</translation>
    </message>
    <message>
        <source>An appraisal rule code is empty (setting %1).</source>
        <translation>An appraisal rule code is empty (setting %1).</translation>
    </message>
    <message>
        <source>The final action “%1” is neither Keep nor Destroy (setting %2).</source>
        <translation>The final action “%1” is neither Keep nor Destroy (setting %2).</translation>
    </message>
    <message>
        <source>The access rule code is empty (setting %1).</source>
        <translation>The access rule code is empty (setting %1).</translation>
    </message>
</context>
<context>
    <name>ccas::BudgetEditor</name>
    <message>
        <source>Per month, for the whole household.</source>
        <translation>Per month, for the whole household.</translation>
    </message>
    <message>
        <source>Per month, what the household actually pays.</source>
        <translation>Per month, what the household actually pays.</translation>
    </message>
    <message>
        <source>Add a reso&amp;urce</source>
        <translation>Add a reso&amp;urce</translation>
    </message>
    <message>
        <source>Add a char&amp;ge</source>
        <translation>Add a char&amp;ge</translation>
    </message>
    <message>
        <source>Add a monthly resource</source>
        <translation>Add a monthly resource</translation>
    </message>
    <message>
        <source>Add a monthly charge</source>
        <translation>Add a monthly charge</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>declared</source>
        <translation>declared</translation>
    </message>
    <message>
        <source>paper proof</source>
        <translation>paper proof</translation>
    </message>
    <message>
        <source>Resource %1: kind</source>
        <translation>Resource %1: kind</translation>
    </message>
    <message>
        <source>Charge %1: kind</source>
        <translation>Charge %1: kind</translation>
    </message>
    <message>
        <source>Resource %1: monthly amount in euros</source>
        <translation>Resource %1: monthly amount in euros</translation>
    </message>
    <message>
        <source>Charge %1: monthly amount in euros</source>
        <translation>Charge %1: monthly amount in euros</translation>
    </message>
    <message>
        <source>Resource %1: declared or from a paper proof</source>
        <translation>Resource %1: declared or from a paper proof</translation>
    </message>
    <message>
        <source>Charge %1: declared or from a paper proof</source>
        <translation>Charge %1: declared or from a paper proof</translation>
    </message>
    <message>
        <source>Remove resource %1</source>
        <translation>Remove resource %1</translation>
    </message>
    <message>
        <source>Remove charge %1</source>
        <translation>Remove charge %1</translation>
    </message>
    <message>
        <source>Enter the monthly amount, or remove the line</source>
        <translation>Enter the monthly amount, or remove the line</translation>
    </message>
    <message>
        <source>Total resources: %1 per month</source>
        <translation>Total resources: %1 per month</translation>
    </message>
    <message>
        <source>Total charges: %1 per month</source>
        <translation>Total charges: %1 per month</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) not counted until corrected)</source>
        <translation>
            <numerusform>(%n line not counted until corrected)</numerusform>
            <numerusform>(%n lines not counted until corrected)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::CliApp</name>
    <message>
        <source>Option --%1 takes no value.</source>
        <translation>Option --%1 takes no value.</translation>
    </message>
    <message>
        <source>Option --%1 needs a value.</source>
        <translation>Option --%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown option: %1</source>
        <translation>Unknown option: %1</translation>
    </message>
    <message>
        <source>Option --%1 is given more than once.</source>
        <translation>Option --%1 is given more than once.</translation>
    </message>
    <message>
        <source>--lang takes fr or en.</source>
        <translation>--lang takes fr or en.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number.</source>
        <translation>--%1 takes a whole number.</translation>
    </message>
    <message>
        <source>status needs the benefit: c2s, rsa, aah, asf or prime-activite.</source>
        <translation>status needs the benefit: c2s, rsa, aah, asf or prime-activite.</translation>
    </message>
    <message>
        <source>Unknown benefit: use c2s, rsa, aah, asf or prime-activite.</source>
        <translation>Unknown benefit: use c2s, rsa, aah, asf or prime-activite.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unknown command: %1</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unexpected argument: %1</translation>
    </message>
    <message>
        <source>The NIR contradicts %1: correct one or the other.</source>
        <translation>The NIR contradicts %1: correct one or the other.</translation>
    </message>
    <message>
        <source>--annee and --mois apply to the family quotient only.</source>
        <translation>--annee and --mois apply to the family quotient only.</translation>
    </message>
    <message>
        <source>--annee and --mois go together.</source>
        <translation>--annee and --mois go together.</translation>
    </message>
    <message>
        <source>No request was sent.</source>
        <translation>No request was sent.</translation>
    </message>
    <message>
        <source>No API Particulier token: set GUICHET_API_PARTICULIER_TOKEN or save the token from the window&apos;s settings.</source>
        <translation>No API Particulier token: set GUICHET_API_PARTICULIER_TOKEN or save the token from the window&apos;s settings.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number between 0 and %2.</source>
        <translation>--%1 takes a whole number between 0 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>Demo API Particulier (fictitious staging data, %n case(s)) listening on %1. Stop with Ctrl+C.</source>
        <translation>
            <numerusform>Demo API Particulier (fictitious staging data, %n case) listening on %1. Stop with Ctrl+C.</numerusform>
            <numerusform>Demo API Particulier (fictitious staging data, %n cases) listening on %1. Stop with Ctrl+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>--base-url must be an https:// URL.</source>
        <translation>--base-url must be an https:// URL.</translation>
    </message>
    <message>
        <source>--base-url must use https (plain http is accepted for the local demo only).</source>
        <translation>--base-url must use https (plain http is accepted for the local demo only).</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file %1.</source>
        <translation>Cannot read the passphrase file %1.</translation>
    </message>
    <message>
        <source>init needs --ccas-nom.</source>
        <translation>init needs --ccas-nom.</translation>
    </message>
    <message>
        <source>init needs the administrator&apos;s recovery passphrase: --passphrase-file FILE or GUICHET_PASSPHRASE_FILE.</source>
        <translation>init needs the administrator&apos;s recovery passphrase: --passphrase-file FILE or GUICHET_PASSPHRASE_FILE.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>A profile already exists in %1.</translation>
    </message>
    <message>
        <source>Profile created in %1.</source>
        <translation>Profile created in %1.</translation>
    </message>
    <message>
        <source>The master key is in the system keychain.</source>
        <translation>The master key is in the system keychain.</translation>
    </message>
    <message>
        <source>No profile in %1: create it with guichet-ccas-cli init.</source>
        <translation>No profile in %1: create it with guichet-ccas-cli init.</translation>
    </message>
    <message>
        <source>Opened with the recovery passphrase.</source>
        <translation>Opened with the recovery passphrase.</translation>
    </message>
    <message>
        <source>The master key was saved again in the system keychain.</source>
        <translation>The master key was saved again in the system keychain.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n dossier(s) purged.</source>
        <translation>
            <numerusform>Retention: %n dossier purged.</numerusform>
            <numerusform>Retention: %n dossiers purged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier created: %1</source>
        <translation>Dossier created: %1</translation>
    </message>
    <message>
        <source>--statut takes brouillon, en-instruction, decide or clos.</source>
        <translation>--statut takes brouillon, en-instruction, decide or clos.</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
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
        <translation>dossier %1 needs the dossier id.</translation>
    </message>
    <message>
        <source>Dossier %1 — %2</source>
        <translation>Dossier %1 — %2</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>--decision takes accorde, refuse or sans-suite.</source>
        <translation>--decision takes accorde, refuse or sans-suite.</translation>
    </message>
    <message>
        <source>--montant takes an amount in euros, e.g. 150 or 150,50.</source>
        <translation>--montant takes an amount in euros, e.g. 150 or 150,50.</translation>
    </message>
    <message>
        <source>--montant applies to a granted aid only.</source>
        <translation>--montant applies to a granted aid only.</translation>
    </message>
    <message>
        <source>Decision recorded.</source>
        <translation>Decision recorded.</translation>
    </message>
    <message>
        <source>Dossier closed: it will be purged after the retention period.</source>
        <translation>Dossier closed: it will be purged after the retention period.</translation>
    </message>
    <message>
        <source>Unknown dossier command: %1</source>
        <translation>Unknown dossier command: %1</translation>
    </message>
    <message>
        <source>The dossier is closed: nothing more can be fetched into it.</source>
        <translation>The dossier is closed: nothing more can be fetched into it.</translation>
    </message>
    <message numerus="yes">
        <source>Would be purged: %n dossier(s).</source>
        <translation>
            <numerusform>Would be purged: %n dossier.</numerusform>
            <numerusform>Would be purged: %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Purged: %n dossier(s).</source>
        <translation>
            <numerusform>Purged: %n dossier.</numerusform>
            <numerusform>Purged: %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Inactive for 12 months or more: %n dossier(s).</source>
        <translation>
            <numerusform>Inactive for 12 months or more: %n dossier.</numerusform>
            <numerusform>Inactive for 12 months or more: %n dossiers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal: %n old entry(ies) removed.</source>
        <translation>
            <numerusform>Journal: %n old entry removed.</numerusform>
            <numerusform>Journal: %n old entries removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Journal intact: %n entry(ies) checked.</source>
        <translation>
            <numerusform>Journal intact: %n entry checked.</numerusform>
            <numerusform>Journal intact: %n entries checked.</numerusform>
        </translation>
    </message>
    <message>
        <source>journal takes verify or list.</source>
        <translation>journal takes verify or list.</translation>
    </message>
    <message>
        <source>The profile will open with the recovery passphrase, which is enough: keep it safe. No usable system keychain: %1</source>
        <translation>The profile will open with the recovery passphrase, which is enough: keep it safe. No usable system keychain: %1</translation>
    </message>
    <message>
        <source>Journal altered: %1</source>
        <translation>Journal altered: %1</translation>
    </message>
    <message>
        <source>The API Impôt particulier addresses must be https:// URLs.</source>
        <translation>The API Impôt particulier addresses must be https:// URLs.</translation>
    </message>
    <message>
        <source>API Impôt particulier is not configured: give --impot-base-url and --impot-token-url (or ApiImpot/BaseUrl and ApiImpot/TokenUrl in the settings), as received with the habilitation.</source>
        <translation>API Impôt particulier is not configured: give --impot-base-url and --impot-token-url (or ApiImpot/BaseUrl and ApiImpot/TokenUrl in the settings), as received with the habilitation.</translation>
    </message>
    <message>
        <source>No API Impôt particulier credentials: set GUICHET_IMPOT_CLIENT_ID and GUICHET_IMPOT_CLIENT_SECRET.</source>
        <translation>No API Impôt particulier credentials: set GUICHET_IMPOT_CLIENT_ID and GUICHET_IMPOT_CLIENT_SECRET.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (version %3), on %4</source>
        <translation>%1 — %2 (version %3), on %4</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source: %1</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Proofs to ask for: %1</source>
        <translation>Proofs to ask for: %1</translation>
    </message>
    <message>
        <source>summary needs --dossier ID.</source>
        <translation>summary needs --dossier ID.</translation>
    </message>
    <message>
        <source>summary needs --pdf FILE: the PDF to write.</source>
        <translation>summary needs --pdf FILE: the PDF to write.</translation>
    </message>
    <message>
        <source>evaluate needs either --dossier ID or --menage FILE.</source>
        <translation>evaluate needs either --dossier ID or --menage FILE.</translation>
    </message>
    <message>
        <source>--pdf and --pseudonymise belong to the summary command.</source>
        <translation>--pdf and --pseudonymise belong to the summary command.</translation>
    </message>
    <message>
        <source>No règlement: give --reglement FILE, or set %1 in the settings (%2).</source>
        <translation>No règlement: give --reglement FILE, or set %1 in the settings (%2).</translation>
    </message>
    <message>
        <source>evaluate needs --reglement FILE.</source>
        <translation>evaluate needs --reglement FILE.</translation>
    </message>
    <message>
        <source>The règlement %1 is not valid:</source>
        <translation>The règlement %1 is not valid:</translation>
    </message>
    <message>
        <source>The règlement has no aid %1 (its aids: %2).</source>
        <translation>The règlement has no aid %1 (its aids: %2).</translation>
    </message>
    <message>
        <source>Cannot read the household file %1.</source>
        <translation>Cannot read the household file %1.</translation>
    </message>
    <message>
        <source>The household file %1 is not valid:</source>
        <translation>The household file %1 is not valid:</translation>
    </message>
    <message>
        <source>Eligibility summary written: %1</source>
        <translation>Eligibility summary written: %1</translation>
    </message>
    <message>
        <source>--%1 %2: expected TYPE=AMOUNT with TYPE among %3.</source>
        <translation>--%1 %2: expected TYPE=AMOUNT with TYPE among %3.</translation>
    </message>
    <message>
        <source>--%1 %2: the amount is in euros, e.g. 550 or 550,50.</source>
        <translation>--%1 %2: the amount is in euros, e.g. 550 or 550,50.</translation>
    </message>
    <message>
        <source>The dossier is closed: its budget can no longer change.</source>
        <translation>The dossier is closed: its budget can no longer change.</translation>
    </message>
    <message>
        <source>Budget recorded: %1 resource line(s), %2 charge line(s).</source>
        <translation>Budget recorded: %1 resource line(s), %2 charge line(s).</translation>
    </message>
    <message>
        <source>dossier menage needs --fichier FILE.json.</source>
        <translation>dossier menage needs --fichier FILE.json.</translation>
    </message>
    <message>
        <source>The household file %1 is not a JSON object (%2).</source>
        <translation>The household file %1 is not a JSON object (%2).</translation>
    </message>
    <message>
        <source>Not stored with the dossier: %1 (resources and charges: dossier budget; received aids: the dossier history; the reference date: the day of the evaluation).</source>
        <translation>Not stored with the dossier: %1 (resources and charges: dossier budget; received aids: the dossier history; the reference date: the day of the evaluation).</translation>
    </message>
    <message>
        <source>The dossier is closed: its household can no longer change.</source>
        <translation>The dossier is closed: its household can no longer change.</translation>
    </message>
    <message>
        <source>Household recorded.</source>
        <translation>Household recorded.</translation>
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
        <translation>Usage:
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
</translation>
    </message>
    <message>
        <source>archive takes one subcommand: export.</source>
        <translation>archive takes one subcommand: export.</translation>
    </message>
    <message>
        <source>archive export needs either --dossier ID (repeatable) or --all-closed.</source>
        <translation>archive export needs either --dossier ID (repeatable) or --all-closed.</translation>
    </message>
    <message>
        <source>--closed-before goes with --all-closed.</source>
        <translation>--closed-before goes with --all-closed.</translation>
    </message>
    <message>
        <source>--closed-before takes a date YYYY-MM-DD.</source>
        <translation>--closed-before takes a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>archive export needs --out FILE.zip.</source>
        <translation>archive export needs --out FILE.zip.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name or add --replace.</source>
        <translation>%1 already exists: choose another name or add --replace.</translation>
    </message>
    <message>
        <source>Warning: no règlement configured; the summaries will show no eligibility results.</source>
        <translation>Warning: no règlement configured; the summaries will show no eligibility results.</translation>
    </message>
    <message>
        <source>Exported: %1/%2</source>
        <translation>Exported: %1/%2</translation>
    </message>
    <message>
        <source>The export stopped before its end.</source>
        <translation>The export stopped before its end.</translation>
    </message>
    <message numerus="yes">
        <source>SEDA package written: %1 (%n dossier(s), message %2).</source>
        <translation>
            <numerusform>SEDA package written: %1 (%n dossier, message %2).</numerusform>
            <numerusform>SEDA package written: %1 (%n dossiers, message %2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Archived before the purge: %1</source>
        <translation>Archived before the purge: %1</translation>
    </message>
    <message numerus="yes">
        <source>Kept until archived: %n closed dossier(s).</source>
        <translation>
            <numerusform>Kept until archived: %n closed dossier.</numerusform>
            <numerusform>Kept until archived: %n closed dossiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: no summary is kept with the closed dossier (no valid règlement in the setting %1); an archive export will make one then.</source>
        <translation>Warning: no summary is kept with the closed dossier (no valid règlement in the setting %1); an archive export will make one then.</translation>
    </message>
</context>
<context>
    <name>ccas::CogPlace</name>
    <message>
        <source>municipal arrondissement of %1</source>
        <translation>municipal arrondissement of %1</translation>
    </message>
    <message>
        <source>delegated commune of %1</source>
        <translation>delegated commune of %1</translation>
    </message>
    <message>
        <source>delegated commune of %1 (since %2)</source>
        <translation>delegated commune of %1 (since %2)</translation>
    </message>
    <message>
        <source>associated commune of %1</source>
        <translation>associated commune of %1</translation>
    </message>
    <message>
        <source>former name of %1</source>
        <translation>former name of %1</translation>
    </message>
    <message>
        <source>former name of %1 (until %2)</source>
        <translation>former name of %1 (until %2)</translation>
    </message>
    <message>
        <source>former commune, merged into %1</source>
        <translation>former commune, merged into %1</translation>
    </message>
    <message>
        <source>former commune, merged in %1 into %2</source>
        <translation>former commune, merged in %1 into %2</translation>
    </message>
    <message>
        <source>former code of %1 (%2)</source>
        <translation>former code of %1 (%2)</translation>
    </message>
    <message>
        <source>former country</source>
        <translation>former country</translation>
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
        <translation>Staging (fictitious data)</translation>
    </message>
    <message>
        <source>CCAS gateway (adds the token itself)</source>
        <translation>CCAS gateway (adds the token itself)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;Gateway URL:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>CCAS &amp;SIRET (recipient):</source>
        <translation>CCAS &amp;SIRET (recipient):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>&amp;Timeout:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved token</source>
        <translation>leave empty to keep the saved token</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>The token is kept in the system keychain only, never in a file.</source>
        <translation>The token is kept in the system keychain only, never in a file.</translation>
    </message>
    <message>
        <source>The gateway URL must be an https:// address.</source>
        <translation>The gateway URL must be an https:// address.</translation>
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
        <translation>&amp;Data URL:</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Token &amp;URL:</translation>
    </message>
    <message>
        <source>ID_Telese&amp;rvice:</source>
        <translation>ID_Telese&amp;rvice:</translation>
    </message>
    <message>
        <source>optional, given by the DGFiP</source>
        <translation>optional, given by the DGFiP</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient ID:</translation>
    </message>
    <message>
        <source>leave empty to keep the saved one</source>
        <translation>leave empty to keep the saved one</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Client se&amp;cret:</translation>
    </message>
    <message>
        <source>Given by the DGFiP with the CCAS&apos;s habilitation. Leave both URLs empty if the CCAS has none. The client ID and secret are kept in the system keychain only.</source>
        <translation>Given by the DGFiP with the CCAS&apos;s habilitation. Leave both URLs empty if the CCAS has none. The client ID and secret are kept in the system keychain only.</translation>
    </message>
    <message>
        <source>API Impôt particulier needs both its data URL and its token URL (or neither).</source>
        <translation>API Impôt particulier needs both its data URL and its token URL (or neither).</translation>
    </message>
    <message>
        <source>The data URL of API Impôt particulier must be an https:// address.</source>
        <translation>The data URL of API Impôt particulier must be an https:// address.</translation>
    </message>
    <message>
        <source>The token URL of API Impôt particulier must be an https:// address.</source>
        <translation>The token URL of API Impôt particulier must be an https:// address.</translation>
    </message>
    <message>
        <source>CCAS: printed summaries and règlement</source>
        <translation>CCAS: printed summaries and règlement</translation>
    </message>
    <message>
        <source>CCAS &amp;name:</source>
        <translation>CCAS &amp;name:</translation>
    </message>
    <message>
        <source>as printed on the summaries</source>
        <translation>as printed on the summaries</translation>
    </message>
    <message>
        <source>one line per line of the address</source>
        <translation>one line per line of the address</translation>
    </message>
    <message>
        <source>CCAS postal address</source>
        <translation>CCAS postal address</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Choose the file: %1</source>
        <translation>Choose the file: %1</translation>
    </message>
    <message>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <source>optional, PNG or JPEG</source>
        <translation>optional, PNG or JPEG</translation>
    </message>
    <message>
        <source>Règlement of the a&amp;ids:</source>
        <translation>Règlement of the a&amp;ids:</translation>
    </message>
    <message>
        <source>JSON file written by the CCAS (see docs/reglement.md)</source>
        <translation>JSON file written by the CCAS (see docs/reglement.md)</translation>
    </message>
    <message>
        <source>Choose the CCAS logo</source>
        <translation>Choose the CCAS logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choose the règlement of the aids</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</source>
        <translation>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>The règlement cannot be used:</source>
        <translation>The règlement cannot be used:</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Gateway URL</source>
        <translation>Gateway URL</translation>
    </message>
    <message>
        <source>SIRET of the CCAS</source>
        <translation>SIRET of the CCAS</translation>
    </message>
    <message>
        <source>Timeout of each call, in seconds</source>
        <translation>Timeout of each call, in seconds</translation>
    </message>
    <message>
        <source>API Particulier token</source>
        <translation>API Particulier token</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>This desk</translation>
    </message>
    <message>
        <source>A&amp;gent identifier:</source>
        <translation>A&amp;gent identifier:</translation>
    </message>
    <message>
        <source>empty: the name of the session open on this computer</source>
        <translation>empty: the name of the session open on this computer</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after this many minutes of inactivity (0: never)</source>
        <translation>Lock after this many minutes of inactivity (0: never)</translation>
    </message>
    <message>
        <source>Loc&amp;k after inactivity:</source>
        <translation>Loc&amp;k after inactivity:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Connection &amp;and CCAS</source>
        <translation>Connection &amp;and CCAS</translation>
    </message>
    <message>
        <source>Archi&amp;ves</source>
        <translation>Archi&amp;ves</translation>
    </message>
    <message>
        <source>Archives service (given with the transfer agreement)</source>
        <translation>Archives service (given with the transfer agreement)</translation>
    </message>
    <message>
        <source>Archives &amp;service identifier:</source>
        <translation>Archives &amp;service identifier:</translation>
    </message>
    <message>
        <source>given by the archives service</source>
        <translation>given by the archives service</translation>
    </message>
    <message>
        <source>Transfer a&amp;greement:</source>
        <translation>Transfer a&amp;greement:</translation>
    </message>
    <message>
        <source>the agreement&apos;s identifier (convention de versement)</source>
        <translation>the agreement&apos;s identifier (convention de versement)</translation>
    </message>
    <message>
        <source>&amp;Transferring service identifier:</source>
        <translation>&amp;Transferring service identifier:</translation>
    </message>
    <message>
        <source>empty: the CCAS SIRET</source>
        <translation>empty: the CCAS SIRET</translation>
    </message>
    <message>
        <source>empty: the CCAS SIRET (%1)</source>
        <translation>empty: the CCAS SIRET (%1)</translation>
    </message>
    <message>
        <source>Management rules of the archives service</source>
        <translation>Management rules of the archives service</translation>
    </message>
    <message>
        <source>Appraisal rule code: %1</source>
        <translation>Appraisal rule code: %1</translation>
    </message>
    <message>
        <source>rule code of the archives service</source>
        <translation>rule code of the archives service</translation>
    </message>
    <message>
        <source>Final action: %1</source>
        <translation>Final action: %1</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>&amp;Granted:</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>Sample of the granted files kept: 1 in N (0: no sampling)</source>
        <translation>Sample of the granted files kept: 1 in N (0: no sampling)</translation>
    </message>
    <message>
        <source>1 in </source>
        <translation>1 in </translation>
    </message>
    <message>
        <source>no sampling</source>
        <translation>no sampling</translation>
    </message>
    <message>
        <source>At the end of their retention period, the granted files drawn into the sample are kept whatever the final action</source>
        <translation>At the end of their retention period, the granted files drawn into the sample are kept whatever the final action</translation>
    </message>
    <message>
        <source>Sa&amp;mple of the granted files:</source>
        <translation>Sa&amp;mple of the granted files:</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>&amp;Refused:</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>&amp;Without follow-up:</source>
        <translation>&amp;Without follow-up:</translation>
    </message>
    <message>
        <source>without follow-up</source>
        <translation>without follow-up</translation>
    </message>
    <message>
        <source>A&amp;ccess rule:</source>
        <translation>A&amp;ccess rule:</translation>
    </message>
    <message>
        <source>access rule code (private life: 50 years)</source>
        <translation>access rule code (private life: 50 years)</translation>
    </message>
    <message>
        <source>Before the purge</source>
        <translation>Before the purge</translation>
    </message>
    <message>
        <source>&amp;Export to the archives before the purge</source>
        <translation>&amp;Export to the archives before the purge</translation>
    </message>
    <message>
        <source>Export to the archives before the purge</source>
        <translation>Export to the archives before the purge</translation>
    </message>
    <message>
        <source>Folder of the archive packages</source>
        <translation>Folder of the archive packages</translation>
    </message>
    <message>
        <source>an existing folder, e.g. on the archives service&apos;s share</source>
        <translation>an existing folder, e.g. on the archives service&apos;s share</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Choose the folder of the archive packages</source>
        <translation>Choose the folder of the archive packages</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>The closed dossiers due for purging are first written to one SEDA package in this folder; if it cannot be made, they are kept until the next run.</source>
        <translation>The closed dossiers due for purging are first written to one SEDA package in this folder; if it cannot be made, they are kept until the next run.</translation>
    </message>
    <message>
        <source>Every rule code of the archives is needed (ask the archives service for its codes).</source>
        <translation>Every rule code of the archives is needed (ask the archives service for its codes).</translation>
    </message>
    <message>
        <source>Exporting before the purge needs the folder the packages are written to.</source>
        <translation>Exporting before the purge needs the folder the packages are written to.</translation>
    </message>
    <message>
        <source>The folder of the archive packages does not exist: %1</source>
        <translation>The folder of the archive packages does not exist: %1</translation>
    </message>
</context>
<context>
    <name>ccas::DeskLock</name>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>The passphrase is wrong.</translation>
    </message>
</context>
<context>
    <name>ccas::Dossier</name>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>Under review</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>No follow-up</source>
        <translation>No follow-up</translation>
    </message>
</context>
<context>
    <name>ccas::DossierListModel</name>
    <message>
        <source>(unreadable)</source>
        <translation>(unreadable)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>This dossier could not be decrypted: it may have been altered.</source>
        <translation>This dossier could not be decrypted: it may have been altered.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
</context>
<context>
    <name>ccas::DossierMenage</name>
    <message>
        <source>budget: unknown resource type %1, counted as « autre »</source>
        <translation>budget: unknown resource type %1, counted as « autre »</translation>
    </message>
    <message>
        <source>budget: unknown charge type %1, counted as « autre »</source>
        <translation>budget: unknown charge type %1, counted as « autre »</translation>
    </message>
    <message>
        <source>%1: ignored in a dossier (resources and charges come from its budget, received aids from its history)</source>
        <translation>%1: ignored in a dossier (resources and charges come from its budget, received aids from its history)</translation>
    </message>
</context>
<context>
    <name>ccas::DossierWorkspace</name>
    <message>
        <source>&amp;Save the figures</source>
        <translation>&amp;Save the figures</translation>
    </message>
    <message>
        <source>Keep the household, the request, the resources and the charges in the dossier (Ctrl+S)</source>
        <translation>Keep the household, the request, the resources and the charges in the dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the household and budget in the dossier</source>
        <translation>Save the household and budget in the dossier</translation>
    </message>
    <message>
        <source>Result of the last action on the dossier</source>
        <translation>Result of the last action on the dossier</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Amount granted in euros</source>
        <translation>Amount granted in euros</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Reasons, as they will be notified (required for a refusal)</source>
        <translation>Reasons, as they will be notified (required for a refusal)</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Reasons for the decision</translation>
    </message>
    <message>
        <source>R&amp;easons:</source>
        <translation>R&amp;easons:</translation>
    </message>
    <message>
        <source>Close the dossier…</source>
        <translation>Close the dossier…</translation>
    </message>
    <message>
        <source>Once decided, close the dossier: nothing more can be changed in it</source>
        <translation>Once decided, close the dossier: nothing more can be changed in it</translation>
    </message>
    <message>
        <source>Close the dossier</source>
        <translation>Close the dossier</translation>
    </message>
    <message>
        <source>Record the &amp;decision</source>
        <translation>Record the &amp;decision</translation>
    </message>
    <message>
        <source>Record the decision in the dossier</source>
        <translation>Record the decision in the dossier</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Eligibility summary</translation>
    </message>
    <message>
        <source>Pseudon&amp;ymised version (commission)</source>
        <translation>Pseudon&amp;ymised version (commission)</translation>
    </message>
    <message>
        <source>Initials and figures only: no name, birth date or address</source>
        <translation>Initials and figures only: no name, birth date or address</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>See the summary as it will be printed, then print it (Ctrl+P)</source>
        <translation>See the summary as it will be printed, then print it (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print preview of the eligibility summary</source>
        <translation>Print preview of the eligibility summary</translation>
    </message>
    <message>
        <source>E&amp;xport the summary (PDF)…</source>
        <translation>E&amp;xport the summary (PDF)…</translation>
    </message>
    <message>
        <source>Export the eligibility summary as a PDF file</source>
        <translation>Export the eligibility summary as a PDF file</translation>
    </message>
    <message>
        <source>The règlement « %1 » was not taken (the one in use stays):</source>
        <translation>The règlement « %1 » was not taken (the one in use stays):</translation>
    </message>
    <message>
        <source>%1 — %2, version %3</source>
        <translation>%1 — %2, version %3</translation>
    </message>
    <message>
        <source>(applicable from %1)</source>
        <translation>(applicable from %1)</translation>
    </message>
    <message>
        <source>The aids already granted could not be read (%1): waiting periods and yearly ceilings do not count them.</source>
        <translation>The aids already granted could not be read (%1): waiting periods and yearly ceilings do not count them.</translation>
    </message>
    <message>
        <source>No règlement is configured: the eligibility cannot be computed. Choose the file of the CCAS&apos;s règlement (JSON, see docs/reglement.md) with File › Règlement of the aids…; it is kept in the settings (ReglementPath).</source>
        <translation>No règlement is configured: the eligibility cannot be computed. Choose the file of the CCAS&apos;s règlement (JSON, see docs/reglement.md) with File › Règlement of the aids…; it is kept in the settings (ReglementPath).</translation>
    </message>
    <message>
        <source>The règlement « %1 » cannot be used; correct it or choose another one with File › Règlement of the aids…:</source>
        <translation>The règlement « %1 » cannot be used; correct it or choose another one with File › Règlement of the aids…:</translation>
    </message>
    <message>
        <source>Reading the aids already granted to this person…</source>
        <translation>Reading the aids already granted to this person…</translation>
    </message>
    <message>
        <source>Some fields cannot be read (see the messages beside them): they are not counted.</source>
        <translation>Some fields cannot be read (see the messages beside them): they are not counted.</translation>
    </message>
    <message>
        <source>Computed with figures not saved yet.</source>
        <translation>Computed with figures not saved yet.</translation>
    </message>
    <message>
        <source>This dossier is closed: its figures can no longer be changed.</source>
        <translation>This dossier is closed: its figures can no longer be changed.</translation>
    </message>
    <message>
        <source>Correct the fields shown in red: nothing was saved (what you typed is kept).</source>
        <translation>Correct the fields shown in red: nothing was saved (what you typed is kept).</translation>
    </message>
    <message>
        <source>Saving the figures…</source>
        <translation>Saving the figures…</translation>
    </message>
    <message>
        <source>The figures could not be saved: %1</source>
        <translation>The figures could not be saved: %1</translation>
    </message>
    <message>
        <source>Figures saved in the dossier.</source>
        <translation>Figures saved in the dossier.</translation>
    </message>
    <message>
        <source>Enter the amount granted</source>
        <translation>Enter the amount granted</translation>
    </message>
    <message>
        <source>Correct the fields shown in red: the decision was not recorded.</source>
        <translation>Correct the fields shown in red: the decision was not recorded.</translation>
    </message>
    <message>
        <source>A refusal must give its reasons: they are notified to the applicant</source>
        <translation>A refusal must give its reasons: they are notified to the applicant</translation>
    </message>
    <message>
        <source>Recording the decision…</source>
        <translation>Recording the decision…</translation>
    </message>
    <message>
        <source>The decision could not be recorded: %1</source>
        <translation>The decision could not be recorded: %1</translation>
    </message>
    <message>
        <source>Decision recorded: %1.</source>
        <translation>Decision recorded: %1.</translation>
    </message>
    <message>
        <source>Close dossier %1? Nothing can be changed in a closed dossier; it is kept for the retention period, then purged.</source>
        <translation>Close dossier %1? Nothing can be changed in a closed dossier; it is kept for the retention period, then purged.</translation>
    </message>
    <message>
        <source>Closing the dossier…</source>
        <translation>Closing the dossier…</translation>
    </message>
    <message>
        <source>The dossier could not be closed: %1</source>
        <translation>The dossier could not be closed: %1</translation>
    </message>
    <message>
        <source>Dossier closed.</source>
        <translation>Dossier closed.</translation>
    </message>
    <message>
        <source>No dossier open.</source>
        <translation>No dossier open.</translation>
    </message>
    <message>
        <source>No decision recorded yet.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <source>Decision of %1: %2, %3.</source>
        <translation>Decision of %1: %2, %3.</translation>
    </message>
    <message>
        <source>Decision of %1: %2.</source>
        <translation>Decision of %1: %2.</translation>
    </message>
    <message>
        <source>The dossier is closed.</source>
        <translation>The dossier is closed.</translation>
    </message>
    <message>
        <source>The printing could not be written in the access journal: %1</source>
        <translation>The printing could not be written in the access journal: %1</translation>
    </message>
    <message>
        <source>Eligibility summary (pseudonymised) — preview</source>
        <translation>Eligibility summary (pseudonymised) — preview</translation>
    </message>
    <message>
        <source>Eligibility summary — preview</source>
        <translation>Eligibility summary — preview</translation>
    </message>
    <message>
        <source>Summary sent to the printer.</source>
        <translation>Summary sent to the printer.</translation>
    </message>
    <message>
        <source>Export the eligibility summary</source>
        <translation>Export the eligibility summary</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Summary saved as %1</source>
        <translation>Summary saved as %1</translation>
    </message>
    <message>
        <source>Open a dossier to enter its household and budget.</source>
        <translation>Open a dossier to enter its household and budget.</translation>
    </message>
    <message>
        <source>Closed dossier: read only.</source>
        <translation>Closed dossier: read only.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Changes not saved yet.</source>
        <translation>Changes not saved yet.</translation>
    </message>
    <message>
        <source>Everything shown is saved.</source>
        <translation>Everything shown is saved.</translation>
    </message>
    <message>
        <source>Open a dossier first</source>
        <translation>Open a dossier first</translation>
    </message>
    <message>
        <source>No règlement: there is no eligibility to print</source>
        <translation>No règlement: there is no eligibility to print</translation>
    </message>
    <message>
        <source>The eligibility is being computed</source>
        <translation>The eligibility is being computed</translation>
    </message>
    <message>
        <source>Save the summary as a PDF/A file</source>
        <translation>Save the summary as a PDF/A file</translation>
    </message>
    <message>
        <source>Save the dossier&apos;s figures</source>
        <translation>Save the dossier&apos;s figures</translation>
    </message>
    <message>
        <source>Print the eligibility summary</source>
        <translation>Print the eligibility summary</translation>
    </message>
</context>
<context>
    <name>ccas::EligibilityPanel</name>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>figure missing</source>
        <translation>figure missing</translation>
    </message>
    <message>
        <source>computation</source>
        <translation>computation</translation>
    </message>
    <message>
        <source>Règlement in use</source>
        <translation>Règlement in use</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Eligibility by aid, with the explanation of each result</source>
        <translation>Eligibility by aid, with the explanation of each result</translation>
    </message>
    <message>
        <source>Explanation of the selected aid</source>
        <translation>Explanation of the selected aid</translation>
    </message>
    <message>
        <source>Open a dossier to see which aids of the règlement the household can receive.</source>
        <translation>Open a dossier to see which aids of the règlement the household can receive.</translation>
    </message>
    <message>
        <source>This règlement has no aid.</source>
        <translation>This règlement has no aid.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Proposed amount: %1</source>
        <translation>Proposed amount: %1</translation>
    </message>
    <message>
        <source>No amount</source>
        <translation>No amount</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Proofs to ask for</source>
        <translation>Proofs to ask for</translation>
    </message>
    <message>
        <source>Household figures</source>
        <translation>Household figures</translation>
    </message>
    <message>
        <source>proposed amount: %1</source>
        <translation>proposed amount: %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Proofs to ask for: %1</source>
        <translation>Proofs to ask for: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>explanation line: criterion (state): text</comment>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>ccas::EligibilitySummary</name>
    <message>
        <source>applicant</source>
        <translation>applicant</translation>
    </message>
    <message>
        <source>spouse or partner</source>
        <translation>spouse or partner</translation>
    </message>
    <message>
        <source>child</source>
        <translation>child</translation>
    </message>
    <message>
        <source>other person</source>
        <translation>other person</translation>
    </message>
    <message>
        <source>RSA</source>
        <translation>RSA</translation>
    </message>
    <message>
        <source>C2S (complementary health cover)</source>
        <translation>C2S (complementary health cover)</translation>
    </message>
    <message>
        <source>AAH (disabled adult allowance)</source>
        <translation>AAH (disabled adult allowance)</translation>
    </message>
    <message>
        <source>ASF (family support allowance)</source>
        <translation>ASF (family support allowance)</translation>
    </message>
    <message>
        <source>Prime d&apos;activité</source>
        <translation>Prime d&apos;activité</translation>
    </message>
    <message>
        <source>food</source>
        <translation>food</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energy</translation>
    </message>
    <message>
        <source>housing</source>
        <translation>housing</translation>
    </message>
    <message>
        <source>transport</source>
        <translation>transport</translation>
    </message>
    <message>
        <source>health</source>
        <translation>health</translation>
    </message>
    <message>
        <source>other need</source>
        <translation>other need</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
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
        <translation>declared</translation>
    </message>
    <message>
        <source>paper proof</source>
        <translation>paper proof</translation>
    </message>
    <message>
        <source>typed by the agent from a paper proof</source>
        <translation>typed by the agent from a paper proof</translation>
    </message>
    <message>
        <source>declared by the applicant, typed by the agent</source>
        <translation>declared by the applicant, typed by the agent</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>obtained %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>commune %1</source>
        <translation>commune %1</translation>
    </message>
    <message>
        <source>abroad (country code %1)</source>
        <translation>abroad (country code %1)</translation>
    </message>
    <message>
        <source>born %1 in %2</source>
        <translation>born %1 in %2</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>born %1</translation>
    </message>
    <message>
        <source>born in %1</source>
        <translation>born in %1</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Eligibility summary</source>
        <translation>Eligibility summary</translation>
    </message>
    <message>
        <source>Pseudonymised version — commission</source>
        <translation>Pseudonymised version — commission</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, version %2</translation>
    </message>
    <message>
        <source>situation on %1</source>
        <translation>situation on %1</translation>
    </message>
    <message>
        <source>Règlement: %1</source>
        <translation>Règlement: %1</translation>
    </message>
    <message>
        <source>Applicant and household</source>
        <translation>Applicant and household</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(not named)</translation>
    </message>
    <message>
        <source>(usage name %1)</source>
        <translation>(usage name %1)</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message numerus="yes">
        <source>(%n year(s))</source>
        <translation>
            <numerusform>(%n year)</numerusform>
            <numerusform>(%n years)</numerusform>
        </translation>
    </message>
    <message>
        <source>(age unknown)</source>
        <translation>(age unknown)</translation>
    </message>
    <message>
        <source>alternating residence</source>
        <translation>alternating residence</translation>
    </message>
    <message numerus="yes">
        <source>Household of %n person(s):</source>
        <translation>
            <numerusform>Household of %n person:</numerusform>
            <numerusform>Household of %n persons:</numerusform>
        </translation>
    </message>
    <message>
        <source>not entered</source>
        <translation>not entered</translation>
    </message>
    <message>
        <source>commune of residence: %1</source>
        <translation>commune of residence: %1</translation>
    </message>
    <message>
        <source>request: %1</source>
        <translation>request: %1</translation>
    </message>
    <message>
        <source>unspecified</source>
        <translation>unspecified</translation>
    </message>
    <message>
        <source>%1 on %2 (%3)</source>
        <translation>%1 on %2 (%3)</translation>
    </message>
    <message>
        <source>Aid already received:</source>
        <translation>Aid already received:</translation>
    </message>
    <message>
        <source>CAF family quotient (QF)</source>
        <translation>CAF family quotient (QF)</translation>
    </message>
    <message>
        <source>QF of %1</source>
        <translation>QF of %1</translation>
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
        <translation>tax %1</translation>
    </message>
    <message>
        <source>Tax data</source>
        <translation>Tax data</translation>
    </message>
    <message>
        <source>%1 income</source>
        <translation>%1 income</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <source>not a beneficiary</source>
        <translation>not a beneficiary</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>Figures used and their sources</source>
        <translation>Figures used and their sources</translation>
    </message>
    <message>
        <source>No figure was fetched or computed.</source>
        <translation>No figure was fetched or computed.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Monthly resources and charges</source>
        <translation>Monthly resources and charges</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Resources</translation>
    </message>
    <message>
        <source>Charges</source>
        <translation>Charges</translation>
    </message>
    <message>
        <source>Result per aid</source>
        <translation>Result per aid</translation>
    </message>
    <message>
        <source>No aid was evaluated.</source>
        <translation>No aid was evaluated.</translation>
    </message>
    <message>
        <source>proposed amount %1</source>
        <translation>proposed amount %1</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Proofs required: %1</source>
        <translation>Proofs required: %1</translation>
    </message>
    <message>
        <source>✔ condition met · ✘ condition not met · ? figure missing · • computation step</source>
        <translation>✔ condition met · ✘ condition not met · ? figure missing · • computation step</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Outcome:</translation>
    </message>
    <message>
        <source>Amount granted:</source>
        <translation>Amount granted:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>(not shown in the pseudonymised version)</source>
        <translation>(not shown in the pseudonymised version)</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Agent:</source>
        <translation>Agent:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Signature and stamp</source>
        <translation>Signature and stamp</translation>
    </message>
    <message>
        <source>Data obtained from other administrations: the family quotient, the household composition and the benefit statuses come from the CAF or the MSA (API Particulier), the tax data from the DGFiP (API Impôt particulier), exchanged under article L114-8 of the Code des relations entre le public et l&apos;administration (“Dites-le-nous une fois”): the applicant did not have to provide them again. Figures marked “declared” or “paper proof” were typed by the agent.</source>
        <translation>Data obtained from other administrations: the family quotient, the household composition and the benefit statuses come from the CAF or the MSA (API Particulier), the tax data from the DGFiP (API Impôt particulier), exchanged under article L114-8 of the Code des relations entre le public et l&apos;administration (“Dites-le-nous une fois”): the applicant did not have to provide them again. Figures marked “declared” or “paper proof” were typed by the agent.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: this summary and the dossier are kept %n month(s) after the dossier is closed, then erased or transferred to the archives under the Code du patrimoine.</source>
        <translation>
            <numerusform>Retention: this summary and the dossier are kept %n month after the dossier is closed, then erased or transferred to the archives under the Code du patrimoine.</numerusform>
            <numerusform>Retention: this summary and the dossier are kept %n months after the dossier is closed, then erased or transferred to the archives under the Code du patrimoine.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your rights: under the GDPR you may access the data concerning you and have it corrected, by writing to the CCAS or to its data protection officer (DPO).</source>
        <translation>Your rights: under the GDPR you may access the data concerning you and have it corrected, by writing to the CCAS or to its data protection officer (DPO).</translation>
    </message>
    <message>
        <source>Appeal: this decision may be challenged within two months of its notification, by a recours gracieux addressed to the president of the CCAS or by a recours contentieux before the tribunal administratif.</source>
        <translation>Appeal: this decision may be challenged within two months of its notification, by a recours gracieux addressed to the president of the CCAS or by a recours contentieux before the tribunal administratif.</translation>
    </message>
    <message>
        <source>Legal information</source>
        <translation>Legal information</translation>
    </message>
    <message>
        <source>Eligibility summary · dossier %1 · page %2/%3</source>
        <translation>Eligibility summary · dossier %1 · page %2/%3</translation>
    </message>
    <message>
        <source>No page to print the summary on.</source>
        <translation>No page to print the summary on.</translation>
    </message>
    <message>
        <source>The summary needs the graphical application (fonts).</source>
        <translation>The summary needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>The pages could not be drawn.</source>
        <translation>The pages could not be drawn.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <source>The pages could not be finished.</source>
        <translation>The pages could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the summary needs the graphical application (fonts).</source>
        <translation>Cannot write the PDF “%1”: the summary needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>Eligibility summary %1</source>
        <translation>Eligibility summary %1</translation>
    </message>
</context>
<context>
    <name>ccas::Engine</name>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>household composition</source>
        <translation>household composition</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 UC (OECD scale)</source>
        <translation>%1 UC (OECD scale)</translation>
    </message>
    <message>
        <source>%1 UC (chèque énergie scale)</source>
        <translation>%1 UC (chèque énergie scale)</translation>
    </message>
    <message>
        <source>%1 CAF parts</source>
        <translation>%1 CAF parts</translation>
    </message>
    <message>
        <source>tax data (RFR and number of parts)</source>
        <translation>tax data (RFR and number of parts)</translation>
    </message>
    <message>
        <source>%1 fiscal parts</source>
        <translation>%1 fiscal parts</translation>
    </message>
    <message>
        <source>monthly resources</source>
        <translation>monthly resources</translation>
    </message>
    <message>
        <source>monthly charges</source>
        <translation>monthly charges</translation>
    </message>
    <message>
        <source>%1 parts (scale of the règlement)</source>
        <translation>%1 parts (scale of the règlement)</translation>
    </message>
    <message>
        <source>, rounded down to the euro</source>
        <translation>, rounded down to the euro</translation>
    </message>
    <message>
        <source>, rounded down to the cent</source>
        <translation>, rounded down to the cent</translation>
    </message>
    <message>
        <source>, rounded up to the euro</source>
        <translation>, rounded up to the euro</translation>
    </message>
    <message>
        <source>, rounded up to the cent</source>
        <translation>, rounded up to the cent</translation>
    </message>
    <message>
        <source>, rounded to the nearest euro</source>
        <translation>, rounded to the nearest euro</translation>
    </message>
    <message>
        <source>, rounded to the nearest cent</source>
        <translation>, rounded to the nearest cent</translation>
    </message>
    <message>
        <source>(resources %1 − charges %2)</source>
        <translation>(resources %1 − charges %2)</translation>
    </message>
    <message>
        <source>resources %1</source>
        <translation>resources %1</translation>
    </message>
    <message>
        <source>%1 ÷ %2</source>
        <translation>%1 ÷ %2</translation>
    </message>
    <message>
        <source>%1 ÷ 30 days</source>
        <translation>%1 ÷ 30 days</translation>
    </message>
    <message>
        <source>CAF family quotient</source>
        <translation>CAF family quotient</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 ÷ 12 months %4 per month</source>
        <translation>RFR %1 (income %2) ÷ %3 ÷ 12 months %4 per month</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 %4 per year</source>
        <translation>RFR %1 (income %2) ÷ %3 %4 per year</translation>
    </message>
    <message>
        <source>RFR %1 (income %2) ÷ %3 %4</source>
        <translation>RFR %1 (income %2) ÷ %3 %4</translation>
    </message>
    <message>
        <source>amount requested</source>
        <translation>amount requested</translation>
    </message>
    <message>
        <source>Fiscal quotient (RFR per part, per month)</source>
        <translation>Fiscal quotient (RFR per part, per month)</translation>
    </message>
    <message>
        <source>Fiscal quotient (RFR per part, per year)</source>
        <translation>Fiscal quotient (RFR per part, per year)</translation>
    </message>
    <message>
        <source>RFR per consumption unit (OECD scale)</source>
        <translation>RFR per consumption unit (OECD scale)</translation>
    </message>
    <message>
        <source>RFR per consumption unit (chèque énergie scale)</source>
        <translation>RFR per consumption unit (chèque énergie scale)</translation>
    </message>
    <message>
        <source>Consumption units (OECD scale)</source>
        <translation>Consumption units (OECD scale)</translation>
    </message>
    <message>
        <source>Consumption units (chèque énergie scale)</source>
        <translation>Consumption units (chèque énergie scale)</translation>
    </message>
    <message>
        <source>Reste à vivre (%1)</source>
        <translation>Reste à vivre (%1)</translation>
    </message>
    <message>
        <source>Monthly resources</source>
        <translation>Monthly resources</translation>
    </message>
    <message>
        <source>Number of persons (%1)</source>
        <translation>Number of persons (%1)</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>Number of persons</translation>
    </message>
    <message>
        <source>Amount requested</source>
        <translation>Amount requested</translation>
    </message>
    <message>
        <source>prime d&apos;activité</source>
        <translation>prime d&apos;activité</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>cannot be decided</source>
        <translation>cannot be decided</translation>
    </message>
    <message>
        <source>missing: %1; condition %2 %3: cannot be decided</source>
        <translation>missing: %1; condition %2 %3: cannot be decided</translation>
    </message>
    <message>
        <source>%1; condition %2 %3: %4</source>
        <translation>%1; condition %2 %3: %4</translation>
    </message>
    <message>
        <source>All of the following</source>
        <translation>All of the following</translation>
    </message>
    <message>
        <source>At least one of the following</source>
        <translation>At least one of the following</translation>
    </message>
    <message>
        <source>The following must not hold</source>
        <translation>The following must not hold</translation>
    </message>
    <message>
        <source>Resource ceiling by household size</source>
        <translation>Resource ceiling by household size</translation>
    </message>
    <message>
        <source>missing: %1; cannot be decided</source>
        <translation>missing: %1; cannot be decided</translation>
    </message>
    <message>
        <source>monthly resources %1 for %2; condition %3 %4: %5</source>
        <translation>monthly resources %1 for %2; condition %3 %4: %5</translation>
    </message>
    <message>
        <source>%1 status</source>
        <translation>%1 status</translation>
    </message>
    <message>
        <source>beneficiary</source>
        <translation>beneficiary</translation>
    </message>
    <message>
        <source>not a beneficiary</source>
        <translation>not a beneficiary</translation>
    </message>
    <message>
        <source>%1 status unknown; required: %2</source>
        <translation>%1 status unknown; required: %2</translation>
    </message>
    <message>
        <source>%1; required: %2: %3</source>
        <translation>%1; required: %2: %3</translation>
    </message>
    <message>
        <source>Residence commune</source>
        <translation>Residence commune</translation>
    </message>
    <message>
        <source>residence commune</source>
        <translation>residence commune</translation>
    </message>
    <message>
        <source>residence commune unknown; required: %1</source>
        <translation>residence commune unknown; required: %1</translation>
    </message>
    <message>
        <source>commune %1; required: %2: %3</source>
        <translation>commune %1; required: %2: %3</translation>
    </message>
    <message>
        <source>Nature of the request</source>
        <translation>Nature of the request</translation>
    </message>
    <message>
        <source>nature of the request</source>
        <translation>nature of the request</translation>
    </message>
    <message>
        <source>nature of the request unknown; accepted: %1</source>
        <translation>nature of the request unknown; accepted: %1</translation>
    </message>
    <message>
        <source>request « %1 »; accepted: %2: %3</source>
        <translation>request « %1 »; accepted: %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>the demandeur</source>
        <translation>the demandeur</translation>
    </message>
    <message>
        <source>the conjoint</source>
        <translation>the conjoint</translation>
    </message>
    <message>
        <source>a member of the household</source>
        <translation>a member of the household</translation>
    </message>
    <message>
        <source>Age of %1</source>
        <translation>Age of %1</translation>
    </message>
    <message>
        <source>household composition unknown</source>
        <translation>household composition unknown</translation>
    </message>
    <message>
        <source>birth date of %1</source>
        <translation>birth date of %1</translation>
    </message>
    <message>
        <source>no such person in the household: not met</source>
        <translation>no such person in the household: not met</translation>
    </message>
    <message>
        <source>birth date unknown; condition %1 %2: cannot be decided</source>
        <translation>birth date unknown; condition %1 %2: cannot be decided</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>fixed amount %1</source>
        <translation>fixed amount %1</translation>
    </message>
    <message>
        <source>%1 of the amount requested, which is unknown</source>
        <translation>%1 of the amount requested, which is unknown</translation>
    </message>
    <message>
        <source>%1 of the amount requested %2 = %3 (rounded down to the cent)</source>
        <translation>%1 of the amount requested %2 = %3 (rounded down to the cent)</translation>
    </message>
    <message>
        <source>barème on %1: missing %2</source>
        <translation>barème on %1: missing %2</translation>
    </message>
    <message>
        <source>%1: %2 → band %3</source>
        <translation>%1: %2 → band %3</translation>
    </message>
    <message>
        <source>%1: %2 → band %3 (%4)</source>
        <translation>%1: %2 → band %3 (%4)</translation>
    </message>
    <message>
        <source>%1: %2 is beyond the last band of the barème: not met</source>
        <translation>%1: %2 is beyond the last band of the barème: not met</translation>
    </message>
    <message>
        <source>the amount depends on the nature of the request, unknown</source>
        <translation>the amount depends on the nature of the request, unknown</translation>
    </message>
    <message>
        <source>request « %1 »</source>
        <translation>request « %1 »</translation>
    </message>
    <message>
        <source>request « %1 »: %2</source>
        <translation>request « %1 »: %2</translation>
    </message>
    <message>
        <source>request « %1 »: other natures</source>
        <translation>request « %1 »: other natures</translation>
    </message>
    <message>
        <source>the barème has no amount for a request « %1 »: not met</source>
        <translation>the barème has no amount for a request « %1 »: not met</translation>
    </message>
    <message numerus="yes">
        <source>Waiting period (%n month(s))</source>
        <translation>
            <numerusform>Waiting period (%n month)</numerusform>
            <numerusform>Waiting period (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>aid %1 received on %2: possible again from %3: not met</source>
        <translation>aid %1 received on %2: possible again from %3: not met</translation>
    </message>
    <message>
        <source>no aid %1 since %2: met</source>
        <translation>no aid %1 since %2: met</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Ceiling per request</source>
        <translation>Ceiling per request</translation>
    </message>
    <message>
        <source>%1 capped at %2</source>
        <translation>%1 capped at %2</translation>
    </message>
    <message>
        <source>the barème gives %1: no aid</source>
        <translation>the barème gives %1: no aid</translation>
    </message>
    <message>
        <source>Proposed amount</source>
        <translation>Proposed amount</translation>
    </message>
    <message>
        <source>aid in kind, no amount</source>
        <translation>aid in kind, no amount</translation>
    </message>
    <message>
        <source>Annual ceiling</source>
        <translation>Annual ceiling</translation>
    </message>
    <message>
        <source>12 months from %1 to %2</source>
        <translation>12 months from %1 to %2</translation>
    </message>
    <message>
        <source>calendar year %1</source>
        <translation>calendar year %1</translation>
    </message>
    <message>
        <source>%1 (%2): already received %3, nothing left: not met</source>
        <translation>%1 (%2): already received %3, nothing left: not met</translation>
    </message>
    <message>
        <source>%1 (%2): already received %3, %4 left</source>
        <translation>%1 (%2): already received %3, %4 left</translation>
    </message>
    <message>
        <source>; %1 capped at %2</source>
        <translation>; %1 capped at %2</translation>
    </message>
    <message>
        <source>Persons in the household</source>
        <translation>Persons in the household</translation>
    </message>
    <message>
        <source>CAF parts</source>
        <translation>CAF parts</translation>
    </message>
    <message>
        <source>Revenu fiscal de référence (income %1)</source>
        <translation>Revenu fiscal de référence (income %1)</translation>
    </message>
    <message>
        <source>Fiscal parts</source>
        <translation>Fiscal parts</translation>
    </message>
    <message>
        <source>RFR per part, per year</source>
        <translation>RFR per part, per year</translation>
    </message>
    <message>
        <source>RFR per part, per month</source>
        <translation>RFR per part, per month</translation>
    </message>
    <message>
        <source>Monthly resources (all)</source>
        <translation>Monthly resources (all)</translation>
    </message>
    <message>
        <source>Monthly charges (all)</source>
        <translation>Monthly charges (all)</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Incomplete: missing data</source>
        <translation>Incomplete: missing data</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>typed by the agent</source>
        <translation>typed by the agent</translation>
    </message>
    <message>
        <source>typed by the agent from a paper proof</source>
        <translation>typed by the agent from a paper proof</translation>
    </message>
    <message>
        <source>month %1</source>
        <translation>month %1</translation>
    </message>
    <message>
        <source>income %1</source>
        <translation>income %1</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>obtained on %1</source>
        <translation>obtained on %1</translation>
    </message>
</context>
<context>
    <name>ccas::EntryText</name>
    <message>
        <source>Not an amount: write it like 1234,50</source>
        <translation>Not an amount: write it like 1234,50</translation>
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
        <translation>Energy</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Food</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Spouse or partner</source>
        <translation>Spouse or partner</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Child</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Other person</translation>
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
        <translation>The demo server is already running.</translation>
    </message>
    <message>
        <source>The demo server cannot start: %1</source>
        <translation>The demo server cannot start: %1</translation>
    </message>
    <message>
        <source>The demo tax data cannot be found.</source>
        <translation>The demo tax data cannot be found.</translation>
    </message>
    <message>
        <source>The demo tax data cannot be read.</source>
        <translation>The demo tax data cannot be read.</translation>
    </message>
</context>
<context>
    <name>ccas::FirstRunSetup</name>
    <message>
        <source>The profile cannot be created now: it already exists or is being opened.</source>
        <translation>The profile cannot be created now: it already exists or is being opened.</translation>
    </message>
    <message>
        <source>the API Particulier token</source>
        <translation>the API Particulier token</translation>
    </message>
    <message>
        <source>the client ID of API Impôt particulier</source>
        <translation>the client ID of API Impôt particulier</translation>
    </message>
    <message>
        <source>the client secret of API Impôt particulier</source>
        <translation>the client secret of API Impôt particulier</translation>
    </message>
    <message>
        <source>The settings could not be saved in %1: check that the folder is writable, then try again.</source>
        <translation>The settings could not be saved in %1: check that the folder is writable, then try again.</translation>
    </message>
    <message>
        <source>The system keychain could not keep %1: %2
They are used until Guichet CCAS is closed; enter them again in Settings once the keychain works.</source>
        <translation>The system keychain could not keep %1: %2
They are used until Guichet CCAS is closed; enter them again in Settings once the keychain works.</translation>
    </message>
</context>
<context>
    <name>ccas::FirstRunWizard</name>
    <message>
        <source>Guichet CCAS — first start</source>
        <translation>Guichet CCAS — first start</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Create the profile</source>
        <translation>Create the profile</translation>
    </message>
    <message>
        <source>Cancel: no dossier can be kept until the profile exists</source>
        <translation>Cancel: no dossier can be kept until the profile exists</translation>
    </message>
    <message>
        <source>C&amp;reate the profile</source>
        <translation>C&amp;reate the profile</translation>
    </message>
    <message>
        <source>The CCAS</source>
        <translation>The CCAS</translation>
    </message>
    <message>
        <source>Printed on the eligibility summaries; the SIRET is the recipient of the API calls.</source>
        <translation>Printed on the eligibility summaries; the SIRET is the recipient of the API calls.</translation>
    </message>
    <message>
        <source>CCAS &amp;name:</source>
        <translation>CCAS &amp;name:</translation>
    </message>
    <message>
        <source>e.g. CCAS de Marseille</source>
        <translation>e.g. CCAS de Marseille</translation>
    </message>
    <message>
        <source>&amp;SIRET:</source>
        <translation>&amp;SIRET:</translation>
    </message>
    <message>
        <source>14 digits</source>
        <translation>14 digits</translation>
    </message>
    <message>
        <source>one line per line of the address</source>
        <translation>one line per line of the address</translation>
    </message>
    <message>
        <source>CCAS postal address</source>
        <translation>CCAS postal address</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Postal &amp;address:</translation>
    </message>
    <message>
        <source>optional, PNG or JPEG</source>
        <translation>optional, PNG or JPEG</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Choose the logo file</source>
        <translation>Choose the logo file</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose the CCAS logo</source>
        <translation>Choose the CCAS logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The agent</source>
        <translation>The agent</translation>
    </message>
    <message>
        <source>Every consultation, print and export is written in the access journal with this identifier.</source>
        <translation>Every consultation, print and export is written in the access journal with this identifier.</translation>
    </message>
    <message>
        <source>Agent &amp;identifier:</source>
        <translation>Agent &amp;identifier:</translation>
    </message>
    <message>
        <source>e.g. the session name of the agent</source>
        <translation>e.g. the session name of the agent</translation>
    </message>
    <message>
        <source>By default, the name of the session open on this computer. It can be changed later in Settings.</source>
        <translation>By default, the name of the session open on this computer. It can be changed later in Settings.</translation>
    </message>
    <message>
        <source>The recovery passphrase</source>
        <translation>The recovery passphrase</translation>
    </message>
    <message>
        <source>The dossiers are encrypted. Their key goes into the system keychain, with a copy protected by this passphrase, chosen by the administrator.</source>
        <translation>The dossiers are encrypted. Their key goes into the system keychain, with a copy protected by this passphrase, chosen by the administrator.</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>Recovery &amp;passphrase:</translation>
    </message>
    <message>
        <source>Con&amp;firm:</source>
        <translation>Con&amp;firm:</translation>
    </message>
    <message>
        <source>Confirm the recovery passphrase</source>
        <translation>Confirm the recovery passphrase</translation>
    </message>
    <message>
        <source>Write the passphrase down by hand on the recovery sheet and keep it somewhere safe, away from this computer. If both the passphrase and the keychain entry are lost (new computer, new Windows account, reinstalled system), the dossiers can never be opened again: nobody can recover them.</source>
        <translation>Write the passphrase down by hand on the recovery sheet and keep it somewhere safe, away from this computer. If both the passphrase and the keychain entry are lost (new computer, new Windows account, reinstalled system), the dossiers can never be opened again: nobody can recover them.</translation>
    </message>
    <message>
        <source>Pr&amp;int the recovery sheet…</source>
        <translation>Pr&amp;int the recovery sheet…</translation>
    </message>
    <message>
        <source>Print the recovery sheet</source>
        <translation>Print the recovery sheet</translation>
    </message>
    <message>
        <source>Save the recovery sheet as P&amp;DF…</source>
        <translation>Save the recovery sheet as P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>Save the recovery sheet as PDF</translation>
    </message>
    <message>
        <source>The sheet never contains the passphrase: it has a box where you write it by hand.</source>
        <translation>The sheet never contains the passphrase: it has a box where you write it by hand.</translation>
    </message>
    <message>
        <source>Access to the APIs</source>
        <translation>Access to the APIs</translation>
    </message>
    <message>
        <source>Everything on this page is optional: leave it empty to fill it in later in Settings. Tokens, client IDs and secrets go into the system keychain only, never into a file.</source>
        <translation>Everything on this page is optional: leave it empty to fill it in later in Settings. Tokens, client IDs and secrets go into the system keychain only, never into a file.</translation>
    </message>
    <message>
        <source>API Particulier</source>
        <translation>API Particulier</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Environment</translation>
    </message>
    <message>
        <source>Production (particulier.api.gouv.fr)</source>
        <translation>Production (particulier.api.gouv.fr)</translation>
    </message>
    <message>
        <source>Staging (fictitious data)</source>
        <translation>Staging (fictitious data)</translation>
    </message>
    <message>
        <source>CCAS gateway (adds the token itself)</source>
        <translation>CCAS gateway (adds the token itself)</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Environment:</translation>
    </message>
    <message>
        <source>&amp;Gateway URL:</source>
        <translation>&amp;Gateway URL:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>optional: can be given later</source>
        <translation>optional: can be given later</translation>
    </message>
    <message>
        <source>API Impôt particulier (DGFiP)</source>
        <translation>API Impôt particulier (DGFiP)</translation>
    </message>
    <message>
        <source>&amp;Data URL:</source>
        <translation>&amp;Data URL:</translation>
    </message>
    <message>
        <source>Token &amp;URL:</source>
        <translation>Token &amp;URL:</translation>
    </message>
    <message>
        <source>C&amp;lient ID:</source>
        <translation>C&amp;lient ID:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Client se&amp;cret:</source>
        <translation>Client se&amp;cret:</translation>
    </message>
    <message>
        <source>The règlement of the aids</source>
        <translation>The règlement of the aids</translation>
    </message>
    <message>
        <source>The JSON file describing the CCAS&apos;s aids and their conditions (see docs/reglement.md). Optional: without it, eligibility is not computed until one is chosen.</source>
        <translation>The JSON file describing the CCAS&apos;s aids and their conditions (see docs/reglement.md). Optional: without it, eligibility is not computed until one is chosen.</translation>
    </message>
    <message>
        <source>optional: JSON file of the règlement</source>
        <translation>optional: JSON file of the règlement</translation>
    </message>
    <message>
        <source>Règlement of the aids</source>
        <translation>Règlement of the aids</translation>
    </message>
    <message>
        <source>Choose the règlement file</source>
        <translation>Choose the règlement file</translation>
    </message>
    <message>
        <source>&amp;Règlement:</source>
        <translation>&amp;Règlement:</translation>
    </message>
    <message>
        <source>Problems found in the règlement</source>
        <translation>Problems found in the règlement</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choose the règlement of the aids</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Check, then create the profile. Everything except the passphrase can be changed later in Settings.</source>
        <translation>Check, then create the profile. Everything except the passphrase can be changed later in Settings.</translation>
    </message>
    <message>
        <source>Summary of the choices</source>
        <translation>Summary of the choices</translation>
    </message>
    <message>
        <source>Creating the profile: protecting the key with the passphrase takes a moment…</source>
        <translation>Creating the profile: protecting the key with the passphrase takes a moment…</translation>
    </message>
    <message>
        <source>Enter the name of the CCAS.</source>
        <translation>Enter the name of the CCAS.</translation>
    </message>
    <message>
        <source>Enter the SIRET of the CCAS (14 digits).</source>
        <translation>Enter the SIRET of the CCAS (14 digits).</translation>
    </message>
    <message>
        <source>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</source>
        <translation>The logo cannot be read: choose a PNG or JPEG image, or leave the field empty.</translation>
    </message>
    <message>
        <source>Enter the agent identifier.</source>
        <translation>Enter the agent identifier.</translation>
    </message>
    <message>
        <source>At least 12 characters and 3 words, or 16 characters.</source>
        <translation>At least 12 characters and 3 words, or 16 characters.</translation>
    </message>
    <message>
        <source>Strong enough.</source>
        <translation>Strong enough.</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same passphrase twice.</source>
        <translation>The two passphrases differ: type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Type the passphrase a second time to confirm it.</source>
        <translation>Type the passphrase a second time to confirm it.</translation>
    </message>
    <message>
        <source>The gateway URL must be an https:// address.</source>
        <translation>The gateway URL must be an https:// address.</translation>
    </message>
    <message>
        <source>API Impôt particulier needs both its data URL and its token URL (or neither).</source>
        <translation>API Impôt particulier needs both its data URL and its token URL (or neither).</translation>
    </message>
    <message>
        <source>The data URL of API Impôt particulier must be an https:// address.</source>
        <translation>The data URL of API Impôt particulier must be an https:// address.</translation>
    </message>
    <message>
        <source>The token URL of API Impôt particulier must be an https:// address.</source>
        <translation>The token URL of API Impôt particulier must be an https:// address.</translation>
    </message>
    <message>
        <source>No règlement for now: it can be chosen later in Settings.</source>
        <translation>No règlement for now: it can be chosen later in Settings.</translation>
    </message>
    <message>
        <source>Checking the règlement…</source>
        <translation>Checking the règlement…</translation>
    </message>
    <message numerus="yes">
        <source>Règlement “%1” of %2, version %3: %n aid(s).</source>
        <translation>
            <numerusform>Règlement “%1” of %2, version %3: %n aid.</numerusform>
            <numerusform>Règlement “%1” of %2, version %3: %n aids.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This règlement cannot be used (%n problem(s)): correct the file or choose another one, or leave the field empty.</source>
        <translation>
            <numerusform>This règlement cannot be used (%n problem): correct the file or choose another one, or leave the field empty.</numerusform>
            <numerusform>This règlement cannot be used (%n problems): correct the file or choose another one, or leave the field empty.</numerusform>
        </translation>
    </message>
    <message>
        <source>given (kept in the system keychain)</source>
        <translation>given (kept in the system keychain)</translation>
    </message>
    <message>
        <source>later, in Settings</source>
        <translation>later, in Settings</translation>
    </message>
    <message>
        <source>CCAS: %1</source>
        <translation>CCAS: %1</translation>
    </message>
    <message>
        <source>SIRET: %1</source>
        <translation>SIRET: %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>Profile folder: %1</source>
        <translation>Profile folder: %1</translation>
    </message>
    <message>
        <source>Recovery passphrase: chosen (not shown)</source>
        <translation>Recovery passphrase: chosen (not shown)</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>Environment: %1</translation>
    </message>
    <message>
        <source>Gateway URL: %1</source>
        <translation>Gateway URL: %1</translation>
    </message>
    <message>
        <source>API Particulier token: %1</source>
        <translation>API Particulier token: %1</translation>
    </message>
    <message>
        <source>API Impôt particulier: %1</source>
        <translation>API Impôt particulier: %1</translation>
    </message>
    <message>
        <source>DGFiP client ID and secret: %1</source>
        <translation>DGFiP client ID and secret: %1</translation>
    </message>
    <message>
        <source>Règlement: %1</source>
        <translation>Règlement: %1</translation>
    </message>
    <message>
        <source>Recovery sheet — preview</source>
        <translation>Recovery sheet — preview</translation>
    </message>
    <message>
        <source>Recovery sheet sent to the printer: write the passphrase on it by hand.</source>
        <translation>Recovery sheet sent to the printer: write the passphrase on it by hand.</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Save the recovery sheet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>recovery-sheet.pdf</source>
        <translation>recovery-sheet.pdf</translation>
    </message>
    <message>
        <source>Recovery sheet saved as %1: print it, then write the passphrase on it by hand.</source>
        <translation>Recovery sheet saved as %1: print it, then write the passphrase on it by hand.</translation>
    </message>
    <message>
        <source>A page needs to be corrected: go back with « Back ».</source>
        <translation>A page needs to be corrected: go back with « Back ».</translation>
    </message>
</context>
<context>
    <name>ccas::HouseholdEditor</name>
    <message>
        <source>Household</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Take the CAF &amp;composition</source>
        <translation>Take the CAF &amp;composition</translation>
    </message>
    <message>
        <source>Replace the persons below by the allocataires and children of the CAF/MSA answer</source>
        <translation>Replace the persons below by the allocataires and children of the CAF/MSA answer</translation>
    </message>
    <message>
        <source>Take the household composition from the CAF answer</source>
        <translation>Take the household composition from the CAF answer</translation>
    </message>
    <message>
        <source>Monthly resources</source>
        <translation>Monthly resources</translation>
    </message>
    <message>
        <source>Monthly charges</source>
        <translation>Monthly charges</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>INSEE (COG) code, 5 characters: 78358</source>
        <translation>INSEE (COG) code, 5 characters: 78358</translation>
    </message>
    <message>
        <source>Commune of &amp;residence:</source>
        <translation>Commune of &amp;residence:</translation>
    </message>
    <message>
        <source>— not said —</source>
        <translation>— not said —</translation>
    </message>
    <message>
        <source>&amp;Nature of the request:</source>
        <translation>&amp;Nature of the request:</translation>
    </message>
    <message>
        <source>0,00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>Requested a&amp;mount:</source>
        <translation>Requested a&amp;mount:</translation>
    </message>
    <message>
        <source>Paper proofs (when an API gave nothing)</source>
        <translation>Paper proofs (when an API gave nothing)</translation>
    </message>
    <message>
        <source>euros</source>
        <translation>euros</translation>
    </message>
    <message>
        <source>Family quotient: paying body</source>
        <translation>Family quotient: paying body</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>Family quotient: month of the attestation</source>
        <translation>Family quotient: month of the attestation</translation>
    </message>
    <message>
        <source>Family quotient: year of the attestation</source>
        <translation>Family quotient: year of the attestation</translation>
    </message>
    <message>
        <source>CAF/MSA &amp;quotient:</source>
        <translation>CAF/MSA &amp;quotient:</translation>
    </message>
    <message>
        <source>whole euros</source>
        <translation>whole euros</translation>
    </message>
    <message>
        <source>Reference tax &amp;income (RFR):</source>
        <translation>Reference tax &amp;income (RFR):</translation>
    </message>
    <message>
        <source>3 or 2,5</source>
        <translation>3 or 2,5</translation>
    </message>
    <message>
        <source>Tax notice: income year</source>
        <translation>Tax notice: income year</translation>
    </message>
    <message>
        <source>income year:</source>
        <translation>income year:</translation>
    </message>
    <message>
        <source>Num&amp;ber of parts:</source>
        <translation>Num&amp;ber of parts:</translation>
    </message>
    <message>
        <source>optional, whole euros</source>
        <translation>optional, whole euros</translation>
    </message>
    <message>
        <source>Income &amp;tax:</source>
        <translation>Income &amp;tax:</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 from a paper proof</source>
        <translation>%1 from a paper proof</translation>
    </message>
    <message>
        <source>No household composition from the CAF/MSA: enter the persons below (until then, the applicant alone counts).</source>
        <translation>No household composition from the CAF/MSA: enter the persons below (until then, the applicant alone counts).</translation>
    </message>
    <message>
        <source>No household composition from the CAF/MSA: the persons below count.</source>
        <translation>No household composition from the CAF/MSA: the persons below count.</translation>
    </message>
    <message numerus="yes">
        <source>None entered: the %n person(s) of the CAF/MSA answer count.</source>
        <translation>
            <numerusform>None entered: the %n person of the CAF/MSA answer counts.</numerusform>
            <numerusform>None entered: the %n persons of the CAF/MSA answer count.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The persons below count (the CAF/MSA answer has %n).</source>
        <translation>
            <numerusform>The persons below count (the CAF/MSA answer has %n).</numerusform>
            <numerusform>The persons below count (the CAF/MSA answer has %n).</numerusform>
        </translation>
    </message>
    <message>
        <source>Family quotient given by the API: %1 € (%2). The attestation is not needed.</source>
        <translation>Family quotient given by the API: %1 € (%2). The attestation is not needed.</translation>
    </message>
    <message>
        <source>No family quotient from the API: type the one of the CAF/MSA attestation, with its month.</source>
        <translation>No family quotient from the API: type the one of the CAF/MSA attestation, with its month.</translation>
    </message>
    <message>
        <source>Tax data given by the API: reference tax income %1 €, %2 part(s) (%3). The tax notice is not needed.</source>
        <translation>Tax data given by the API: reference tax income %1 €, %2 part(s) (%3). The tax notice is not needed.</translation>
    </message>
    <message>
        <source>No tax data from the API: type the figures of the tax notice.</source>
        <translation>No tax data from the API: type the figures of the tax notice.</translation>
    </message>
    <message>
        <source>No status from the APIs: a notification letter can stand in.</source>
        <translation>No status from the APIs: a notification letter can stand in.</translation>
    </message>
    <message>
        <source>Statuses given by the APIs: %1. The others can come from a notification letter.</source>
        <translation>Statuses given by the APIs: %1. The others can come from a notification letter.</translation>
    </message>
    <message>
        <source>Not a commune code: 5 characters of the INSEE code (COG), like 78358 or 2A004 (not the postcode)</source>
        <translation>Not a commune code: 5 characters of the INSEE code (COG), like 78358 or 2A004 (not the postcode)</translation>
    </message>
    <message>
        <source>Type the quotient of the attestation, or clear its month and year</source>
        <translation>Type the quotient of the attestation, or clear its month and year</translation>
    </message>
    <message>
        <source>The family quotient is a whole number of euros, like 649</source>
        <translation>The family quotient is a whole number of euros, like 649</translation>
    </message>
    <message>
        <source>Give the month and year of the attestation: the quotient changes from month to month</source>
        <translation>Give the month and year of the attestation: the quotient changes from month to month</translation>
    </message>
    <message>
        <source>Type the reference tax income in whole euros, like 18000</source>
        <translation>Type the reference tax income in whole euros, like 18000</translation>
    </message>
    <message>
        <source>Type the number of parts of the tax notice, like 3 or 2,5</source>
        <translation>Type the number of parts of the tax notice, like 3 or 2,5</translation>
    </message>
    <message>
        <source>The income tax is a whole number of euros (leave it empty if unknown)</source>
        <translation>The income tax is a whole number of euros (leave it empty if unknown)</translation>
    </message>
    <message>
        <source>Give the income year of the tax notice</source>
        <translation>Give the income year of the tax notice</translation>
    </message>
</context>
<context>
    <name>ccas::HouseholdScales</name>
    <message>
        <source>birth date of personnes[%1]</source>
        <translation>birth date of personnes[%1]</translation>
    </message>
    <message>
        <source>household composition</source>
        <translation>household composition</translation>
    </message>
</context>
<context>
    <name>ccas::IdentityForm</name>
    <message>
        <source>Social security number (NIR)</source>
        <translation>Social security number (NIR)</translation>
    </message>
    <message>
        <source>Pre-fill from the NIR</source>
        <translation>Pre-fill from the NIR</translation>
    </message>
    <message>
        <source>NIR:</source>
        <translation>NIR:</translation>
    </message>
    <message>
        <source>Birth &amp;name:</source>
        <translation>Birth &amp;name:</translation>
    </message>
    <message>
        <source>as on the birth certificate</source>
        <translation>as on the birth certificate</translation>
    </message>
    <message>
        <source>&amp;Usage name:</source>
        <translation>&amp;Usage name:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>First name %1</source>
        <translation>First name %1</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>first name</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Sex on the civil-status record</source>
        <translation>Sex on the civil-status record</translation>
    </message>
    <message>
        <source>&amp;Sex:</source>
        <translation>&amp;Sex:</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Birth day</source>
        <translation>Birth day</translation>
    </message>
    <message>
        <source>Birth month</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <source>Birth year</source>
        <translation>Birth year</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>&amp;Birth date:</translation>
    </message>
    <message>
        <source>or commune na&amp;me:</source>
        <translation>or commune na&amp;me:</translation>
    </message>
    <message>
        <source>with the département and the birth year</source>
        <translation>with the département and the birth year</translation>
    </message>
    <message>
        <source>and &amp;département:</source>
        <translation>and &amp;département:</translation>
    </message>
    <message>
        <source>e.g. 13, 2A, 971</source>
        <translation>e.g. 13, 2A, 971</translation>
    </message>
    <message>
        <source>current month</source>
        <translation>current month</translation>
    </message>
    <message>
        <source>current year</source>
        <translation>current year</translation>
    </message>
    <message>
        <source>Family quotient month</source>
        <translation>Family quotient month</translation>
    </message>
    <message>
        <source>Family quotient year</source>
        <translation>Family quotient year</translation>
    </message>
    <message>
        <source>QF &amp;period:</source>
        <translation>QF &amp;period:</translation>
    </message>
    <message>
        <source>Sex, birth year, month and place were filled from the NIR: check them.</source>
        <translation>Sex, birth year, month and place were filled from the NIR: check them.</translation>
    </message>
    <message>
        <source>optional: 15 characters, fills sex, birth year, month and place</source>
        <translation>optional: 15 characters, fills sex, birth year, month and place</translation>
    </message>
    <message>
        <source>P&amp;re-fill</source>
        <translation>P&amp;re-fill</translation>
    </message>
    <message>
        <source>F&amp;irst names:</source>
        <translation>F&amp;irst names:</translation>
    </message>
    <message>
        <source>Birth c&amp;ountry (COG):</source>
        <translation>Birth c&amp;ountry (COG):</translation>
    </message>
    <message>
        <source>Bir&amp;th commune (COG):</source>
        <translation>Bir&amp;th commune (COG):</translation>
    </message>
    <message>
        <source>Ta&amp;x number (SPI):</source>
        <translation>Ta&amp;x number (SPI):</translation>
    </message>
    <message>
        <source>optional: 13 digits, on the tax notice</source>
        <translation>optional: 13 digits, on the tax notice</translation>
    </message>
    <message>
        <source>Tax number (SPI)</source>
        <translation>Tax number (SPI)</translation>
    </message>
    <message>
        <source>Optional. The 13-digit numéro fiscal printed on the tax notice; spaces are allowed.</source>
        <translation>Optional. The 13-digit numéro fiscal printed on the tax notice; spaces are allowed.</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>latest</translation>
    </message>
    <message>
        <source>Income year of the tax situation</source>
        <translation>Income year of the tax situation</translation>
    </message>
    <message>
        <source>“latest” asks for the most recent tax situation.</source>
        <translation>“latest” asks for the most recent tax situation.</translation>
    </message>
    <message>
        <source>Income &amp;year:</source>
        <translation>Income &amp;year:</translation>
    </message>
    <message>
        <source>99100 = France; abroad: a country name or its 99xxx code</source>
        <translation>99100 = France; abroad: a country name or its 99xxx code</translation>
    </message>
    <message>
        <source>born in France: a commune name or its INSEE code, e.g. 13001</source>
        <translation>born in France: a commune name or its INSEE code, e.g. 13001</translation>
    </message>
    <message>
        <source>Communes matching the birth commune</source>
        <translation>Communes matching the birth commune</translation>
    </message>
    <message>
        <source>Countries matching the birth country</source>
        <translation>Countries matching the birth country</translation>
    </message>
    <message>
        <source>Choose a commune in the list of suggestions, or type its name and département in the fields below.</source>
        <translation>Choose a commune in the list of suggestions, or type its name and département in the fields below.</translation>
    </message>
    <message>
        <source>This code is not in the official list of communes (COG): check it.</source>
        <translation>This code is not in the official list of communes (COG): check it.</translation>
    </message>
    <message>
        <source>A commune code has 5 characters (e.g. 13001, 2A004).</source>
        <translation>A commune code has 5 characters (e.g. 13001, 2A004).</translation>
    </message>
    <message>
        <source>This code is not in the list of countries of the application (COG 99xxx): check it.</source>
        <translation>This code is not in the list of countries of the application (COG 99xxx): check it.</translation>
    </message>
    <message>
        <source>Choose a country in the list of suggestions.</source>
        <translation>Choose a country in the list of suggestions.</translation>
    </message>
</context>
<context>
    <name>ccas::IdentityValidator</name>
    <message>
        <source>Enter the birth name.</source>
        <translation>Enter the birth name.</translation>
    </message>
    <message>
        <source>The birth name cannot be longer than 100 characters.</source>
        <translation>The birth name cannot be longer than 100 characters.</translation>
    </message>
    <message>
        <source>The birth name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The birth name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The birth name must contain at least one letter.</source>
        <translation>The birth name must contain at least one letter.</translation>
    </message>
    <message>
        <source>The usage name cannot be longer than 100 characters.</source>
        <translation>The usage name cannot be longer than 100 characters.</translation>
    </message>
    <message>
        <source>The usage name may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>The usage name may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>The usage name must contain at least one letter.</source>
        <translation>The usage name must contain at least one letter.</translation>
    </message>
    <message>
        <source>The usage name must differ from the birth name; leave it empty if they are the same.</source>
        <translation>The usage name must differ from the birth name; leave it empty if they are the same.</translation>
    </message>
    <message>
        <source>Enter at least one first name.</source>
        <translation>Enter at least one first name.</translation>
    </message>
    <message>
        <source>Enter at most 3 first names.</source>
        <translation>Enter at most 3 first names.</translation>
    </message>
    <message>
        <source>Each first name cannot be longer than 100 characters.</source>
        <translation>Each first name cannot be longer than 100 characters.</translation>
    </message>
    <message>
        <source>First names may contain only letters, spaces, hyphens and apostrophes.</source>
        <translation>First names may contain only letters, spaces, hyphens and apostrophes.</translation>
    </message>
    <message>
        <source>Each first name must contain at least one letter.</source>
        <translation>Each first name must contain at least one letter.</translation>
    </message>
    <message>
        <source>Choose the sex on the civil-status record: F or M.</source>
        <translation>Choose the sex on the civil-status record: F or M.</translation>
    </message>
    <message>
        <source>The birth year must be 1900 or later.</source>
        <translation>The birth year must be 1900 or later.</translation>
    </message>
    <message>
        <source>A birth month needs the birth year.</source>
        <translation>A birth month needs the birth year.</translation>
    </message>
    <message>
        <source>The birth month must be between 1 and 12.</source>
        <translation>The birth month must be between 1 and 12.</translation>
    </message>
    <message>
        <source>A birth day needs the birth month.</source>
        <translation>A birth day needs the birth month.</translation>
    </message>
    <message>
        <source>The birth day must be between 1 and 31.</source>
        <translation>The birth day must be between 1 and 31.</translation>
    </message>
    <message>
        <source>This birth day does not exist in that month (29 February is only in leap years).</source>
        <translation>This birth day does not exist in that month (29 February is only in leap years).</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>The birth date cannot be in the future.</translation>
    </message>
    <message>
        <source>Enter the birth country code (99100 for France).</source>
        <translation>Enter the birth country code (99100 for France).</translation>
    </message>
    <message>
        <source>The birth country code is 99 followed by 3 digits (e.g. 99100 France, 99350 Morocco).</source>
        <translation>The birth country code is 99 followed by 3 digits (e.g. 99100 France, 99350 Morocco).</translation>
    </message>
    <message>
        <source>Leave the birth commune code empty for a person born abroad.</source>
        <translation>Leave the birth commune code empty for a person born abroad.</translation>
    </message>
    <message>
        <source>Leave the birth commune name empty for a person born abroad.</source>
        <translation>Leave the birth commune name empty for a person born abroad.</translation>
    </message>
    <message>
        <source>Leave the birth département empty for a person born abroad.</source>
        <translation>Leave the birth département empty for a person born abroad.</translation>
    </message>
    <message>
        <source>The birth commune code has 5 characters (e.g. 75056, 2A004).</source>
        <translation>The birth commune code has 5 characters (e.g. 75056, 2A004).</translation>
    </message>
    <message>
        <source>A birth commune code cannot start with 99: that is a country code.</source>
        <translation>A birth commune code cannot start with 99: that is a country code.</translation>
    </message>
    <message>
        <source>The birth commune name cannot be longer than 100 characters.</source>
        <translation>The birth commune name cannot be longer than 100 characters.</translation>
    </message>
    <message>
        <source>The birth commune name must contain at least one letter.</source>
        <translation>The birth commune name must contain at least one letter.</translation>
    </message>
    <message>
        <source>The birth département code is 01 to 95, 2A, 2B or 971 to 976.</source>
        <translation>The birth département code is 01 to 95, 2A, 2B or 971 to 976.</translation>
    </message>
    <message>
        <source>Give either the birth commune code or the commune name with its département, not both.</source>
        <translation>Give either the birth commune code or the commune name with its département, not both.</translation>
    </message>
    <message>
        <source>Enter the birth commune code, or the commune name with its département.</source>
        <translation>Enter the birth commune code, or the commune name with its département.</translation>
    </message>
    <message>
        <source>Enter the name of the birth commune with its département.</source>
        <translation>Enter the name of the birth commune with its département.</translation>
    </message>
    <message>
        <source>Enter the département of the birth commune (e.g. 75, 2A, 971).</source>
        <translation>Enter the département of the birth commune (e.g. 75, 2A, 971).</translation>
    </message>
    <message>
        <source>Enter the birth year: it is needed when the birth commune is given by name.</source>
        <translation>Enter the birth year: it is needed when the birth commune is given by name.</translation>
    </message>
</context>
<context>
    <name>ccas::ImpotParticulierClient</name>
    <message>
        <source>Enter the tax number (numéro fiscal): 13 digits, printed on the tax notice.</source>
        <translation>Enter the tax number (numéro fiscal): 13 digits, printed on the tax notice.</translation>
    </message>
    <message>
        <source>The tax number (numéro fiscal) must have exactly 13 digits.</source>
        <translation>The tax number (numéro fiscal) must have exactly 13 digits.</translation>
    </message>
    <message>
        <source>The income year cannot be after %1: the incomes of a year are declared the year after.</source>
        <translation>The income year cannot be after %1: the incomes of a year are declared the year after.</translation>
    </message>
    <message>
        <source>The income year cannot be before %1: only the last four income years can be requested.</source>
        <translation>The income year cannot be before %1: only the last four income years can be requested.</translation>
    </message>
    <message>
        <source>The tax number or the income year is invalid: correct the fields shown. No request was sent.</source>
        <translation>The tax number or the income year is invalid: correct the fields shown. No request was sent.</translation>
    </message>
    <message>
        <source>API Impôt particulier refused the request as malformed (HTTP %1). Check the tax number; report the problem if it persists.</source>
        <translation>API Impôt particulier refused the request as malformed (HTTP %1). Check the tax number; report the problem if it persists.</translation>
    </message>
    <message>
        <source>API Impôt particulier is not configured: enter its address, token address, client ID and client secret in the settings.</source>
        <translation>API Impôt particulier is not configured: enter its address, token address, client ID and client secret in the settings.</translation>
    </message>
    <message>
        <source>API Impôt particulier refused the access token, even after renewing it. Ask the administrator to check the habilitation.</source>
        <translation>API Impôt particulier refused the access token, even after renewing it. Ask the administrator to check the habilitation.</translation>
    </message>
    <message>
        <source>The CCAS&apos;s habilitation to API Impôt particulier does not cover this data. Ask the administrator to check the scopes granted by the DGFiP.</source>
        <translation>The CCAS&apos;s habilitation to API Impôt particulier does not cover this data. Ask the administrator to check the scopes granted by the DGFiP.</translation>
    </message>
    <message>
        <source>The DGFiP has no income tax situation for this tax number and the %1 incomes. Check the tax number (13 digits on the tax notice) and the year, or ask for the paper notice.</source>
        <translation>The DGFiP has no income tax situation for this tax number and the %1 incomes. Check the tax number (13 digits on the tax notice) and the year, or ask for the paper notice.</translation>
    </message>
    <message>
        <source>The DGFiP has no recent income tax situation for this tax number. Check the tax number (13 digits on the tax notice), or ask for the paper notice.</source>
        <translation>The DGFiP has no recent income tax situation for this tax number. Check the tax number (13 digits on the tax notice), or ask for the paper notice.</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests were sent to API Impôt particulier: calls are paused for %n second(s). Try again afterwards.</source>
        <translation>
            <numerusform>Too many requests were sent to API Impôt particulier: calls are paused for %n second. Try again afterwards.</numerusform>
            <numerusform>Too many requests were sent to API Impôt particulier: calls are paused for %n seconds. Try again afterwards.</numerusform>
        </translation>
    </message>
    <message>
        <source>API Impôt particulier did not answer in time. Try again in a moment, or use the paper tax notice.</source>
        <translation>API Impôt particulier did not answer in time. Try again in a moment, or use the paper tax notice.</translation>
    </message>
    <message>
        <source>API Impôt particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use the paper tax notice.</source>
        <translation>API Impôt particulier cannot be reached (network, proxy or certificate). Check the connection, then try again or use the paper tax notice.</translation>
    </message>
    <message>
        <source>API Impôt particulier is unavailable right now (HTTP %1). Try again later or use the paper tax notice.</source>
        <translation>API Impôt particulier is unavailable right now (HTTP %1). Try again later or use the paper tax notice.</translation>
    </message>
    <message>
        <source>API Impôt particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</source>
        <translation>API Impôt particulier sent an answer that cannot be read. It was not used; try again later and report it if it persists.</translation>
    </message>
    <message>
        <source>Unexpected answer from API Impôt particulier (HTTP %1). Report it to your IT support.</source>
        <translation>Unexpected answer from API Impôt particulier (HTTP %1). Report it to your IT support.</translation>
    </message>
    <message>
        <source>The address of API Impôt particulier or of its token service is not valid (https is required). Check the settings. No request was sent.</source>
        <translation>The address of API Impôt particulier or of its token service is not valid (https is required). Check the settings. No request was sent.</translation>
    </message>
    <message>
        <source>The client certificate of API Impôt particulier cannot be opened: wrong file or wrong passphrase. Check the settings. No request was sent.</source>
        <translation>The client certificate of API Impôt particulier cannot be opened: wrong file or wrong passphrase. Check the settings. No request was sent.</translation>
    </message>
    <message>
        <source>The client certificate of API Impôt particulier expired on %1. Ask the administrator for a new one. No request was sent.</source>
        <translation>The client certificate of API Impôt particulier expired on %1. Ask the administrator for a new one. No request was sent.</translation>
    </message>
    <message>
        <source>The DGFiP token service refused the client ID or secret of API Impôt particulier (%1). Ask the administrator to check them.</source>
        <translation>The DGFiP token service refused the client ID or secret of API Impôt particulier (%1). Ask the administrator to check them.</translation>
    </message>
    <message>
        <source>The ID_Teleservice setting of API Impôt particulier contains characters that cannot be sent. Check the settings. No request was sent.</source>
        <translation>The ID_Teleservice setting of API Impôt particulier contains characters that cannot be sent. Check the settings. No request was sent.</translation>
    </message>
    <message>
        <source>The DGFiP token service refused the requested scope: the habilitation does not cover it. Ask the administrator to check the settings.</source>
        <translation>The DGFiP token service refused the requested scope: the habilitation does not cover it. Ask the administrator to check the settings.</translation>
    </message>
</context>
<context>
    <name>ccas::Journal</name>
    <message>
        <source>Entry %1 is missing: it was deleted.</source>
        <translation>Entry %1 is missing: it was deleted.</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>Entries %1 to %2 are missing: they were deleted.</translation>
    </message>
    <message>
        <source>The journal&apos;s anchor or head record is damaged.</source>
        <translation>The journal&apos;s anchor or head record is damaged.</translation>
    </message>
    <message>
        <source>Entry %1 was modified after it was written.</source>
        <translation>Entry %1 was modified after it was written.</translation>
    </message>
    <message>
        <source>The journal&apos;s anchor was changed (entry %1 does not follow it).</source>
        <translation>The journal&apos;s anchor was changed (entry %1 does not follow it).</translation>
    </message>
    <message>
        <source>The oldest entries were deleted, or the journal&apos;s anchor was changed (entry %1 does not follow it).</source>
        <translation>The oldest entries were deleted, or the journal&apos;s anchor was changed (entry %1 does not follow it).</translation>
    </message>
    <message>
        <source>Entry %1 does not follow entry %2: entries were deleted, reordered or replaced.</source>
        <translation>Entry %1 does not follow entry %2: entries were deleted, reordered or replaced.</translation>
    </message>
    <message>
        <source>The newest entries were deleted: the journal ends before its last recorded entry.</source>
        <translation>The newest entries were deleted: the journal ends before its last recorded entry.</translation>
    </message>
</context>
<context>
    <name>ccas::JournalQuery</name>
    <message>
        <source>Cannot write “%1”: the disk is full.</source>
        <translation>Cannot write “%1”: the disk is full.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the file could not be replaced (is it open in another program?).</source>
        <translation>Cannot write “%1”: the file could not be replaced (is it open in another program?).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder is not writable.</source>
        <translation>Cannot write “%1”: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: write error (is the disk full?).</source>
        <translation>Cannot write “%1”: write error (is the disk full?).</translation>
    </message>
    <message>
        <source>No file name was given for the export.</source>
        <translation>No file name was given for the export.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: the folder does not exist.</source>
        <translation>Cannot write “%1”: the folder does not exist.</translation>
    </message>
</context>
<context>
    <name>ccas::JournalTab</name>
    <message>
        <source>&amp;Whole journal</source>
        <translation>&amp;Whole journal</translation>
    </message>
    <message>
        <source>Show the whole journal, whatever the date</source>
        <translation>Show the whole journal, whatever the date</translation>
    </message>
    <message>
        <source>Journal from</source>
        <translation>Journal from</translation>
    </message>
    <message>
        <source>Journal to (included)</source>
        <translation>Journal to (included)</translation>
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
        <translation>Dossier id</translation>
    </message>
    <message>
        <source>Dossier id (all when empty)</source>
        <translation>Dossier id (all when empty)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Show the entries matching the filters</source>
        <translation>Show the entries matching the filters</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>All agents</source>
        <translation>All agents</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier:</translation>
    </message>
    <message>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Verify the chain</translation>
    </message>
    <message>
        <source>Verify that no journal entry was changed or deleted</source>
        <translation>Verify that no journal entry was changed or deleted</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Export as CSV…</translation>
    </message>
    <message>
        <source>Export the entries shown as a CSV file</source>
        <translation>Export the entries shown as a CSV file</translation>
    </message>
    <message>
        <source>The file holds the entries matching the filters; the journal holds no applicant data. The export is itself written in the journal.</source>
        <translation>The file holds the entries matching the filters; the journal holds no applicant data. The export is itself written in the journal.</translation>
    </message>
    <message>
        <source>The %1 most recent matching entries are shown.</source>
        <translation>The %1 most recent matching entries are shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) shown.</source>
        <translation>
            <numerusform>%n entry shown.</numerusform>
            <numerusform>%n entries shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the journal…</source>
        <translation>Verifying the journal…</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entry(ies) checked, none changed or deleted.</source>
        <translation>
            <numerusform>The journal is intact: %n entry checked, none changed or deleted.</numerusform>
            <numerusform>The journal is intact: %n entries checked, none changed or deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal was tampered with (entry %1): %2</source>
        <translation>The journal was tampered with (entry %1): %2</translation>
    </message>
    <message>
        <source>Export the journal</source>
        <translation>Export the journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the journal…</source>
        <translation>Exporting the journal…</translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::JournalTableModel</name>
    <message>
        <source>API consultation</source>
        <translation>API consultation</translation>
    </message>
    <message>
        <source>Dossier viewed</source>
        <translation>Dossier viewed</translation>
    </message>
    <message>
        <source>Summary printed</source>
        <translation>Summary printed</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Dossier closed</source>
        <translation>Dossier closed</translation>
    </message>
    <message>
        <source>Retention purge</source>
        <translation>Retention purge</translation>
    </message>
    <message>
        <source>Key read from the keychain</source>
        <translation>Key read from the keychain</translation>
    </message>
    <message>
        <source>Key opened with the passphrase</source>
        <translation>Key opened with the passphrase</translation>
    </message>
    <message>
        <source>Key created</source>
        <translation>Key created</translation>
    </message>
    <message>
        <source>Old journal entries removed</source>
        <translation>Old journal entries removed</translation>
    </message>
    <message>
        <source>Dossier created</source>
        <translation>Dossier created</translation>
    </message>
    <message>
        <source>Figures saved</source>
        <translation>Figures saved</translation>
    </message>
    <message>
        <source>Dossiers imported</source>
        <translation>Dossiers imported</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
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
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Request id</source>
        <translation>Request id</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ccas::JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>invalid JSON at line %1, column %2: %3</translation>
    </message>
    <message>
        <source>the document must be a JSON object { … }</source>
        <translation>the document must be a JSON object { … }</translation>
    </message>
    <message>
        <source>unknown field (a typo?); fields allowed here: %1</source>
        <translation>unknown field (a typo?); fields allowed here: %1</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>missing field</translation>
    </message>
    <message>
        <source>a text is expected</source>
        <translation>a text is expected</translation>
    </message>
    <message>
        <source>the text must not be empty</source>
        <translation>the text must not be empty</translation>
    </message>
    <message>
        <source>an object { … } is expected</source>
        <translation>an object { … } is expected</translation>
    </message>
    <message>
        <source>a list [ … ] is expected</source>
        <translation>a list [ … ] is expected</translation>
    </message>
    <message>
        <source>the list must not be empty</source>
        <translation>the list must not be empty</translation>
    </message>
    <message>
        <source>true or false is expected</source>
        <translation>true or false is expected</translation>
    </message>
    <message>
        <source>a number is expected</source>
        <translation>a number is expected</translation>
    </message>
    <message>
        <source>a whole number is expected</source>
        <translation>a whole number is expected</translation>
    </message>
    <message>
        <source>the number must be between %1 and %2</source>
        <translation>the number must be between %1 and %2</translation>
    </message>
    <message>
        <source>a number is expected (decimal point: 10.5)</source>
        <translation>a number is expected (decimal point: 10.5)</translation>
    </message>
    <message>
        <source>the number is out of range</source>
        <translation>the number is out of range</translation>
    </message>
    <message>
        <source>a number of quarters is expected (3, 2.5, 2.25, 2.75…)</source>
        <translation>a number of quarters is expected (3, 2.5, 2.25, 2.75…)</translation>
    </message>
    <message>
        <source>at most %1 decimals are allowed</source>
        <translation>at most %1 decimals are allowed</translation>
    </message>
    <message>
        <source>invalid amount %1 (expected euros with at most 2 decimals)</source>
        <translation>invalid amount %1 (expected euros with at most 2 decimals)</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is expected</source>
        <translation>a date YYYY-MM-DD is expected</translation>
    </message>
    <message>
        <source>invalid date %1 (expected YYYY-MM-DD)</source>
        <translation>invalid date %1 (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a text is expected; possible values: %1</source>
        <translation>a text is expected; possible values: %1</translation>
    </message>
    <message>
        <source>; possible values: %1</source>
        <translation>; possible values: %1</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 is listed twice</translation>
    </message>
</context>
<context>
    <name>ccas::KeyManager</name>
    <message>
        <source>The recovery passphrase is wrong: the data were not opened and nothing was changed.</source>
        <translation>The recovery passphrase is wrong: the data were not opened and nothing was changed.</translation>
    </message>
    <message>
        <source>The master key is not available: the data were not opened and nothing was changed. Give the administrator&apos;s recovery passphrase (--passphrase-file or GUICHET_PASSPHRASE_FILE) to open the profile.</source>
        <translation>The master key is not available: the data were not opened and nothing was changed. Give the administrator&apos;s recovery passphrase (--passphrase-file or GUICHET_PASSPHRASE_FILE) to open the profile.</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Keychain: %1</translation>
    </message>
    <message>
        <source>the keychain holds a key that does not open this profile.</source>
        <translation>the keychain holds a key that does not open this profile.</translation>
    </message>
    <message>
        <source>it holds a key that does not open this profile.</source>
        <translation>it holds a key that does not open this profile.</translation>
    </message>
</context>
<context>
    <name>ccas::LockScreen</name>
    <message>
        <source>Guichet CCAS — locked</source>
        <translation>Guichet CCAS — locked</translation>
    </message>
    <message>
        <source>Locked window</source>
        <translation>Locked window</translation>
    </message>
    <message>
        <source>Guichet CCAS is locked</source>
        <translation>Guichet CCAS is locked</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>Recovery &amp;passphrase:</translation>
    </message>
    <message>
        <source>Why the window is still locked</source>
        <translation>Why the window is still locked</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Unlock the windows</source>
        <translation>Unlock the windows</translation>
    </message>
    <message>
        <source>The windows are hidden while you are away. Type the recovery passphrase of the profile to show them again as they were.</source>
        <translation>The windows are hidden while you are away. Type the recovery passphrase of the profile to show them again as they were.</translation>
    </message>
    <message>
        <source>Demonstration: the windows are hidden as they would be at a real desk. A real profile asks for its recovery passphrase here; in the demonstration the button unlocks.</source>
        <translation>Demonstration: the windows are hidden as they would be at a real desk. A real profile asks for its recovery passphrase here; in the demonstration the button unlocks.</translation>
    </message>
    <message>
        <source>The windows are hidden while you are away. No profile is open yet, so there is no passphrase to check: the button unlocks.</source>
        <translation>The windows are hidden while you are away. No profile is open yet, so there is no passphrase to check: the button unlocks.</translation>
    </message>
    <message>
        <source>Type the recovery passphrase of the profile.</source>
        <translation>Type the recovery passphrase of the profile.</translation>
    </message>
</context>
<context>
    <name>ccas::MainWindow</name>
    <message>
        <source>Guichet CCAS — demonstration</source>
        <translation>Guichet CCAS — demonstration</translation>
    </message>
    <message>
        <source>Guichet CCAS</source>
        <translation>Guichet CCAS</translation>
    </message>
    <message>
        <source>Demonstration: the data shown are the fictitious test cases of API Particulier&apos;s staging environment. Nothing is sent to the real API and nothing is kept.</source>
        <translation>Demonstration: the data shown are the fictitious test cases of API Particulier&apos;s staging environment. Nothing is sent to the real API and nothing is kept.</translation>
    </message>
    <message>
        <source>Demonstration banner</source>
        <translation>Demonstration banner</translation>
    </message>
    <message>
        <source>&amp;Consult</source>
        <translation>&amp;Consult</translation>
    </message>
    <message>
        <source>Fetch the family quotient and the five statuses (Ctrl+Enter)</source>
        <translation>Fetch the family quotient and the five statuses (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Consult API Particulier</source>
        <translation>Consult API Particulier</translation>
    </message>
    <message>
        <source>C&amp;ancel</source>
        <translation>C&amp;ancel</translation>
    </message>
    <message>
        <source>Cancel the consultation</source>
        <translation>Cancel the consultation</translation>
    </message>
    <message>
        <source>%v of %m sources</source>
        <translation>%v of %m sources</translation>
    </message>
    <message>
        <source>Sources received</source>
        <translation>Sources received</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Results by source</source>
        <translation>Results by source</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Connection settings…</source>
        <translation>&amp;Connection settings…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Demonstration mode</source>
        <translation>Demonstration mode</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Correct the fields shown: nothing was sent.</source>
        <translation>Correct the fields shown: nothing was sent.</translation>
    </message>
    <message>
        <source>Querying…</source>
        <translation>Querying…</translation>
    </message>
    <message>
        <source>Querying API Particulier…</source>
        <translation>Querying API Particulier…</translation>
    </message>
    <message>
        <source>Consultation cancelled.</source>
        <translation>Consultation cancelled.</translation>
    </message>
    <message>
        <source>Every source answered.</source>
        <translation>Every source answered.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) could not be consulted: see the messages below; a paper proof can replace them.</source>
        <translation>
            <numerusform>%n source could not be consulted: see the message below; a paper proof can replace it.</numerusform>
            <numerusform>%n sources could not be consulted: see the messages below; a paper proof can replace them.</numerusform>
        </translation>
    </message>
    <message>
        <source>L&amp;eave dossier</source>
        <translation>L&amp;eave dossier</translation>
    </message>
    <message>
        <source>Close the dossier view and empty the form for another person</source>
        <translation>Close the dossier view and empty the form for another person</translation>
    </message>
    <message>
        <source>Leave the open dossier</source>
        <translation>Leave the open dossier</translation>
    </message>
    <message>
        <source>Retention status</source>
        <translation>Retention status</translation>
    </message>
    <message>
        <source>This dossier is closed: nothing more can be fetched into it.</source>
        <translation>This dossier is closed: nothing more can be fetched into it.</translation>
    </message>
    <message>
        <source>whole names or birth date (dd/mm/yyyy)</source>
        <translation>whole names or birth date (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Search the dossiers</source>
        <translation>Search the dossiers</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>Searc&amp;h:</translation>
    </message>
    <message>
        <source>Show the dossiers with this status</source>
        <translation>Show the dossiers with this status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Show on&amp;ly:</source>
        <translation>Show on&amp;ly:</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Ne&amp;w dossier</source>
        <translation>Ne&amp;w dossier</translation>
    </message>
    <message>
        <source>New dossier from the form</source>
        <translation>New dossier from the form</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open the selected dossier (Enter or double-click in the list)</source>
        <translation>Open the selected dossier (Enter or double-click in the list)</translation>
    </message>
    <message>
        <source>Open the selected dossier</source>
        <translation>Open the selected dossier</translation>
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
        <translation>No profile exists on this computer yet: create it to keep dossiers. Consultations work meanwhile, but nothing is kept.</translation>
    </message>
    <message>
        <source>The dossiers are locked: the administrator&apos;s recovery passphrase is needed to open them. Consultations work meanwhile, but nothing is kept.</source>
        <translation>The dossiers are locked: the administrator&apos;s recovery passphrase is needed to open them. Consultations work meanwhile, but nothing is kept.</translation>
    </message>
    <message>
        <source>Checking retention…</source>
        <translation>Checking retention…</translation>
    </message>
    <message>
        <source>Retention could not run: %1</source>
        <translation>Retention could not run: %1</translation>
    </message>
    <message>
        <source>Opening the profile…</source>
        <translation>Opening the profile…</translation>
    </message>
    <message>
        <source>Create the profile…</source>
        <translation>Create the profile…</translation>
    </message>
    <message>
        <source>Try a&amp;gain</source>
        <translation>Try a&amp;gain</translation>
    </message>
    <message>
        <source>Unloc&amp;k the dossiers…</source>
        <translation>Unloc&amp;k the dossiers…</translation>
    </message>
    <message>
        <source>The dossiers could not be listed: %1</source>
        <translation>The dossiers could not be listed: %1</translation>
    </message>
    <message>
        <source>The dossier could not be opened: %1</source>
        <translation>The dossier could not be opened: %1</translation>
    </message>
    <message>
        <source>No dossier open: « New dossier » keeps the person and the consultation.</source>
        <translation>No dossier open: « New dossier » keeps the person and the consultation.</translation>
    </message>
    <message>
        <source>No dossier open.</source>
        <translation>No dossier open.</translation>
    </message>
    <message>
        <source>Dossier %1 · %2 · created %3</source>
        <translation>Dossier %1 · %2 · created %3</translation>
    </message>
    <message>
        <source>Nothing has been fetched into this dossier yet: « Consult » fetches the sources and keeps them here.</source>
        <translation>Nothing has been fetched into this dossier yet: « Consult » fetches the sources and keeps them here.</translation>
    </message>
    <message>
        <source>Correct the fields shown: no dossier was created.</source>
        <translation>Correct the fields shown: no dossier was created.</translation>
    </message>
    <message>
        <source>Creating the dossier…</source>
        <translation>Creating the dossier…</translation>
    </message>
    <message>
        <source>The dossier could not be created: %1</source>
        <translation>The dossier could not be created: %1</translation>
    </message>
    <message>
        <source>Saving into the dossier…</source>
        <translation>Saving into the dossier…</translation>
    </message>
    <message>
        <source>The results could not be saved in the dossier: %1</source>
        <translation>The results could not be saved in the dossier: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) saved in the dossier.</source>
        <translation>
            <numerusform>%n source saved in the dossier.</numerusform>
            <numerusform>%n sources saved in the dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retention: nothing due.</source>
        <translation>Retention: nothing due.</translation>
    </message>
    <message numerus="yes">
        <source>Retention: %n dossier(s) purged.</source>
        <translation>
            <numerusform>Retention: %n dossier purged.</numerusform>
            <numerusform>Retention: %n dossiers purged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) without activity for %1 months or more.</source>
        <translation>
            <numerusform>%n dossier without activity for %1 months or more.</numerusform>
            <numerusform>%n dossiers without activity for %1 months or more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>Last checked %1</translation>
    </message>
    <message>
        <source>Current dossier</source>
        <translation>Current dossier</translation>
    </message>
    <message>
        <source>Create a dossier for the person in the form, then fetch the sources into it</source>
        <translation>Create a dossier for the person in the form, then fetch the sources into it</translation>
    </message>
    <message>
        <source>The recovery passphrase will be needed at the next start: the master key could not be saved in the system keychain. %1</source>
        <translation>The recovery passphrase will be needed at the next start: the master key could not be saved in the system keychain. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) kept in this dossier, as fetched.</source>
        <translation>
            <numerusform>%n source kept in this dossier, as fetched.</numerusform>
            <numerusform>%n sources kept in this dossier, as fetched.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetch the family quotient, the five statuses and, with a tax number, the tax situation (Ctrl+Enter)</source>
        <translation>Fetch the family quotient, the five statuses and, with a tax number, the tax situation (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Consult API Particulier and API Impôt particulier</source>
        <translation>Consult API Particulier and API Impôt particulier</translation>
    </message>
    <message>
        <source>No tax number entered: not consulted</source>
        <translation>No tax number entered: not consulted</translation>
    </message>
    <message>
        <source>DGFiP access not configured: nothing was sent</source>
        <translation>DGFiP access not configured: nothing was sent</translation>
    </message>
    <message>
        <source>API Impôt particulier is not set up on this computer: an administrator enters its addresses, client ID and client secret in the connection settings. Meanwhile, the paper tax notice can replace it.</source>
        <translation>API Impôt particulier is not set up on this computer: an administrator enters its addresses, client ID and client secret in the connection settings. Meanwhile, the paper tax notice can replace it.</translation>
    </message>
    <message>
        <source>Querying API Particulier and the DGFiP…</source>
        <translation>Querying API Particulier and the DGFiP…</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Identity and sources</source>
        <translation>Identity and sources</translation>
    </message>
    <message>
        <source>The person, the consultation of the APIs and what they gave (Ctrl+1)</source>
        <translation>The person, the consultation of the APIs and what they gave (Ctrl+1)</translation>
    </message>
    <message>
        <source>Household, eligibility and decision</source>
        <translation>Household, eligibility and decision</translation>
    </message>
    <message>
        <source>Resources and charges, the aids of the règlement, the decision and the summary (Ctrl+2)</source>
        <translation>Resources and charges, the aids of the règlement, the decision and the summary (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Règlement of the aids…</source>
        <translation>&amp;Règlement of the aids…</translation>
    </message>
    <message>
        <source>Choose the JSON file of the CCAS&apos;s règlement the eligibility is computed with</source>
        <translation>Choose the JSON file of the CCAS&apos;s règlement the eligibility is computed with</translation>
    </message>
    <message>
        <source>Figures not saved</source>
        <translation>Figures not saved</translation>
    </message>
    <message>
        <source>The household and budget figures typed in dossier %1 are not saved.</source>
        <translation>The household and budget figures typed in dossier %1 are not saved.</translation>
    </message>
    <message>
        <source>Save them in the dossier, drop them, or stay on the dossier?</source>
        <translation>Save them in the dossier, drop them, or stay on the dossier?</translation>
    </message>
    <message>
        <source>Choose the règlement of the aids</source>
        <translation>Choose the règlement of the aids</translation>
    </message>
    <message>
        <source>Règlements (*.json);;All files (*)</source>
        <translation>Règlements (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>No règlement in use any more.</source>
        <translation>No règlement in use any more.</translation>
    </message>
    <message>
        <source>The règlement could not be used: its errors are listed with the eligibility.</source>
        <translation>The règlement could not be used: its errors are listed with the eligibility.</translation>
    </message>
    <message>
        <source>Règlement in use: %1, version %2</source>
        <translation>Règlement in use: %1, version %2</translation>
    </message>
    <message>
        <source>It could not be kept in the settings: choose it again at the next start.</source>
        <translation>It could not be kept in the settings: choose it again at the next start.</translation>
    </message>
    <message>
        <source>(for this session only)</source>
        <translation>(for this session only)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>Hide the windows until the recovery passphrase is typed</source>
        <translation>Hide the windows until the recovery passphrase is typed</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>&amp;Journal, retention and statistics…</source>
        <translation>&amp;Journal, retention and statistics…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Look up the sources of the person in the form</source>
        <translation>Look up the sources of the person in the form</translation>
    </message>
    <message>
        <source>Cancel the running consultation</source>
        <translation>Cancel the running consultation</translation>
    </message>
    <message>
        <source>From the search box to the list</source>
        <translation>From the search box to the list</translation>
    </message>
    <message>
        <source>Identity and sources tab</source>
        <translation>Identity and sources tab</translation>
    </message>
    <message>
        <source>Household, eligibility and decision tab</source>
        <translation>Household, eligibility and decision tab</translation>
    </message>
    <message>
        <source>Show the dossiers of this aid</source>
        <translation>Show the dossiers of this aid</translation>
    </message>
    <message>
        <source>All aids</source>
        <translation>All aids</translation>
    </message>
    <message numerus="yes">
        <source>more than %n dossier(s)</source>
        <translation>
            <numerusform>more than %n dossier</numerusform>
            <numerusform>more than %n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>The aid the new dossier is opened for; the decision can grant another one</source>
        <translation>The aid the new dossier is opened for; the decision can grant another one</translation>
    </message>
    <message>
        <source>A&amp;id requested:</source>
        <translation>A&amp;id requested:</translation>
    </message>
    <message>
        <source>to be determined</source>
        <translation>to be determined</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>E&amp;xport for the archives (SEDA)…</source>
        <translation>E&amp;xport for the archives (SEDA)…</translation>
    </message>
    <message numerus="yes">
        <source>%n closed dossier(s) exported for the archives before the purge: %1</source>
        <translation>
            <numerusform>%n closed dossier exported for the archives before the purge: %1</numerusform>
            <numerusform>%n closed dossiers exported for the archives before the purge: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Export before the purge</source>
        <translation>Export before the purge</translation>
    </message>
</context>
<context>
    <name>ccas::MenageJson</name>
    <message>
        <source>unknown source %1</source>
        <translation>unknown source %1</translation>
    </message>
    <message>
        <source>invalid date and time %1 (expected 2026-11-27T10:15:00Z)</source>
        <translation>invalid date and time %1 (expected 2026-11-27T10:15:00Z)</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>unknown role %1</translation>
    </message>
    <message>
        <source>exactly one person must have the role « demandeur » (found %1)</source>
        <translation>exactly one person must have the role « demandeur » (found %1)</translation>
    </message>
    <message>
        <source>at most one person may have the role « conjoint » (found %1)</source>
        <translation>at most one person may have the role « conjoint » (found %1)</translation>
    </message>
    <message>
        <source>unknown provider %1</source>
        <translation>unknown provider %1</translation>
    </message>
    <message>
        <source>unknown benefit; possible values: %1</source>
        <translation>unknown benefit; possible values: %1</translation>
    </message>
    <message>
        <source>unknown nature %1</source>
        <translation>unknown nature %1</translation>
    </message>
    <message>
        <source>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</source>
        <translation>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</translation>
    </message>
    <message>
        <source>unknown resource type %1</source>
        <translation>unknown resource type %1</translation>
    </message>
    <message>
        <source>unknown charge type %1</source>
        <translation>unknown charge type %1</translation>
    </message>
    <message>
        <source>missing field</source>
        <translation>missing field</translation>
    </message>
    <message>
        <source>Wages</source>
        <translation>Wages</translation>
    </message>
    <message>
        <source>Family benefits</source>
        <translation>Family benefits</translation>
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
        <translation>Unemployment benefit</translation>
    </message>
    <message>
        <source>Other resource</source>
        <translation>Other resource</translation>
    </message>
    <message>
        <source>Residual rent</source>
        <translation>Residual rent</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energy</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>Insurance</translation>
    </message>
    <message>
        <source>Complementary health insurance</source>
        <translation>Complementary health insurance</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Telephone and internet</source>
        <translation>Telephone and internet</translation>
    </message>
    <message>
        <source>Loan repayments</source>
        <translation>Loan repayments</translation>
    </message>
    <message>
        <source>Other charge</source>
        <translation>Other charge</translation>
    </message>
</context>
<context>
    <name>ccas::Nir</name>
    <message>
        <source>Enter the social security number.</source>
        <translation>Enter the social security number.</translation>
    </message>
    <message>
        <source>The social security number may contain only digits, with 2A or 2B for Corsica.</source>
        <translation>The social security number may contain only digits, with 2A or 2B for Corsica.</translation>
    </message>
    <message>
        <source>The social security number has 15 characters: 13 digits and a 2-digit key.</source>
        <translation>The social security number has 15 characters: 13 digits and a 2-digit key.</translation>
    </message>
    <message>
        <source>The social security number has 13 characters, or 15 with its key.</source>
        <translation>The social security number has 13 characters, or 15 with its key.</translation>
    </message>
    <message>
        <source>This is a temporary number (starting with 7 or 8): it does not carry reliable birth data. Use the permanent social security number.</source>
        <translation>This is a temporary number (starting with 7 or 8): it does not carry reliable birth data. Use the permanent social security number.</translation>
    </message>
    <message>
        <source>The social security number must start with 1 (man) or 2 (woman).</source>
        <translation>The social security number must start with 1 (man) or 2 (woman).</translation>
    </message>
    <message>
        <source>The birth month in the social security number (characters 4 and 5) is not valid.</source>
        <translation>The birth month in the social security number (characters 4 and 5) is not valid.</translation>
    </message>
    <message>
        <source>Corsica is written 2A or 2B in the social security number, not 20.</source>
        <translation>Corsica is written 2A or 2B in the social security number, not 20.</translation>
    </message>
    <message>
        <source>The birth département in the social security number (characters 6 and 7) is not valid.</source>
        <translation>The birth département in the social security number (characters 6 and 7) is not valid.</translation>
    </message>
    <message>
        <source>The birth country in the social security number (characters 8 to 10) is not valid.</source>
        <translation>The birth country in the social security number (characters 8 to 10) is not valid.</translation>
    </message>
    <message>
        <source>The birth commune in the social security number (characters 8 to 10) is not valid.</source>
        <translation>The birth commune in the social security number (characters 8 to 10) is not valid.</translation>
    </message>
    <message>
        <source>The order number in the social security number (characters 11 to 13) is not valid.</source>
        <translation>The order number in the social security number (characters 11 to 13) is not valid.</translation>
    </message>
    <message>
        <source>The control key does not match the social security number: check it for a typing error.</source>
        <translation>The control key does not match the social security number: check it for a typing error.</translation>
    </message>
</context>
<context>
    <name>ccas::NoticePrinter</name>
    <message>
        <source>Print the &amp;information notice…</source>
        <translation>Print the &amp;information notice…</translation>
    </message>
    <message>
        <source>The notice telling applicants which data the CCAS obtains from other administrations (API Particulier terms of use)</source>
        <translation>The notice telling applicants which data the CCAS obtains from other administrations (API Particulier terms of use)</translation>
    </message>
    <message>
        <source>Save the information notice as P&amp;DF…</source>
        <translation>Save the information notice as P&amp;DF…</translation>
    </message>
    <message>
        <source>Information notice — preview</source>
        <translation>Information notice — preview</translation>
    </message>
    <message>
        <source>Information notice sent to the printer.</source>
        <translation>Information notice sent to the printer.</translation>
    </message>
    <message>
        <source>Save the information notice</source>
        <translation>Save the information notice</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Information notice saved as %1</source>
        <translation>Information notice saved as %1</translation>
    </message>
</context>
<context>
    <name>ccas::OutcomeText</name>
    <message>
        <source>out of habilitation</source>
        <translation>out of habilitation</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>not stated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>married/usage name %1</source>
        <translation>married/usage name %1</translation>
    </message>
    <message>
        <source>%1 %2, %3, born %4</source>
        <translation>%1 %2, %3, born %4</translation>
    </message>
    <message>
        <source>female</source>
        <translation>female</translation>
    </message>
    <message>
        <source>male</source>
        <translation>male</translation>
    </message>
    <message>
        <source>period %1</source>
        <translation>period %1</translation>
    </message>
    <message>
        <source>computed %1</source>
        <translation>computed %1</translation>
    </message>
    <message>
        <source>obtained %1</source>
        <translation>obtained %1</translation>
    </message>
    <message>
        <source>from the API cache</source>
        <translation>from the API cache</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>request %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
    <message>
        <source>Out of habilitation</source>
        <translation>Out of habilitation</translation>
    </message>
    <message>
        <source>Token refused</source>
        <translation>Token refused</translation>
    </message>
    <message>
        <source>Paused (too many requests)</source>
        <translation>Paused (too many requests)</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>No answer in time</translation>
    </message>
    <message>
        <source>Service unavailable</source>
        <translation>Service unavailable</translation>
    </message>
    <message>
        <source>Unreadable answer</source>
        <translation>Unreadable answer</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Request refused</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Family quotient out of habilitation</source>
        <translation>Family quotient out of habilitation</translation>
    </message>
    <message>
        <source>No family quotient</source>
        <translation>No family quotient</translation>
    </message>
    <message>
        <source>QF %1 (%2, %3)</source>
        <translation>QF %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Not a beneficiary</source>
        <translation>Not a beneficiary</translation>
    </message>
    <message>
        <source>Beneficiary</source>
        <translation>Beneficiary</translation>
    </message>
    <message>
        <source> (increased rate)</source>
        <translation> (increased rate)</translation>
    </message>
    <message>
        <source> (standard rate)</source>
        <translation> (standard rate)</translation>
    </message>
    <message>
        <source> (with financial contribution)</source>
        <translation> (with financial contribution)</translation>
    </message>
    <message>
        <source> (without financial contribution)</source>
        <translation> (without financial contribution)</translation>
    </message>
    <message>
        <source> since %1</source>
        <translation> since %1</translation>
    </message>
    <message>
        <source>API code %1: %2</source>
        <translation>API code %1: %2</translation>
    </message>
    <message>
        <source>Children: none</source>
        <translation>Children: none</translation>
    </message>
    <message>
        <source>Child: %1</source>
        <translation>Child: %1</translation>
    </message>
    <message>
        <source>Children: out of habilitation</source>
        <translation>Children: out of habilitation</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <source>Address: out of habilitation</source>
        <translation>Address: out of habilitation</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
    <message>
        <source>Start of rights: not stated</source>
        <translation>Start of rights: not stated</translation>
    </message>
    <message>
        <source>Claimant: %1</source>
        <translation>Claimant: %1</translation>
    </message>
    <message>
        <source>Claimants: out of habilitation</source>
        <translation>Claimants: out of habilitation</translation>
    </message>
</context>
<context>
    <name>ccas::PassphraseDialog</name>
    <message>
        <source>Open the profile</source>
        <translation>Open the profile</translation>
    </message>
    <message>
        <source>The master key of the dossiers could not be obtained from the system keychain. Enter the administrator&apos;s recovery passphrase to open them. Consultations remain possible meanwhile, but nothing is kept.</source>
        <translation>The master key of the dossiers could not be obtained from the system keychain. Enter the administrator&apos;s recovery passphrase to open them. Consultations remain possible meanwhile, but nothing is kept.</translation>
    </message>
    <message>
        <source>Recovery passphrase</source>
        <translation>Recovery passphrase</translation>
    </message>
    <message>
        <source>Recovery &amp;passphrase:</source>
        <translation>Recovery &amp;passphrase:</translation>
    </message>
    <message>
        <source>Checking the passphrase…</source>
        <translation>Checking the passphrase…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the profile with this passphrase</source>
        <translation>Open the profile with this passphrase</translation>
    </message>
    <message>
        <source>Cancel: leave the dossiers closed</source>
        <translation>Cancel: leave the dossiers closed</translation>
    </message>
</context>
<context>
    <name>ccas::PersonsEditor</name>
    <message>
        <source>Add a &amp;person</source>
        <translation>Add a &amp;person</translation>
    </message>
    <message>
        <source>Add a person to the household</source>
        <translation>Add a person to the household</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>alternating residence</source>
        <translation>alternating residence</translation>
    </message>
    <message>
        <source>Person %1: role in the household</source>
        <translation>Person %1: role in the household</translation>
    </message>
    <message>
        <source>Person %1: birth date</source>
        <translation>Person %1: birth date</translation>
    </message>
    <message>
        <source>Person %1: child in alternating residence</source>
        <translation>Person %1: child in alternating residence</translation>
    </message>
    <message>
        <source>Remove person %1</source>
        <translation>Remove person %1</translation>
    </message>
    <message>
        <source>No person entered.</source>
        <translation>No person entered.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) in the household.</source>
        <translation>
            <numerusform>%n person in the household.</numerusform>
            <numerusform>%n persons in the household.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not a date: write it like 14/03/1984 (or leave it empty if unknown)</source>
        <translation>Not a date: write it like 14/03/1984 (or leave it empty if unknown)</translation>
    </message>
    <message>
        <source>This birth date is in the future</source>
        <translation>This birth date is in the future</translation>
    </message>
    <message>
        <source>This birth date is too old</source>
        <translation>This birth date is too old</translation>
    </message>
    <message>
        <source>The household has one applicant only</source>
        <translation>The household has one applicant only</translation>
    </message>
    <message>
        <source>The household has one spouse only</source>
        <translation>The household has one spouse only</translation>
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
        <translation>The page has no printable area.</translation>
    </message>
    <message>
        <source>No file name was given for the PDF.</source>
        <translation>No file name was given for the PDF.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: it is a folder.</source>
        <translation>Cannot write the PDF “%1”: it is a folder.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the folder does not exist.</source>
        <translation>Cannot write the PDF “%1”: the folder does not exist.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the folder is not writable.</source>
        <translation>Cannot write the PDF “%1”: the folder is not writable.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: %2</source>
        <translation>Cannot write the PDF “%1”: %2</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the disk is full.</source>
        <translation>Cannot write the PDF “%1”: the disk is full.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the file could not be replaced (is it open in another program?).</source>
        <translation>Cannot write the PDF “%1”: the file could not be replaced (is it open in another program?).</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: write error (is the disk full?).</source>
        <translation>Cannot write the PDF “%1”: write error (is the disk full?).</translation>
    </message>
</context>
<context>
    <name>ccas::ProfileSession</name>
    <message>
        <source>This profile does not use the system keychain.</source>
        <translation>This profile does not use the system keychain.</translation>
    </message>
    <message>
        <source>A profile already exists in %1.</source>
        <translation>A profile already exists in %1.</translation>
    </message>
    <message>
        <source>Demonstration CCAS</source>
        <translation>Demonstration CCAS</translation>
    </message>
    <message>
        <source>This profile has no recovery passphrase that can be checked now.</source>
        <translation>This profile has no recovery passphrase that can be checked now.</translation>
    </message>
</context>
<context>
    <name>ccas::RecoveryKey</name>
    <message>
        <source>The recovery copy uses parameters this version cannot accept.</source>
        <translation>The recovery copy uses parameters this version cannot accept.</translation>
    </message>
    <message>
        <source>The recovery passphrase is empty.</source>
        <translation>The recovery passphrase is empty.</translation>
    </message>
    <message>
        <source>Not enough memory to check the recovery passphrase. Close other applications and try again.</source>
        <translation>Not enough memory to check the recovery passphrase. Close other applications and try again.</translation>
    </message>
    <message>
        <source>Encryption is not available on this computer.</source>
        <translation>Encryption is not available on this computer.</translation>
    </message>
    <message>
        <source>The recovery passphrase is wrong, or the recovery copy is damaged.</source>
        <translation>The recovery passphrase is wrong, or the recovery copy is damaged.</translation>
    </message>
    <message>
        <source>The recovery copy&apos;s parameters are damaged.</source>
        <translation>The recovery copy&apos;s parameters are damaged.</translation>
    </message>
    <message>
        <source>The recovery passphrase must have at least 16 characters, or 12 with three words.</source>
        <translation>The recovery passphrase must have at least 16 characters, or 12 with three words.</translation>
    </message>
    <message>
        <source>The recovery passphrase must not be a single character repeated.</source>
        <translation>The recovery passphrase must not be a single character repeated.</translation>
    </message>
</context>
<context>
    <name>ccas::RecoverySheet</name>
    <message>
        <source>Guichet CCAS — recovery sheet</source>
        <translation>Guichet CCAS — recovery sheet</translation>
    </message>
    <message>
        <source>This sheet keeps the recovery passphrase of the profile described below. Fill it in by hand; the passphrase is never printed.</source>
        <translation>This sheet keeps the recovery passphrase of the profile described below. Fill it in by hand; the passphrase is never printed.</translation>
    </message>
    <message>
        <source>CCAS:</source>
        <translation>CCAS:</translation>
    </message>
    <message>
        <source>SIRET:</source>
        <translation>SIRET:</translation>
    </message>
    <message>
        <source>Profile folder:</source>
        <translation>Profile folder:</translation>
    </message>
    <message>
        <source>Created on:</source>
        <translation>Created on:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Created by:</translation>
    </message>
    <message>
        <source>Recovery passphrase (write it by hand, legibly)</source>
        <translation>Recovery passphrase (write it by hand, legibly)</translation>
    </message>
    <message>
        <source>Copy it exactly: upper and lower case, spaces and accents count.</source>
        <translation>Copy it exactly: upper and lower case, spaces and accents count.</translation>
    </message>
    <message>
        <source>Where to keep this sheet</source>
        <translation>Where to keep this sheet</translation>
    </message>
    <message>
        <source>In a locked place (safe, locked cabinet) of the CCAS, away from this computer, under the responsibility of the director or of the administrator.</source>
        <translation>In a locked place (safe, locked cabinet) of the CCAS, away from this computer, under the responsibility of the director or of the administrator.</translation>
    </message>
    <message>
        <source>A second copy may be kept in another locked place (for example the town hall&apos;s safe).</source>
        <translation>A second copy may be kept in another locked place (for example the town hall&apos;s safe).</translation>
    </message>
    <message>
        <source>Never in the computer, in an e-mail, in a photograph or next to the keyboard: whoever has this passphrase and the profile folder can read every dossier.</source>
        <translation>Never in the computer, in an e-mail, in a photograph or next to the keyboard: whoever has this passphrase and the profile folder can read every dossier.</translation>
    </message>
    <message>
        <source>When the profile is deleted, destroy the sheet (shredder).</source>
        <translation>When the profile is deleted, destroy the sheet (shredder).</translation>
    </message>
    <message>
        <source>How recovery works</source>
        <translation>How recovery works</translation>
    </message>
    <message>
        <source>The dossiers are encrypted. Their master key is kept in the system keychain of this computer, and a copy of it is protected by the recovery passphrase.</source>
        <translation>The dossiers are encrypted. Their master key is kept in the system keychain of this computer, and a copy of it is protected by the recovery passphrase.</translation>
    </message>
    <message>
        <source>If the keychain entry is lost (new computer, new Windows account, reinstalled system, profile folder copied elsewhere), Guichet CCAS asks for the recovery passphrase when it starts: type it as written on this sheet, and the key is restored in the keychain.</source>
        <translation>If the keychain entry is lost (new computer, new Windows account, reinstalled system, profile folder copied elsewhere), Guichet CCAS asks for the recovery passphrase when it starts: type it as written on this sheet, and the key is restored in the keychain.</translation>
    </message>
    <message>
        <source>If both the passphrase and the keychain entry are lost, nobody can open the dossiers again, not even the authors of the software.</source>
        <translation>If both the passphrase and the keychain entry are lost, nobody can open the dossiers again, not even the authors of the software.</translation>
    </message>
    <message>
        <source>No page to print the recovery sheet on.</source>
        <translation>No page to print the recovery sheet on.</translation>
    </message>
    <message>
        <source>The recovery sheet needs the graphical application (fonts).</source>
        <translation>The recovery sheet needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>The page could not be drawn.</source>
        <translation>The page could not be drawn.</translation>
    </message>
    <message>
        <source>A new page could not be started.</source>
        <translation>A new page could not be started.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>The page could not be finished.</translation>
    </message>
    <message>
        <source>Cannot write the PDF “%1”: the recovery sheet needs the graphical application (fonts).</source>
        <translation>Cannot write the PDF “%1”: the recovery sheet needs the graphical application (fonts).</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Recovery sheet</translation>
    </message>
</context>
<context>
    <name>ccas::Reglement</name>
    <message>
        <source>this is not a règlement: the value must be %1</source>
        <translation>this is not a règlement: the value must be %1</translation>
    </message>
    <message>
        <source>format version %1 is not supported (this application reads version %2)</source>
        <translation>format version %1 is not supported (this application reads version %2)</translation>
    </message>
    <message>
        <source>the règlement cannot apply before it is adopted (%1)</source>
        <translation>the règlement cannot apply before it is adopted (%1)</translation>
    </message>
    <message>
        <source>the aid code %1 is already used by aides[%2]</source>
        <translation>the aid code %1 is already used by aides[%2]</translation>
    </message>
    <message>
        <source>no aid has the code %1</source>
        <translation>no aid has the code %1</translation>
    </message>
    <message>
        <source>aides[%1] › </source>
        <translation>aides[%1] › </translation>
    </message>
    <message>
        <source>aid %1 (aides[%2]) › </source>
        <translation>aid %1 (aides[%2]) › </translation>
    </message>
    <message>
        <source>unknown resource type %1</source>
        <translation>unknown resource type %1</translation>
    </message>
    <message>
        <source>unknown charge type %1</source>
        <translation>unknown charge type %1</translation>
    </message>
    <message>
        <source>; possible values: %1</source>
        <translation>; possible values: %1</translation>
    </message>
    <message>
        <source>a computation name is made of lower-case letters, digits and _</source>
        <translation>a computation name is made of lower-case letters, digits and _</translation>
    </message>
    <message>
        <source>unknown computation type %1</source>
        <translation>unknown computation type %1</translation>
    </message>
    <message>
        <source>expected « aucune » or an object { &quot;types&quot;: …, &quot;exclure&quot;: …, &quot;plafonds&quot;: … }</source>
        <translation>expected « aucune » or an object { &quot;types&quot;: …, &quot;exclure&quot;: …, &quot;plafonds&quot;: … }</translation>
    </message>
    <message>
        <source>unknown period %1</source>
        <translation>unknown period %1</translation>
    </message>
    <message>
        <source>unknown rounding mode %1</source>
        <translation>unknown rounding mode %1</translation>
    </message>
    <message>
        <source>unknown rounding unit %1</source>
        <translation>unknown rounding unit %1</translation>
    </message>
    <message>
        <source>unknown divisor %1</source>
        <translation>unknown divisor %1</translation>
    </message>
    <message>
        <source>unknown role %1</source>
        <translation>unknown role %1</translation>
    </message>
    <message>
        <source>the last rule of a scale must apply to everyone (no « role », no age) so that every person counts</source>
        <translation>the last rule of a scale must apply to everyone (no « role », no age) so that every person counts</translation>
    </message>
    <message>
        <source>unknown scale %1</source>
        <translation>unknown scale %1</translation>
    </message>
    <message>
        <source>no computation is defined in « calculs »</source>
        <translation>no computation is defined in « calculs »</translation>
    </message>
    <message>
        <source>unknown computation %1</source>
        <translation>unknown computation %1</translation>
    </message>
    <message>
        <source>unknown operator %1; possible values: « &lt; », « &lt;= », « &gt; », « &gt;= », « = »</source>
        <translation>unknown operator %1; possible values: « &lt; », « &lt;= », « &gt; », « &gt;= », « = »</translation>
    </message>
    <message>
        <source>conditions are nested too deeply</source>
        <translation>conditions are nested too deeply</translation>
    </message>
    <message>
        <source>a condition has exactly one of %1</source>
        <translation>a condition has exactly one of %1</translation>
    </message>
    <message>
        <source>unknown criterion %1</source>
        <translation>unknown criterion %1</translation>
    </message>
    <message>
        <source>unknown benefit %1</source>
        <translation>unknown benefit %1</translation>
    </message>
    <message>
        <source>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</source>
        <translation>invalid commune code %1 (expected the 5-character COG code, e.g. 78358)</translation>
    </message>
    <message>
        <source>unknown person %1</source>
        <translation>unknown person %1</translation>
    </message>
    <message>
        <source>unknown nature %1</source>
        <translation>unknown nature %1</translation>
    </message>
    <message>
        <source>amount tables are nested too deeply</source>
        <translation>amount tables are nested too deeply</translation>
    </message>
    <message>
        <source>a ceiling cannot be a percentage of the amount requested</source>
        <translation>a ceiling cannot be a percentage of the amount requested</translation>
    </message>
    <message>
        <source>unknown amount type %1</source>
        <translation>unknown amount type %1</translation>
    </message>
    <message>
        <source>the nature %1 is already in cas[%2]</source>
        <translation>the nature %1 is already in cas[%2]</translation>
    </message>
    <message>
        <source>unknown variable %1</source>
        <translation>unknown variable %1</translation>
    </message>
    <message>
        <source>missing field (only the last band may have no upper bound)</source>
        <translation>missing field (only the last band may have no upper bound)</translation>
    </message>
    <message>
        <source>« inclus » goes with « jusqu_a »</source>
        <translation>« inclus » goes with « jusqu_a »</translation>
    </message>
    <message>
        <source>bands must be increasing: this bound is not above the bound of tranches[%1]</source>
        <translation>bands must be increasing: this bound is not above the bound of tranches[%1]</translation>
    </message>
    <message>
        <source>cannot read the règlement %1: %2</source>
        <translation>cannot read the règlement %1: %2</translation>
    </message>
    <message>
        <source>the règlement %1 is too large (more than 4 MB)</source>
        <translation>the règlement %1 is too large (more than 4 MB)</translation>
    </message>
</context>
<context>
    <name>ccas::RetentionTab</name>
    <message>
        <source>not decided</source>
        <translation>not decided</translation>
    </message>
    <message>
        <source>no aid</source>
        <translation>no aid</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Due now</translation>
    </message>
    <message>
        <source>Dossiers due for purging</source>
        <translation>Dossiers due for purging</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Inactive dossiers (warning)</source>
        <translation>Inactive dossiers (warning)</translation>
    </message>
    <message>
        <source>Dossiers inactive for a long time</source>
        <translation>Dossiers inactive for a long time</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Months inactive</source>
        <translation>Months inactive</translation>
    </message>
    <message>
        <source>Purges done</source>
        <translation>Purges done</translation>
    </message>
    <message>
        <source>History of purges</source>
        <translation>History of purges</translation>
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
        <translation>Per aid and outcome</translation>
    </message>
    <message>
        <source>Elimination visa</source>
        <translation>Elimination visa</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;fresh</translation>
    </message>
    <message>
        <source>Compute the retention report again</source>
        <translation>Compute the retention report again</translation>
    </message>
    <message>
        <source>&amp;Purge now…</source>
        <translation>&amp;Purge now…</translation>
    </message>
    <message>
        <source>Purge the dossiers due now</source>
        <translation>Purge the dossiers due now</translation>
    </message>
    <message>
        <source>Retention is running…</source>
        <translation>Retention is running…</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) purged.</source>
        <translation>
            <numerusform>%n dossier purged.</numerusform>
            <numerusform>%n dossiers purged.</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed dossiers are purged %1 month(s) after closing; dossiers left open, after %2 month(s) without activity; a warning lists them from %3 month(s) on.</source>
        <translation>Closed dossiers are purged %1 month(s) after closing; dossiers left open, after %2 month(s) without activity; a warning lists them from %3 month(s) on.</translation>
    </message>
    <message numerus="yes">
        <source>closed more than %n month(s) ago</source>
        <translation>
            <numerusform>closed more than %n month ago</numerusform>
            <numerusform>closed more than %n months ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no activity for more than %n month(s)</source>
        <translation>
            <numerusform>no activity for more than %n month</numerusform>
            <numerusform>no activity for more than %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due now.</source>
        <translation>Nothing is due now.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) would be purged now.</source>
        <translation>
            <numerusform>%n dossier would be purged now.</numerusform>
            <numerusform>%n dossiers would be purged now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No open dossier has been inactive for %n month(s) or more.</source>
        <translation>
            <numerusform>No open dossier has been inactive for %n month or more.</numerusform>
            <numerusform>No open dossier has been inactive for %n months or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open dossier(s) inactive for %1 month(s) or more: they will be purged at %2 month(s) without activity.</source>
        <translation>
            <numerusform>%n open dossier inactive for %1 month(s) or more: it will be purged at %2 month(s) without activity.</numerusform>
            <numerusform>%n open dossiers inactive for %1 month(s) or more: they will be purged at %2 month(s) without activity.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Purge now</source>
        <translation>Purge now</translation>
    </message>
    <message numerus="yes">
        <source>Purge %n dossier(s) now? Their data and keys are destroyed for good; only a count per aid and outcome is kept.</source>
        <translation>
            <numerusform>Purge %n dossier now? Its data and keys are destroyed for good; only a count per aid and outcome is kept.</numerusform>
            <numerusform>Purge %n dossiers now? Their data and keys are destroyed for good; only a count per aid and outcome is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Purging…</source>
        <translation>Purging…</translation>
    </message>
</context>
<context>
    <name>ccas::SecretStore</name>
    <message>
        <source>No secret is saved in the system keychain yet.</source>
        <translation>No secret is saved in the system keychain yet.</translation>
    </message>
    <message>
        <source>No system keychain is available (on Linux: install and unlock GNOME Keyring or KWallet).</source>
        <translation>No system keychain is available (on Linux: install and unlock GNOME Keyring or KWallet).</translation>
    </message>
    <message>
        <source>The system keychain refused access (locked, or access denied). Unlock it and try again.</source>
        <translation>The system keychain refused access (locked, or access denied). Unlock it and try again.</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time. Unlock it and try again.</source>
        <translation>The system keychain did not answer in time. Unlock it and try again.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>The system keychain reported an error.</translation>
    </message>
</context>
<context>
    <name>ccas::SedaManifest</name>
    <message>
        <source>the message identifier</source>
        <translation>the message identifier</translation>
    </message>
    <message>
        <source>the archives service&apos;s identifier</source>
        <translation>the archives service&apos;s identifier</translation>
    </message>
    <message>
        <source>the transferring service&apos;s identifier</source>
        <translation>the transferring service&apos;s identifier</translation>
    </message>
    <message>
        <source>the CCAS&apos;s SIRET (originating agency)</source>
        <translation>the CCAS&apos;s SIRET (originating agency)</translation>
    </message>
    <message>
        <source>the appraisal and access rule codes</source>
        <translation>the appraisal and access rule codes</translation>
    </message>
</context>
<context>
    <name>ccas::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Everything can be done with the keyboard: Tab and Shift+Tab go from field to field, Alt with the underlined letter reaches a field or a button, and:</source>
        <translation>Everything can be done with the keyboard: Tab and Shift+Tab go from field to field, Alt with the underlined letter reaches a field or a button, and:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>ccas::Siret</name>
    <message>
        <source>Enter the SIRET number (14 digits).</source>
        <translation>Enter the SIRET number (14 digits).</translation>
    </message>
    <message>
        <source>A SIRET number contains only digits.</source>
        <translation>A SIRET number contains only digits.</translation>
    </message>
    <message>
        <source>A SIRET number has 14 digits.</source>
        <translation>A SIRET number has 14 digits.</translation>
    </message>
    <message>
        <source>This SIRET number is not valid: its check digit does not match. Check it for a typing error.</source>
        <translation>This SIRET number is not valid: its check digit does not match. Check it for a typing error.</translation>
    </message>
</context>
<context>
    <name>ccas::Sources</name>
    <message>
        <source>Family quotient (CAF/MSA)</source>
        <translation>Family quotient (CAF/MSA)</translation>
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
        <translation>The demo case %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The demo cases cannot be found.</source>
        <translation>The demo cases cannot be found.</translation>
    </message>
    <message>
        <source>The demo cases of %1 cannot be found.</source>
        <translation>The demo cases of %1 cannot be found.</translation>
    </message>
</context>
<context>
    <name>ccas::StatisticsTab</name>
    <message>
        <source>Statistics from</source>
        <translation>Statistics from</translation>
    </message>
    <message>
        <source>Statistics to (included)</source>
        <translation>Statistics to (included)</translation>
    </message>
    <message>
        <source>&amp;All dates</source>
        <translation>&amp;All dates</translation>
    </message>
    <message>
        <source>Count every dossier, whatever its date</source>
        <translation>Count every dossier, whatever its date</translation>
    </message>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Update</translation>
    </message>
    <message>
        <source>Compute the statistics again</source>
        <translation>Compute the statistics again</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>Dossiers per aid and outcome</source>
        <translation>Dossiers per aid and outcome</translation>
    </message>
    <message>
        <source>Aid</source>
        <translation>Aid</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Amount granted</source>
        <translation>Amount granted</translation>
    </message>
    <message>
        <source>A dossier counts on the date of its decision, or of its creation while it is not decided. Purged dossiers are no longer counted (see the purges in Retention).</source>
        <translation>A dossier counts on the date of its decision, or of its creation while it is not decided. Purged dossiers are no longer counted (see the purges in Retention).</translation>
    </message>
    <message>
        <source>no aid</source>
        <translation>no aid</translation>
    </message>
    <message>
        <source>not decided yet</source>
        <translation>not decided yet</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s), %1 granted in all.</source>
        <translation>
            <numerusform>%n dossier, %1 granted in all.</numerusform>
            <numerusform>%n dossiers, %1 granted in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ccas::StoreError</name>
    <message>
        <source>The database of this profile could not be read or written. Check that the disk is reachable and that you may write in the profile folder, then try again.</source>
        <translation>The database of this profile could not be read or written. Check that the disk is reachable and that you may write in the profile folder, then try again.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then try again. The existing data are intact.</source>
        <translation>The disk is full: nothing was saved. Free some space, then try again. The existing data are intact.</translation>
    </message>
    <message>
        <source>The database of this profile is damaged or is not a Guichet CCAS database. Nothing was changed. Do not delete it: ask your administrator to restore it from a backup.</source>
        <translation>The database of this profile is damaged or is not a Guichet CCAS database. Nothing was changed. Do not delete it: ask your administrator to restore it from a backup.</translation>
    </message>
    <message>
        <source>Another Guichet CCAS is using this profile (on this computer or in another session). Close it, then try again.</source>
        <translation>Another Guichet CCAS is using this profile (on this computer or in another session). Close it, then try again.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Guichet CCAS. Nothing was changed. Update the application to open it.</source>
        <translation>This database was written by a newer version of Guichet CCAS. Nothing was changed. Update the application to open it.</translation>
    </message>
    <message>
        <source>This dossier or entry does not exist (it may have been purged at the end of its retention period).</source>
        <translation>This dossier or entry does not exist (it may have been purged at the end of its retention period).</translation>
    </message>
    <message>
        <source>This change is not allowed (a value or a change of status the application refuses). Nothing was saved.</source>
        <translation>This change is not allowed (a value or a change of status the application refuses). Nothing was saved.</translation>
    </message>
    <message>
        <source>The encryption key could not be obtained, neither from the system keychain nor with the recovery passphrase, so nothing was opened. Unlock the keychain or enter the recovery passphrase; if the problem persists, contact your administrator.</source>
        <translation>The encryption key could not be obtained, neither from the system keychain nor with the recovery passphrase, so nothing was opened. Unlock the keychain or enter the recovery passphrase; if the problem persists, contact your administrator.</translation>
    </message>
    <message>
        <source>A protected value or the access journal was modified outside the application. The altered data will not be used. Report this to your administrator or data protection officer.</source>
        <translation>A protected value or the access journal was modified outside the application. The altered data will not be used. Report this to your administrator or data protection officer.</translation>
    </message>
    <message>
        <source>An unexpected error stopped the operation. Try again; if it happens again, contact support with the application log.</source>
        <translation>An unexpected error stopped the operation. Try again; if it happens again, contact support with the application log.</translation>
    </message>
</context>
<context>
    <name>ccas::TaxText</name>
    <message>
        <source>Tax situation (DGFiP)</source>
        <translation>Tax situation (DGFiP)</translation>
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
        <translation>taxable (%1)</translation>
    </message>
    <message>
        <source>not taxable</source>
        <translation>not taxable</translation>
    </message>
    <message>
        <source>(income %1)</source>
        <translation>(income %1)</translation>
    </message>
    <message>
        <source>Declarant: %1</source>
        <translation>Declarant: %1</translation>
    </message>
    <message>
        <source>Dependants: %1</source>
        <translation>Dependants: %1</translation>
    </message>
    <message>
        <source>Gross global income: %1</source>
        <translation>Gross global income: %1</translation>
    </message>
    <message>
        <source>Taxable income: %1</source>
        <translation>Taxable income: %1</translation>
    </message>
    <message>
        <source>Tax before deductions: %1</source>
        <translation>Tax before deductions: %1</translation>
    </message>
    <message>
        <source>Tax address: %1</source>
        <translation>Tax address: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Source: %1</translation>
    </message>
</context>
<context>
    <name>ccas::ZipWriter</name>
    <message>
        <source>unknown zip error</source>
        <translation>unknown zip error</translation>
    </message>
    <message>
        <source>the zip file is not open for writing</source>
        <translation>the zip file is not open for writing</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>the zip file is not open</source>
        <translation>the zip file is not open</translation>
    </message>
    <message>
        <source>write error (is the disk full?)</source>
        <translation>write error (is the disk full?)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The settings could not be saved.</source>
        <translation>The settings could not be saved.</translation>
    </message>
    <message>
        <source>The token is used for this session but could not be saved in the system keychain: %1</source>
        <translation>The token is used for this session but could not be saved in the system keychain: %1</translation>
    </message>
    <message>
        <source>The profile is open, but its master key could not be saved in the system keychain: %1
The recovery passphrase will be needed at the next start.</source>
        <translation>The profile is open, but its master key could not be saved in the system keychain: %1
The recovery passphrase will be needed at the next start.</translation>
    </message>
    <message>
        <source>The client ID and secret of API Impôt particulier are used for this session but could not be saved in the system keychain: %1</source>
        <translation>The client ID and secret of API Impôt particulier are used for this session but could not be saved in the system keychain: %1</translation>
    </message>
</context>
</TS>
