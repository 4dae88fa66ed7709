<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>AnswersPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="192" />
            <source>Required fields of the recipient's form</source>
            <translation>Champs obligatoires du formulaire du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="195" />
            <source>Required fields still empty</source>
            <translation>Champs obligatoires encore vides</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="203" />
            <source>Check again</source>
            <translation>Revérifier</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="204" />
            <source>Check the answers again</source>
            <translation>Revérifier les réponses</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="206" />
            <source>Export anyway: the report will say “not provided”</source>
            <translation>Exporter quand même : le rapport indiquera « non fourni »</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="208" />
            <source>Export anyway: the report will say not provided</source>
            <translation>Exporter quand même : le rapport indiquera non fourni</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="232" />
            <source>{n} required field(s) of this recipient's form have no value yet. Type answers below and press “Check again”, or export anyway.</source>
            <translation>{n} champ(s) obligatoire(s) du formulaire de ce destinataire n'ont pas encore de valeur. Saisissez les réponses ci-dessous et appuyez sur « Revérifier », ou exportez quand même.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="237" />
            <source>Every required field of the form has a value.</source>
            <translation>Chaque champ obligatoire du formulaire a une valeur.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="246" />
            <source>Answer: {label}</source>
            <translation>Réponse : {label}</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="249" />
            <source>Your answer for the report</source>
            <translation>Votre réponse pour le rapport</translation>
        </message>
    </context>
    <context>
        <name>AppContext</name>
        <message>
            <location filename="../../ui/context.py" line="46" />
            <source>The vault is locked. Unlock it with your passphrase.</source>
            <translation>Le coffre est verrouillé. Déverrouillez-le avec votre phrase secrète.</translation>
        </message>
    </context>
    <context>
        <name>Bodies</name>
        <message>
            <location filename="../../ui/i18n.py" line="195" />
            <source>International Criminal Court, Office of the Prosecutor</source>
            <translation>Cour pénale internationale, Bureau du Procureur</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="196" />
            <source>UN Special Procedures</source>
            <translation>Procédures spéciales de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="197" />
            <source>UN investigative mechanism</source>
            <translation>Mécanisme d'enquête de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="198" />
            <source>National authorities or court</source>
            <translation>Autorités ou juridiction nationales</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="199" />
            <source>Other body</source>
            <translation>Autre organe</translation>
        </message>
    </context>
    <context>
        <name>CustodyTab</name>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="51" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Event</source>
            <translation>Événement</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="52" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="53" />
            <source>Event hash</source>
            <translation>Empreinte de l'événement</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="54" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="62" />
            <source>Verify chain</source>
            <translation>Vérifier la chaîne</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="63" />
            <source>Verify the custody chain</source>
            <translation>Vérifier la chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="64" />
            <source>Re-check every event's hash link and signature</source>
            <translation>Revérifier le lien d'empreinte et la signature de chaque événement</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="99" />
            <source>{n} events</source>
            <translation>Événements : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="105" />
            <source>Checking every event…</source>
            <translation>Vérification de chaque événement…</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="115" />
            <source>✔ Chain intact: {n} events, every link and signature verified.</source>
            <translation>✔ Chaîne intacte : {n} événements, chaque lien et chaque signature vérifiés.</translation>
        </message>
        <message>
            <location filename="../../ui/custody_tab.py" line="119" />
            <source>✘ Chain broken: {problem}</source>
            <translation>✘ Chaîne rompue : {problem}</translation>
        </message>
    </context>
    <context>
        <name>ExclusionsPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="102" />
            <source>Left out of this dossier</source>
            <translation>Écarté de ce dossier</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="103" />
            <source>Items left out and overrides</source>
            <translation>Éléments écartés et dérogations</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="104" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="110" />
            <source>Include anyway…</source>
            <translation>Inclure malgré tout…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="111" />
            <source>Include the selected item anyway</source>
            <translation>Inclure malgré tout l'élément sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="112" />
            <source>Keep it out</source>
            <translation>Le laisser de côté</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="113" />
            <source>Withdraw the override of the selected item</source>
            <translation>Retirer la dérogation de l'élément sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="134" />
            <source>Included by decision of {who}: {why}</source>
            <translation>Inclus sur décision de {who} : {why}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitDetails</name>
        <message>
            <location filename="../../ui/exhibit_details.py" line="86" />
            <source>Redact…</source>
            <translation>Caviarder…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="87" />
            <source>Make a redacted copy of this photo</source>
            <translation>Faire une copie caviardée de cette photo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="98" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="99" />
            <source>Captured</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>GPS</source>
            <translation>GPS</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="100" />
            <source>Camera</source>
            <translation>Appareil</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="101" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>Acquired</source>
            <translation>Acquis le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="102" />
            <source>By</source>
            <translation>Par</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="103" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="113" />
            <source>What this file reveals</source>
            <translation>Ce que ce fichier révèle</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="136" />
            <source>No exhibit selected</source>
            <translation>Aucune pièce sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="156" />
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="169" />
            <source>Checking what the file reveals…</source>
            <translation>Analyse de ce que révèle le fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="185" />
            <source>Derived from {parent}</source>
            <translation>Dérivé de {parent}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>High</source>
            <translation>Élevé</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Medium</source>
            <translation>Moyen</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="189" />
            <source>Info</source>
            <translation>Info</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="195" />
            <source>&lt;p&gt;Nothing identifying was found in the file's metadata.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Rien d'identifiant n'a été trouvé dans les métadonnées du fichier.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/exhibit_details.py" line="196" />
            <source>A redacted copy keeps: {keeps}</source>
            <translation>Une copie caviardée conserve : {keeps}</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsModel</name>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>File name</source>
            <translation>Nom du fichier</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="47" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Captured</source>
            <translation>Prise le</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Size</source>
            <translation>Taille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="48" />
            <source>Location</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>Type</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="49" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Photo</source>
            <translation>Photo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="50" />
            <source>Video</source>
            <translation>Vidéo</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="51" />
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Web capture</source>
            <translation>Capture web</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_model.py" line="52" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
    </context>
    <context>
        <name>ExhibitsTab</name>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="109" />
            <source>Search exhibits</source>
            <translation>Rechercher des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="110" />
            <source>Search descriptions, places, tags, file names, hashes and codes</source>
            <translation>Rechercher dans les descriptions, lieux, étiquettes, noms de fichiers, empreintes et codes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="112" />
            <source>Search description, place, tag, file name, hash or code…</source>
            <translation>Description, lieu, étiquette, nom de fichier, empreinte ou code…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="116" />
            <source>Clear the search</source>
            <translation>Effacer la recherche</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="122" />
            <source>Filter by kind</source>
            <translation>Filtrer par nature</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="123" />
            <source>All kinds</source>
            <translation>Toutes natures</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Photos</source>
            <translation>Photos</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="124" />
            <source>Videos</source>
            <translation>Vidéos</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Audio</source>
            <translation>Audio</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="125" />
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Web captures</source>
            <translation>Captures web</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="126" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="130" />
            <source>Show as table</source>
            <translation>Afficher en tableau</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="131" />
            <source>Show as thumbnail grid</source>
            <translation>Afficher en vignettes</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="132" />
            <source>Table</source>
            <translation>Tableau</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="133" />
            <source>Grid</source>
            <translation>Grille</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="151" />
            <source>Exhibits table</source>
            <translation>Tableau des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="169" />
            <source>Exhibits thumbnail grid</source>
            <translation>Vignettes des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="213" />
            <source>Loading…</source>
            <translation>Chargement…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="275" />
            <source>{n} matching</source>
            <translation>Trouvées : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="277" />
            <source>{n} exhibits</source>
            <translation>Pièces : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="311" />
            <source>Redact…</source>
            <translation>Caviarder…</translation>
        </message>
        <message>
            <location filename="../../ui/exhibits_tab.py" line="330" />
            <source>{code} saved: a redacted copy; the original is unchanged.</source>
            <translation>{code} enregistrée : une copie caviardée ; l'original reste inchangé.</translation>
        </message>
    </context>
    <context>
        <name>ExportPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="50" />
            <source>Save the dossier</source>
            <translation>Enregistrer le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="51" />
            <source>Choose where to save it, then press Export.</source>
            <translation>Choisissez où l'enregistrer, puis appuyez sur Exporter.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="52" />
            <source>Dossier file</source>
            <translation>Fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="54" />
            <source>Choose where to save</source>
            <translation>Choisir l'emplacement</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="59" />
            <source>Export progress</source>
            <translation>Progression de l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="64" />
            <location filename="../../ui/export_wizard.py" line="65" />
            <source>Cancel export</source>
            <translation>Annuler l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="75" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>age dossier (*.age)</source>
            <translation>Dossier age (*.age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="93" />
            <source>Dossier (*.zip)</source>
            <translation>Dossier (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="94" />
            <source>Save the dossier as</source>
            <translation>Enregistrer le dossier sous</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="117" />
            <source>An age dossier's file name must end with .age (e.g. {name}.dossier.age).</source>
            <translation>Le nom d'un dossier age doit finir par .age (p. ex. {name}.dossier.age).</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="124" />
            <source>Encrypting and signing…</source>
            <translation>Chiffrement et signature…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="140" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="144" />
            <source>Encrypting and signing… {done} of {total}</source>
            <translation>Chiffrement et signature… {done} sur {total}</translation>
        </message>
    </context>
    <context>
        <name>ExportWizard</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="217" />
            <source>Export a dossier</source>
            <translation>Exporter un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="231" />
            <source>Next</source>
            <translation>Suivant</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="232" />
            <source>Back</source>
            <translation>Précédent</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="233" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="234" />
            <source>Finish</source>
            <translation>Terminer</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="235" />
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
    </context>
    <context>
        <name>FinishPage</name>
        <message>
            <location filename="../../ui/export_wizard.py" line="169" />
            <source>Dossier exported</source>
            <translation>Dossier exporté</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="170" />
            <source>Give the recipient these two values by another channel; they check them when they verify the dossier.</source>
            <translation>Transmettez ces deux valeurs au destinataire par un autre canal ; il les contrôlera en vérifiant le dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="172" />
            <source>Dossier SHA-256</source>
            <translation>SHA-256 du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="173" />
            <source>Signer fingerprint</source>
            <translation>Empreinte du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="180" />
            <source>Copy the SHA-256</source>
            <translation>Copier le SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="187" />
            <source>SHA-256:</source>
            <translation>SHA-256 :</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="188" />
            <source>Signed by key:</source>
            <translation>Signé avec la clé :</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="195" />
            <source>&lt;b&gt;{id}&lt;/b&gt; — {n} item(s), {size}&lt;br&gt;{path}</source>
            <translation>&lt;b&gt;{id}&lt;/b&gt; — {n} élément(s), {size}&lt;br&gt;{path}</translation>
        </message>
        <message>
            <location filename="../../ui/export_wizard.py" line="200" />
            <source>&lt;b&gt;No password is needed.&lt;/b&gt; Only these recipients can open it with their age key: {names} (and this vault). Send the signature file {sig} with it: it shows who sent the dossier before anything is decrypted.</source>
            <translation>&lt;b&gt;Aucun mot de passe n'est nécessaire.&lt;/b&gt; Seuls ces destinataires peuvent l'ouvrir avec leur clé age : {names} (et ce coffre). Joignez le fichier de signature {sig} : il montre qui a envoyé le dossier avant tout déchiffrement.</translation>
        </message>
    </context>
    <context>
        <name>Formats</name>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>B</source>
            <translation>o</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>KB</source>
            <translation>Ko</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>MB</source>
            <translation>Mo</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>GB</source>
            <translation>Go</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="277" />
            <source>TB</source>
            <translation>To</translation>
        </message>
    </context>
    <context>
        <name>ImportController</name>
        <message>
            <location filename="../../ui/import_flow.py" line="227" />
            <source>An import is already running; wait for it to finish or cancel it.</source>
            <translation>Un import est déjà en cours ; attendez qu'il se termine ou annulez-le.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="232" />
            <source>Preparing to import…</source>
            <translation>Préparation de l'import…</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="243" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
    <context>
        <name>ImportFlow</name>
        <message>
            <location filename="../../ui/import_flow.py" line="73" />
            <source>File {i} of {n}: {name}</source>
            <translation>Fichier {i} sur {n} : {name}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="90" />
            <source>{name} (already in the case as {code})</source>
            <translation>{name} (déjà dans l'affaire sous {code})</translation>
        </message>
    </context>
    <context>
        <name>ImportPanel</name>
        <message>
            <location filename="../../ui/import_flow.py" line="115" />
            <source>Import progress</source>
            <translation>Progression de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="117" />
            <source>Cancel import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="119" />
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Show details</source>
            <translation>Afficher le détail</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="120" />
            <source>Show import details</source>
            <translation>Afficher le détail de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="123" />
            <source>Close import summary</source>
            <translation>Fermer le bilan de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="125" />
            <source>Import details</source>
            <translation>Détail de l'import</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="162" />
            <source>{done} of {total} · {rate}/s</source>
            <translation>{done} sur {total} · {rate}/s</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="171" />
            <source>Imported {n} file(s).</source>
            <translation>Fichiers importés : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="173" />
            <source>Import cancelled.</source>
            <translation>Import annulé.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="175" />
            <source>{n} already in the case.</source>
            <translation>Déjà dans l'affaire : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="178" />
            <source>{n} could not be read.</source>
            <translation>Illisibles : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="180" />
            <source>{n} warning(s).</source>
            <translation>Avertissements : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="183" />
            <source>Not imported: {name} — {reason}</source>
            <translation>Non importé : {name} — {reason}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="186" />
            <source>Duplicate: {line}</source>
            <translation>Doublon : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="188" />
            <source>Warning: {line}</source>
            <translation>Avertissement : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="190" />
            <source>Added: {line}</source>
            <translation>Ajouté : {line}</translation>
        </message>
        <message>
            <location filename="../../ui/import_flow.py" line="204" />
            <source>Hide details</source>
            <translation>Masquer le détail</translation>
        </message>
    </context>
    <context>
        <name>ItemsPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="114" />
            <source>Choose what to include</source>
            <translation>Choisir le contenu</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="115" />
            <source>Untick anything that must not leave this vault.</source>
            <translation>Décochez tout ce qui ne doit pas quitter ce coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="116" />
            <source>Items to export</source>
            <translation>Éléments à exporter</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Item</source>
            <translation>Élément</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="117" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all</source>
            <translation>Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="120" />
            <source>Select all items</source>
            <translation>Sélectionner tous les éléments</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select none</source>
            <translation>Ne rien sélectionner</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="121" />
            <source>Select no items</source>
            <translation>Ne sélectionner aucun élément</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="124" />
            <source>Loading the case's items…</source>
            <translation>Chargement des éléments de l'affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="157" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="158" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="178" />
            <source>{n} items in this case.</source>
            <translation>Éléments dans cette affaire : {n}.</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../../ui/i18n.py" line="174" />
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="179" />
            <source>System language</source>
            <translation>Langue du système</translation>
        </message>
    </context>
    <context>
        <name>LanguageSwitch</name>
        <message>
            <location filename="../../ui/language_switch.py" line="79" />
            <source>The language changes as soon as the running task ends.</source>
            <translation>La langue changera dès que la tâche en cours sera terminée.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="63" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="64" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="66" />
            <source>Import files…</source>
            <translation>Importer des fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="67" />
            <source>Import evidence files into the open case (Ctrl+I); you can also drop files on the window</source>
            <translation>Importer des fichiers de preuve dans l'affaire ouverte (Ctrl+I) ; vous pouvez aussi les déposer sur la fenêtre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="69" />
            <source>Import folder…</source>
            <translation>Importer un dossier de fichiers…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="71" />
            <source>Import every file of a folder (Ctrl+Shift+I)</source>
            <translation>Importer tous les fichiers d'un dossier (Ctrl+Maj+I)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="72" />
            <source>Export dossier…</source>
            <translation>Exporter un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="73" />
            <source>Export the case as a signed, encrypted dossier (Ctrl+E)</source>
            <translation>Exporter l'affaire en dossier signé et chiffré (Ctrl+E)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="74" />
            <source>Open dossier…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="76" />
            <source>Verify and read a dossier you received (Ctrl+O)</source>
            <translation>Vérifier et lire un dossier reçu (Ctrl+O)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="77" />
            <source>New case…</source>
            <translation>Nouvelle affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="79" />
            <source>New testimony…</source>
            <translation>Nouveau témoignage…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="81" />
            <source>New source…</source>
            <translation>Nouvelle source…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="83" />
            <source>Find exhibits</source>
            <translation>Rechercher des pièces</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="85" />
            <source>Lock</source>
            <translation>Verrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="86" />
            <source>Lock the vault now (Ctrl+L)</source>
            <translation>Verrouiller le coffre maintenant (Ctrl+L)</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="87" />
            <source>Auto-lock…</source>
            <translation>Verrouillage automatique…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="88" />
            <source>Recipients…</source>
            <translation>Destinataires…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="89" />
            <source>The age public keys dossiers can be encrypted to, and your own</source>
            <translation>Les clés publiques age pour lesquelles chiffrer les dossiers, et la vôtre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="91" />
            <source>Trusted signer keys…</source>
            <translation>Clés de signature de confiance…</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="92" />
            <source>Whose signatures this vault recognises, and your own public key</source>
            <translation>Les signatures que ce coffre reconnaît, et votre clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="94" />
            <source>Quit</source>
            <translation>Quitter</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="96" />
            <source>Exhibits as table</source>
            <translation>Pièces en tableau</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="97" />
            <source>Exhibits as thumbnail grid</source>
            <translation>Pièces en vignettes</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="104" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="108" />
            <source>&amp;Case</source>
            <translation>&amp;Affaire</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="111" />
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="114" />
            <source>V&amp;ault</source>
            <translation>&amp;Coffre</translation>
        </message>
        <message>
            <location filename="../../ui/actions.py" line="120" />
            <source>Main toolbar</source>
            <translation>Barre d'outils principale</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="48" />
            <location filename="../../ui/main_window.py" line="122" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Drop files or folders to import them into this case</source>
            <translation>Déposez des fichiers ou des dossiers pour les importer dans cette affaire</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="231" />
            <source>Auto-lock after {n} min</source>
            <translation>Verrouillage auto après {n} min</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Auto-lock off</source>
            <translation>Verrouillage auto désactivé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="232" />
            <source>Locked</source>
            <translation>Verrouillé</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="235" />
            <source>Signing as {label} · key {fp}</source>
            <translation>Signé en tant que {label} · clé {fp}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="236" />
            <source>(no name)</source>
            <translation>(sans nom)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="259" />
            <source>Unlocking… (this takes a second on purpose: it makes guessing your passphrase slow)</source>
            <translation>Déverrouillage… (cela prend une seconde exprès : deviner votre phrase secrète en devient lent)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="267" />
            <source>Creating your encrypted vault…</source>
            <translation>Création de votre coffre chiffré…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="274" />
            <source>Creating a throw-away vault with the fictional demo case…</source>
            <translation>Création d'un coffre jetable avec l'affaire de démonstration fictive…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Auto-lock</source>
            <translation>Verrouillage automatique</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="331" />
            <source>Lock the vault after this many idle minutes (0 = never):</source>
            <translation>Verrouiller le coffre après ce nombre de minutes d'inactivité (0 = jamais) :</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="347" />
            <source>Import evidence files</source>
            <translation>Importer des fichiers de preuve</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="356" />
            <source>Import a folder of evidence</source>
            <translation>Importer un dossier de preuves</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="363" />
            <source>Open or create a case first, then import into it.</source>
            <translation>Ouvrez ou créez d'abord une affaire, puis importez-y.</translation>
        </message>
    </context>
    <context>
        <name>MessageBar</name>
        <message>
            <location filename="../../ui/message_bar.py" line="47" />
            <source>Dismiss message</source>
            <translation>Fermer le message</translation>
        </message>
    </context>
    <context>
        <name>NewCaseDialog</name>
        <message>
            <location filename="../../ui/workspace.py" line="51" />
            <source>New case</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="54" />
            <source>Case title</source>
            <translation>Titre de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="55" />
            <source>Case summary</source>
            <translation>Résumé de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="57" />
            <source>Country</source>
            <translation>Pays</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="58" />
            <source>Body the case is prepared for</source>
            <translation>Organe auquel l'affaire est destinée</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="62" />
            <source>Title *:</source>
            <translation>Titre * :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="63" />
            <source>Summary:</source>
            <translation>Résumé :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="64" />
            <source>Country:</source>
            <translation>Pays :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="65" />
            <source>Prepared for:</source>
            <translation>Destiné à :</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="71" />
            <source>Create case</source>
            <translation>Créer l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="72" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="83" />
            <source>A case needs a title.</source>
            <translation>Une affaire doit avoir un titre.</translation>
        </message>
    </context>
    <context>
        <name>OpenDossierDialog</name>
        <message>
            <location filename="../../ui/open_dossier.py" line="61" />
            <location filename="../../ui/open_dossier.py" line="157" />
            <source>Open a dossier</source>
            <translation>Ouvrir un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="63" />
            <source>Dossier file</source>
            <translation>Fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="66" />
            <source>Choose the dossier file</source>
            <translation>Choisir le fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="68" />
            <source>Dossier password</source>
            <translation>Mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="70" />
            <source>Signer's public key file (optional)</source>
            <translation>Fichier de clé publique du signataire (facultatif)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="71" />
            <source>Only if the signer is not trusted in your vault</source>
            <translation>Seulement si le signataire n'est pas de confiance dans votre coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="73" />
            <source>Choose a signer key file</source>
            <translation>Choisir un fichier de clé de signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify</source>
            <translation>Vérifier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="75" />
            <source>Verify the dossier</source>
            <translation>Vérifier le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="78" />
            <source>Dossier:</source>
            <translation>Dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="79" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="80" />
            <source>Signer key:</source>
            <translation>Clé du signataire :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="87" />
            <source>Verification progress</source>
            <translation>Progression de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="98" />
            <source>Signer fingerprint</source>
            <translation>Empreinte du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="101" />
            <source>Dossier file SHA-256</source>
            <translation>SHA-256 du fichier du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="104" />
            <source>Verification checks</source>
            <translation>Contrôles</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="106" />
            <source>Exhibits in the dossier</source>
            <translation>Pièces du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="107" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="108" />
            <source>SHA-256</source>
            <translation>SHA-256</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="115" />
            <source>Extract to folder…</source>
            <translation>Extraire dans un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="116" />
            <source>Extract the dossier to a folder</source>
            <translation>Extraire le dossier dans un dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="117" />
            <source>Import into vault</source>
            <translation>Importer dans le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="118" />
            <source>Import the dossier into the vault</source>
            <translation>Importer le dossier dans le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="119" />
            <location filename="../../ui/open_dossier.py" line="119" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="134" />
            <source>Signer fingerprint:</source>
            <translation>Empreinte du signataire :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="135" />
            <source>Dossier SHA-256:</source>
            <translation>SHA-256 du dossier :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="137" />
            <source>Checks:</source>
            <translation>Contrôles :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="139" />
            <source>Exhibits:</source>
            <translation>Pièces :</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="158" />
            <source>Dossiers (*.zip *.age);;All files (*)</source>
            <translation>Dossiers (*.zip *.age);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="163" />
            <source>Signer's public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="164" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="175" />
            <source>Not needed for an age dossier</source>
            <translation>Inutile pour un dossier age</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="178" />
            <source>This dossier is encrypted to age keys: no password is needed. It opens with this vault's key if it was sent to this vault.</source>
            <translation>Ce dossier est chiffré pour des clés age : aucun mot de passe n'est nécessaire. Il s'ouvre avec la clé de ce coffre s'il lui a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="184" />
            <source>This dossier is encrypted to age keys, not with a password: it opens only with the vault it was sent to. Unlock that vault first, then open the dossier.</source>
            <translation>Ce dossier est chiffré pour des clés age, pas avec un mot de passe : il ne s'ouvre qu'avec le coffre auquel il a été envoyé. Déverrouillez d'abord ce coffre, puis ouvrez le dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="192" />
            <source>Choose the dossier file.</source>
            <translation>Choisissez le fichier du dossier.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="199" />
            <source>Choose the dossier file and enter its password.</source>
            <translation>Choisissez le fichier du dossier et saisissez son mot de passe.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="246" />
            <source>Verifying every file…</source>
            <translation>Vérification de chaque fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="265" />
            <source>✔ Verified</source>
            <translation>✔ Vérifié</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="266" />
            <source>⚠ Intact, but signed by a key you have not trusted</source>
            <translation>⚠ Intact, mais signé par une clé à laquelle vous n'avez pas fait confiance</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="267" />
            <source>✘ Verification failed</source>
            <translation>✘ Échec de la vérification</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="278" />
            <source>an unknown signer</source>
            <translation>un signataire inconnu</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="279" />
            <source>Signed by: {who}</source>
            <translation>Signé par : {who}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="280" />
            <source>(confirm this fingerprint with the sender by another channel)</source>
            <translation>(confirmez cette empreinte avec l'expéditeur par un autre canal)</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="306" />
            <source>Extract into folder</source>
            <translation>Extraire dans le dossier</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="327" />
            <source>Extracted to {folder}</source>
            <translation>Extrait dans {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="328" />
            <source>Nothing was extracted: the dossier failed verification.</source>
            <translation>Rien n'a été extrait : le dossier n'a pas passé la vérification.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="331" />
            <source>Extracting…</source>
            <translation>Extraction…</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="354" />
            <source>This dossier was imported before; nothing was added.</source>
            <translation>Ce dossier a déjà été importé ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="356" />
            <source>Imported: {added} item(s) added, {held} already held. Signed receipt: {receipt}</source>
            <translation>Importé : {added} élément(s) ajouté(s), {held} déjà présent(s). Accusé de réception signé : {receipt}</translation>
        </message>
        <message>
            <location filename="../../ui/open_dossier.py" line="363" />
            <source>Importing…</source>
            <translation>Import…</translation>
        </message>
    </context>
    <context>
        <name>OverrideDialog</name>
        <message>
            <location filename="../../ui/review_panels.py" line="51" />
            <source>Include {code} anyway</source>
            <translation>Inclure {code} malgré tout</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="53" />
            <source>&lt;b&gt;{code}&lt;/b&gt; was left out: {reason}.&lt;br&gt;&lt;br&gt;Including it anyway is recorded in the custody log with the name and reason you give here. Only the pseudonym travels; an override never discloses the witness's identity.</source>
            <translation>&lt;b&gt;{code}&lt;/b&gt; a été écarté : {reason}.&lt;br&gt;&lt;br&gt;L'inclure malgré tout est consigné dans la chaîne de possession avec le nom et le motif que vous indiquez ici. Seul le pseudonyme part ; une dérogation ne divulgue jamais l'identité du témoin.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="60" />
            <source>Decided by</source>
            <translation>Décidé par</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="61" />
            <source>Name and role of the person who decided</source>
            <translation>Nom et fonction de la personne qui a décidé</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="62" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="64" />
            <source>Why this account may go to this recipient (e.g. consent given orally on …, recorded in …)</source>
            <translation>Pourquoi ce témoignage peut aller à ce destinataire (p. ex. consentement donné oralement le …, consigné dans …)</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="69" />
            <source>Record the decision and include</source>
            <translation>Consigner la décision et inclure</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="70" />
            <source>Include and record</source>
            <translation>Inclure et consigner</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="71" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="75" />
            <source>Decided by *:</source>
            <translation>Décidé par * :</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="76" />
            <source>Reason *:</source>
            <translation>Motif * :</translation>
        </message>
    </context>
    <context>
        <name>ProtectionPage</name>
        <message>
            <location filename="../../ui/export_protection.py" line="49" />
            <source>How the dossier is protected</source>
            <translation>Protection du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="50" />
            <source>Password</source>
            <translation>Mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="51" />
            <source>Protect with a password</source>
            <translation>Protéger par un mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="52" />
            <source>Recipients (age keys)</source>
            <translation>Destinataires (clés age)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="53" />
            <source>Encrypt to recipients' age keys</source>
            <translation>Chiffrer pour les clés age des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="78" />
            <source>Generate a strong password (recommended)</source>
            <translation>Générer un mot de passe robuste (recommandé)</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="80" />
            <source>Generate a password</source>
            <translation>Générer un mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="81" />
            <location filename="../../ui/export_protection.py" line="82" />
            <source>Type my own password</source>
            <translation>Saisir mon propre mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="87" />
            <source>Generated password</source>
            <translation>Mot de passe généré</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="92" />
            <source>Copy the password</source>
            <translation>Copier le mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="94" />
            <source>New one</source>
            <translation>Un autre</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="95" />
            <source>Generate another password</source>
            <translation>Générer un autre mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="97" />
            <source>&lt;b&gt;Send this password by another channel&lt;/b&gt; than the dossier: a phone call, Signal, or in person — never in the same e-mail or upload. It is shown only now and is not stored anywhere.</source>
            <translation>&lt;b&gt;Envoyez ce mot de passe par un autre canal&lt;/b&gt; que le dossier : un appel, Signal ou en personne — jamais dans le même e-mail ou le même envoi. Il n'est affiché que maintenant et n'est enregistré nulle part.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="105" />
            <location filename="../../ui/export_protection.py" line="106" />
            <source>I have copied or written down the password</source>
            <translation>J'ai copié ou noté le mot de passe</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="108" />
            <source>Dossier password</source>
            <translation>Mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="109" />
            <source>Repeat the dossier password</source>
            <translation>Répétez le mot de passe du dossier</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="122" />
            <source>Password:</source>
            <translation>Mot de passe :</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="123" />
            <source>Repeat:</source>
            <translation>Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="137" />
            <source>Recipients to encrypt to</source>
            <translation>Destinataires du chiffrement</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="141" />
            <source>Manage recipients…</source>
            <translation>Gérer les destinataires…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="142" />
            <source>Add or remove recipients</source>
            <translation>Ajouter ou retirer des destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="144" />
            <source>Only the ticked recipients can open the dossier, with their age secret key (the standard 'age' tool or Evidence Kit); no password travels. This vault's own key is always added so your team can reopen it. A signature of the encrypted file (.minisig) is saved beside it: send both.</source>
            <translation>Seuls les destinataires cochés pourront ouvrir le dossier, avec leur clé secrète age (l'outil standard « age » ou Evidence Kit) ; aucun mot de passe ne circule. La clé de ce coffre est toujours ajoutée pour que votre équipe puisse le rouvrir. Une signature du fichier chiffré (.minisig) est enregistrée à côté : envoyez les deux.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="171" />
            <source>Loading recipients…</source>
            <translation>Chargement des destinataires…</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="196" />
            <source>{n} recipient(s) known to this vault.</source>
            <translation>Destinataires connus de ce coffre : {n}.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="198" />
            <source>No recipients yet: add the legal team's age public key (age1…) with “Manage recipients…”.</source>
            <translation>Aucun destinataire pour l'instant : ajoutez la clé publique age de l'équipe juridique (age1…) avec « Gérer les destinataires… ».</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="226" />
            <source>The dossier is encrypted with this password. The recipient needs it to open the dossier.</source>
            <translation>Le dossier est chiffré avec ce mot de passe. Le destinataire en a besoin pour l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="228" />
            <source>The dossier is encrypted to the recipients' public keys; only they (and this vault) can open it.</source>
            <translation>Le dossier est chiffré pour les clés publiques des destinataires ; eux seuls (et ce coffre) peuvent l'ouvrir.</translation>
        </message>
        <message>
            <location filename="../../ui/export_protection.py" line="267" />
            <source>The two passwords differ.</source>
            <translation>Les deux mots de passe diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>RecipientPage</name>
        <message>
            <location filename="../../ui/export_pages.py" line="40" />
            <source>Who is this dossier for?</source>
            <translation>À qui ce dossier est-il destiné ?</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="41" />
            <source>The recipient decides which template and consent rules apply.</source>
            <translation>Le destinataire détermine le modèle et les règles de consentement applicables.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="43" />
            <source>Recipient body</source>
            <translation>Organe destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="54" />
            <source>Disclosure level</source>
            <translation>Niveau de divulgation</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="55" />
            <source>Confidential</source>
            <translation>Confidentiel</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="56" />
            <source>Redacted</source>
            <translation>Caviardé</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="60" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="61" />
            <source>English</source>
            <translation>Anglais</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="61" />
            <source>Russian</source>
            <translation>Russe</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="62" />
            <source>French</source>
            <translation>Français</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="65" />
            <source>Recipient:</source>
            <translation>Destinataire :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="66" />
            <source>Report template:</source>
            <translation>Modèle de rapport :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="67" />
            <source>Disclosure level:</source>
            <translation>Niveau de divulgation :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="69" />
            <source>Report language:</source>
            <translation>Langue du rapport :</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="87" />
            <source>No names or contacts of witnesses, pseudonyms only; photos travel as metadata-stripped copies (made for you where missing), never the originals. For public reports, the press or partner NGOs.</source>
            <translation>Ni noms ni coordonnées des témoins, seulement des pseudonymes ; les photos partent en copies sans métadonnées (créées au besoin), jamais en originaux. Pour les rapports publics, la presse ou les ONG partenaires.</translation>
        </message>
        <message>
            <location filename="../../ui/export_pages.py" line="91" />
            <source>Identities travel only where the witness consented to share them with this recipient. For a court or prosecutor.</source>
            <translation>Les identités ne partent que si le témoin a consenti à les communiquer à ce destinataire. Pour une juridiction ou un procureur.</translation>
        </message>
    </context>
    <context>
        <name>RecipientsDialog</name>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="66" />
            <location filename="../../ui/recipients_dialog.py" line="81" />
            <source>Recipients</source>
            <translation>Destinataires</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="68" />
            <location filename="../../ui/recipients_dialog.py" line="69" />
            <source>Your age public key</source>
            <translation>Votre clé publique age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="72" />
            <source>Copy your age public key</source>
            <translation>Copier votre clé publique age</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="77" />
            <source>Give this key to partners who send dossiers to your team. Add the legal teams you send to below: their public key starts with age1…</source>
            <translation>Donnez cette clé aux partenaires qui envoient des dossiers à votre équipe. Ajoutez ci-dessous les équipes juridiques à qui vous envoyez : leur clé publique commence par age1…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="82" />
            <source>Public key</source>
            <translation>Clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="86" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="87" />
            <source>Remove the selected recipient</source>
            <translation>Retirer le destinataire sélectionné</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="89" />
            <source>Add a recipient</source>
            <translation>Ajouter un destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="90" />
            <source>Recipient label</source>
            <translation>Libellé du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="91" />
            <source>Who they are, e.g. ICC OTP evidence unit</source>
            <translation>Qui ils sont, p. ex. unité des preuves du Bureau du Procureur de la CPI</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="92" />
            <source>Recipient public key</source>
            <translation>Clé publique du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="95" />
            <source>Add the recipient</source>
            <translation>Ajouter le destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="97" />
            <source>From file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="98" />
            <source>Add the recipient from a key file</source>
            <translation>Ajouter le destinataire depuis un fichier de clé</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="104" />
            <source>Label *:</source>
            <translation>Libellé * :</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="105" />
            <source>Public key:</source>
            <translation>Clé publique :</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <location filename="../../ui/recipients_dialog.py" line="109" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="154" />
            <source>Your age public key is copied.</source>
            <translation>Votre clé publique age est copiée.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="159" />
            <source>Give both a label and the public key (age1…).</source>
            <translation>Indiquez un libellé et la clé publique (age1…).</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="168" />
            <source>Give the recipient a label first, then choose the key file.</source>
            <translation>Donnez d'abord un libellé au destinataire, puis choisissez le fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="172" />
            <source>Recipient's age public key</source>
            <translation>Clé publique age du destinataire</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="173" />
            <source>Key files (*.txt *.pub *.age);;All files (*)</source>
            <translation>Fichiers de clé (*.txt *.pub *.age);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="192" />
            <source>Added {label}.</source>
            <translation>{label} ajouté.</translation>
        </message>
        <message>
            <location filename="../../ui/recipients_dialog.py" line="210" />
            <source>Removed {label}.</source>
            <translation>{label} retiré.</translation>
        </message>
    </context>
    <context>
        <name>RedactionDialog</name>
        <message>
            <location filename="../../ui/redaction_editor.py" line="161" />
            <source>Redact {code}</source>
            <translation>Caviarder {code}</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="163" />
            <source>Drag rectangles over faces, tattoos, street signs, number plates — anything that could identify someone. The copy keeps pixels only: every metadata block (GPS, device, time, embedded thumbnail) is removed. {code} itself stays unchanged.</source>
            <translation>Tracez des rectangles sur les visages, tatouages, plaques de rue, plaques d'immatriculation — tout ce qui pourrait identifier quelqu'un. La copie ne garde que les pixels : tous les blocs de métadonnées (GPS, appareil, heure, vignette intégrée) sont supprimés. {code} lui-même reste inchangé.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="169" />
            <source>Image to redact</source>
            <translation>Image à caviarder</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="170" />
            <source>Drag with the mouse to draw a rectangle to hide</source>
            <translation>Faites glisser la souris pour tracer un rectangle à masquer</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur</source>
            <translation>Flou</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="172" />
            <source>Blur the regions</source>
            <translation>Flouter les zones</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black</source>
            <translation>Noir</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="173" />
            <source>Black out the regions</source>
            <translation>Noircir les zones</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="178" />
            <source>Undo last box</source>
            <translation>Annuler le dernier cadre</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="179" />
            <source>Remove the last rectangle</source>
            <translation>Supprimer le dernier rectangle</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="181" />
            <source>Clear boxes</source>
            <translation>Effacer les cadres</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="182" />
            <source>Remove every rectangle</source>
            <translation>Supprimer tous les rectangles</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="184" />
            <source>Save redacted copy</source>
            <translation>Enregistrer la copie caviardée</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="185" />
            <source>Save the redacted copy as a new exhibit</source>
            <translation>Enregistrer la copie caviardée comme nouvelle pièce</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="187" />
            <location filename="../../ui/redaction_editor.py" line="187" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="189" />
            <source>Decrypting the photo…</source>
            <translation>Déchiffrement de la photo…</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="192" />
            <source>Hide regions by:</source>
            <translation>Masquer les zones par :</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="227" />
            <source>{w} × {h} pixels. Draw the regions to hide.</source>
            <translation>{w} × {h} pixels. Tracez les zones à masquer.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="249" />
            <source>{n} region(s) will be hidden; all metadata is removed.</source>
            <translation>{n} zone(s) seront masquée(s) ; toutes les métadonnées sont supprimées.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="251" />
            <source>No region drawn: the copy only has its metadata removed.</source>
            <translation>Aucune zone tracée : la copie perd seulement ses métadonnées.</translation>
        </message>
        <message>
            <location filename="../../ui/redaction_editor.py" line="260" />
            <source>Saving the redacted copy…</source>
            <translation>Enregistrement de la copie caviardée…</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <location filename="../../ui/review_panels.py" line="284" />
            <source>The report is made once the plan is ready.</source>
            <translation>Le rapport est établi une fois le plan prêt.</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="286" />
            <source>Report sections</source>
            <translation>Sections du rapport</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="288" />
            <source>Save report as PDF…</source>
            <translation>Enregistrer le rapport en PDF…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="289" />
            <source>Save the report as a PDF file</source>
            <translation>Enregistrer le rapport dans un fichier PDF</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="308" />
            <source>Making the report…</source>
            <translation>Établissement du rapport…</translation>
        </message>
        <message>
            <location filename="../../ui/review_panels.py" line="311" />
            <source>The report (data/report.pdf, {size}, {pages} page(s)) is signed into the dossier. A picture preview needs Qt's PDF module, which this build of the app does not include; save the report to read it in a PDF viewer.</source>
            <translation>Le rapport (data/report.pdf, {size}, {pages} page(s)) est signé dans le dossier. Un aperçu nécessite le module PDF de Qt, absent de cette version de l'application ; enregistrez le rapport pour le lire dans une visionneuse PDF.</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <location filename="../../ui/export_review.py" line="130" />
            <source>Check before export</source>
            <translation>Vérifier avant l'export</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="131" />
            <source>Nothing has been written yet.</source>
            <translation>Rien n'a encore été écrit.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="132" />
            <source>Preparing…</source>
            <translation>Préparation…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="145" />
            <source>The report</source>
            <translation>Le rapport</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="148" />
            <source>The PDF report is made with the plan.</source>
            <translation>Le rapport PDF est établi avec le plan.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="190" />
            <source>Preparing the dossier plan…</source>
            <translation>Préparation du plan du dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>redacted</source>
            <translation>caviardé</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="237" />
            <source>confidential</source>
            <translation>confidentiel</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="238" />
            <source>&lt;b&gt;Dossier {id}&lt;/b&gt; for {body} ({level})&lt;br&gt;{e} exhibit(s), {t} testimony(ies), {s} source(s) and the PDF report: {size} before encryption.&lt;br&gt;Testimonies travel under their pseudonyms; witnesses' names and contacts stay in this vault unless they consented to share them.</source>
            <translation>&lt;b&gt;Dossier {id}&lt;/b&gt; pour {body} ({level})&lt;br&gt;{e} pièce(s), {t} témoignage(s), {s} source(s) et le rapport PDF : {size} avant chiffrement.&lt;br&gt;Les témoignages partent sous leur pseudonyme ; noms et coordonnées des témoins restent dans ce coffre sauf s'ils ont consenti à les communiquer.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="247" />
            <source>Metadata-stripped copies were made for the redacted dossier: {codes}. The originals stay in the vault.</source>
            <translation>Des copies sans métadonnées ont été faites pour le dossier caviardé : {codes}. Les originaux restent dans le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="321" />
            <source>Save the report as</source>
            <translation>Enregistrer le rapport sous</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="323" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/export_review.py" line="338" />
            <source>Saved to {path}</source>
            <translation>Enregistré dans {path}</translation>
        </message>
    </context>
    <context>
        <name>SourceForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="225" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Web page</source>
            <translation>Page web</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="226" />
            <location filename="../../ui/sources_tab.py" line="62" />
            <source>Social media post</source>
            <translation>Publication sur les réseaux sociaux</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="227" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>News article</source>
            <translation>Article de presse</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="228" />
            <location filename="../../ui/sources_tab.py" line="63" />
            <source>NGO report</source>
            <translation>Rapport d'ONG</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="229" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>UN report</source>
            <translation>Rapport de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="230" />
            <location filename="../../ui/sources_tab.py" line="64" />
            <source>Official document</source>
            <translation>Document officiel</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="231" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Court document</source>
            <translation>Document judiciaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="232" />
            <location filename="../../ui/sources_tab.py" line="65" />
            <source>Satellite imagery</source>
            <translation>Imagerie satellitaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="233" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Dataset</source>
            <translation>Jeu de données</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="234" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Book</source>
            <translation>Livre</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="235" />
            <location filename="../../ui/sources_tab.py" line="66" />
            <source>Leaked document</source>
            <translation>Document divulgué</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="236" />
            <location filename="../../ui/sources_tab.py" line="67" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="50" />
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Title *</source>
            <translation>Titre *</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="53" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="54" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="55" />
            <source>Published on</source>
            <translation>Publié le</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="56" />
            <source>Accessed on</source>
            <translation>Consulté le</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Page or timestamp</source>
            <translation>Page ou horodatage</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="57" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="59" />
            <source>Kind of source</source>
            <translation>Nature de la source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="73" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="79" />
            <source>Kind:</source>
            <translation>Nature :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="80" />
            <source>Quote or summary</source>
            <translation>Citation ou résumé</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="83" />
            <source>Quote:</source>
            <translation>Citation :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="84" />
            <source>Source reliability, A to F</source>
            <translation>Fiabilité de la source, de A à F</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="85" />
            <location filename="../../ui/sources_tab.py" line="93" />
            <source>(not graded)</source>
            <translation>(non coté)</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>A: completely reliable</source>
            <translation>A : entièrement fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="87" />
            <source>B: usually reliable</source>
            <translation>B : généralement fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>C: fairly reliable</source>
            <translation>C : assez fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="88" />
            <source>D: not usually reliable</source>
            <translation>D : généralement peu fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>E: unreliable</source>
            <translation>E : non fiable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="89" />
            <source>F: reliability cannot be judged</source>
            <translation>F : fiabilité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="92" />
            <source>Information credibility, 1 to 6</source>
            <translation>Crédibilité de l'information, de 1 à 6</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>1: confirmed by other sources</source>
            <translation>1 : confirmée par d'autres sources</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="95" />
            <source>2: probably true</source>
            <translation>2 : probablement vraie</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>3: possibly true</source>
            <translation>3 : peut-être vraie</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>4: doubtful</source>
            <translation>4 : douteuse</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="96" />
            <source>5: improbable</source>
            <translation>5 : improbable</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="97" />
            <source>6: truth cannot be judged</source>
            <translation>6 : véracité impossible à évaluer</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="99" />
            <source>Reliability of the source:</source>
            <translation>Fiabilité de la source :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="100" />
            <source>Credibility of the information:</source>
            <translation>Crédibilité de l'information :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="101" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="104" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="111" />
            <source>Save source</source>
            <translation>Enregistrer la source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="112" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>SourcesTab</name>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="159" />
            <location filename="../../ui/sources_tab.py" line="233" />
            <source>Grade</source>
            <translation>Cote</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="160" />
            <source>Kind</source>
            <translation>Nature</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="161" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="162" />
            <location filename="../../ui/sources_tab.py" line="230" />
            <source>Publisher</source>
            <translation>Éditeur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="163" />
            <location filename="../../ui/sources_tab.py" line="231" />
            <source>Published</source>
            <translation>Publié</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>Accessed</source>
            <translation>Consulté</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="164" />
            <location filename="../../ui/sources_tab.py" line="232" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="165" />
            <source>Sources table</source>
            <translation>Tableau des sources</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source…</source>
            <translation>Nouvelle source…</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="174" />
            <source>New source</source>
            <translation>Nouvelle source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="177" />
            <source>Grade: reliability of the source (A–F), then credibility of the information (1–6).</source>
            <translation>Cote : fiabilité de la source (A–F), puis crédibilité de l'information (1–6).</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="184" />
            <source>Source details</source>
            <translation>Détails de la source</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="217" />
            <source>{n} sources</source>
            <translation>Sources : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="229" />
            <source>Author</source>
            <translation>Auteur</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Quote</source>
            <translation>Citation</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="237" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/sources_tab.py" line="263" />
            <source>Source {code} saved.</source>
            <translation>Source {code} enregistrée.</translation>
        </message>
    </context>
    <context>
        <name>TestimoniesTab</name>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="45" />
            <source>Pseudonym</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="46" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="47" />
            <source>Interviewed</source>
            <translation>Entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="48" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="49" />
            <location filename="../../ui/testimonies_tab.py" line="138" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="51" />
            <source>Testimonies table</source>
            <translation>Tableau des témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="63" />
            <source>Testimony details</source>
            <translation>Détails du témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="64" />
            <source>New testimony…</source>
            <translation>Nouveau témoignage…</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="65" />
            <source>New testimony</source>
            <translation>Nouveau témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="106" />
            <source>{n} testimonies</source>
            <translation>Témoignages : {n}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="110" />
            <source>No testimony yet. Use “New testimony…” to record one.</source>
            <translation>Aucun témoignage pour l'instant. Utilisez « Nouveau témoignage… » pour en consigner un.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="146" />
            <source>the public</source>
            <translation>le public</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="148" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="149" />
            <source>May be shared with: {bodies}</source>
            <translation>Peut être communiqué à : {bodies}</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="150" />
            <source>No consent to share is recorded.</source>
            <translation>Aucun consentement au partage n'est consigné.</translation>
        </message>
        <message>
            <location filename="../../ui/testimonies_tab.py" line="187" />
            <source>Testimony {code} saved.</source>
            <translation>Témoignage {code} enregistré.</translation>
        </message>
    </context>
    <context>
        <name>TestimonyForm</name>
        <message>
            <location filename="../../ui/i18n.py" line="206" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Victim</source>
            <translation>Victime</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="207" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Witness</source>
            <translation>Témoin</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="208" />
            <location filename="../../ui/testimony_form.py" line="94" />
            <source>Relative</source>
            <translation>Proche</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="209" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Insider</source>
            <translation>Source interne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="210" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Intermediary</source>
            <translation>Intermédiaire</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="211" />
            <location filename="../../ui/testimony_form.py" line="95" />
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="212" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>In person</source>
            <translation>En personne</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="213" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Remote</source>
            <translation>À distance</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="214" />
            <location filename="../../ui/testimony_form.py" line="96" />
            <source>Written</source>
            <translation>Par écrit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="215" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Saw it</source>
            <translation>L'a vu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="216" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Heard it</source>
            <translation>L'a entendu</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="97" />
            <source>Was told</source>
            <translation>On le lui a dit</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="218" />
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>From a document</source>
            <translation>D'après un document</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="54" />
            <source>New testimony</source>
            <translation>Nouveau témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="59" />
            <source>Witness and interview</source>
            <translation>Témoin et entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="60" />
            <source>Account and incidents</source>
            <translation>Récit et incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="61" />
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="62" />
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="63" />
            <source>Testimony sections</source>
            <translation>Sections du témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="70" />
            <source>Save testimony</source>
            <translation>Enregistrer le témoignage</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="71" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Exact day</source>
            <translation>Jour exact</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="98" />
            <source>Month</source>
            <translation>Mois</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Year</source>
            <translation>Année</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="99" />
            <source>Approximate</source>
            <translation>Approximative</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="100" />
            <source>Initials only</source>
            <translation>Initiales seulement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Pseudonym only</source>
            <translation>Pseudonyme seulement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="101" />
            <source>Not at all</source>
            <translation>Pas du tout</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="107" />
            <source>(not recorded)</source>
            <translation>(non consigné)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>Pseudonym *</source>
            <translation>Pseudonyme *</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="116" />
            <source>e.g. W-07 (used in every output)</source>
            <translation>p. ex. W-07 (utilisé dans tout ce qui sort)</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="118" />
            <source>The name and contact below stay in this vault; dossiers carry only the pseudonym.</source>
            <translation>Le nom et les coordonnées ci-dessous restent dans ce coffre ; les dossiers ne portent que le pseudonyme.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="122" />
            <source>Full name:</source>
            <translation>Nom complet :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="123" />
            <source>Contact:</source>
            <translation>Coordonnées :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="124" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="125" />
            <source>Role:</source>
            <translation>Rôle :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <source>Interview date:</source>
            <translation>Date de l'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="126" />
            <location filename="../../ui/testimony_form.py" line="205" />
            <source>YYYY-MM-DD</source>
            <translation>AAAA-MM-JJ</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="127" />
            <source>Interview place:</source>
            <translation>Lieu de l'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="128" />
            <source>Interview mode</source>
            <translation>Mode d'entretien</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="129" />
            <source>Interview mode:</source>
            <translation>Mode d'entretien :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="130" />
            <source>Interviewer:</source>
            <translation>Enquêteur :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="131" />
            <source>Interviewer's organisation:</source>
            <translation>Organisation de l'enquêteur :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="132" />
            <source>Interpreter:</source>
            <translation>Interprète :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>Language:</source>
            <translation>Langue :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="133" />
            <source>e.g. ru, ar, fr</source>
            <translation>p. ex. ru, ar, fr</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="134" />
            <source>Persons present, one per line</source>
            <translation>Personnes présentes, une par ligne</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="135" />
            <source>Persons present
(one per line):</source>
            <translation>Personnes présentes
(une par ligne) :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="136" />
            <source>Referred by:</source>
            <translation>Orienté par :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="137" />
            <source>Prior accounts</source>
            <translation>Déclarations antérieures</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="138" />
            <source>Prior accounts:</source>
            <translation>Déclarations antérieures :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="144" />
            <source>Account in the witness's own words:</source>
            <translation>Récit dans les mots du témoin :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="145" />
            <source>Narrative</source>
            <translation>Récit</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="147" />
            <location filename="../../ui/testimony_form.py" line="149" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Precision</source>
            <translation>Précision</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="151" />
            <source>What happened</source>
            <translation>Ce qui s'est passé</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Basis</source>
            <translation>Source de connaissance</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="152" />
            <source>Told by</source>
            <translation>Rapporté par</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="157" />
            <location filename="../../ui/testimony_form.py" line="157" />
            <source>Add incident</source>
            <translation>Ajouter un incident</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="158" />
            <location filename="../../ui/testimony_form.py" line="158" />
            <source>Remove incident</source>
            <translation>Supprimer l'incident</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="172" />
            <source>Record what the witness agreed to. Exports to a body the witness did not agree to leave this account out.</source>
            <translation>Consignez ce que le témoin a accepté. Les exports vers un organe auquel il n'a pas consenti écartent ce témoignage.</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="176" />
            <location filename="../../ui/testimony_form.py" line="177" />
            <source>Consent was recorded</source>
            <translation>Le consentement a été consigné</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="179" />
            <source>Consent record</source>
            <translation>Trace du consentement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="180" />
            <source>e.g. signed form no. 12, or audio at 00:01:10</source>
            <translation>p. ex. formulaire signé n° 12, ou audio à 00:01:10</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="182" />
            <source>Record of consent:</source>
            <translation>Trace du consentement :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="183" />
            <source>International Criminal Court</source>
            <translation>Cour pénale internationale</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="184" />
            <source>UN Special Procedures</source>
            <translation>Procédures spéciales de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="185" />
            <source>UN investigative mechanism</source>
            <translation>Mécanisme d'enquête de l'ONU</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>National authorities</source>
            <translation>Autorités nationales</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="186" />
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="193" />
            <source>May be shared with {body}</source>
            <translation>Peut être communiqué à : {body}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="196" />
            <source>May be shared with:</source>
            <translation>Peut être communiqué à :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="197" />
            <source>How the witness may be named</source>
            <translation>Comment le témoin peut être nommé</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="200" />
            <source>May be named as:</source>
            <translation>Peut être nommé par :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="201" />
            <location filename="../../ui/testimony_form.py" line="202" />
            <source>The body may contact the witness</source>
            <translation>L'organe peut contacter le témoin</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="204" />
            <source>Consent given on</source>
            <translation>Consentement donné le</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="206" />
            <source>Given on:</source>
            <translation>Donné le :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="207" />
            <source>How consent was given</source>
            <translation>Comment le consentement a été donné</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="208" />
            <source>e.g. orally, recorded; written form</source>
            <translation>p. ex. oralement, enregistré ; formulaire écrit</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="209" />
            <source>How:</source>
            <translation>Comment :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="215" />
            <source>Welfare follow-up:</source>
            <translation>Suivi psychosocial :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="216" />
            <source>Feedback promised:</source>
            <translation>Retour promis :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="217" />
            <location filename="../../ui/testimony_form.py" line="218" />
            <source>The account was read back to the witness</source>
            <translation>Le récit a été relu au témoin</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="220" />
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="221" />
            <source>Notes:</source>
            <translation>Notes :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="223" />
            <source>Recording file</source>
            <translation>Fichier d'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="225" />
            <source>No recording attached</source>
            <translation>Aucun enregistrement joint</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording…</source>
            <translation>Joindre un enregistrement…</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="226" />
            <source>Attach recording</source>
            <translation>Joindre l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="232" />
            <source>Recording:</source>
            <translation>Enregistrement :</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="243" />
            <source>Date precision</source>
            <translation>Précision de la date</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="244" />
            <source>Basis of knowledge</source>
            <translation>Source de connaissance</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="245" />
            <source>Incident {n}: {what}</source>
            <translation>Incident {n} : {what}</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="275" />
            <source>Attach a recording</source>
            <translation>Joindre un enregistrement</translation>
        </message>
        <message>
            <location filename="../../ui/testimony_form.py" line="316" />
            <source>The recording file no longer exists.</source>
            <translation>Le fichier d'enregistrement n'existe plus.</translation>
        </message>
    </context>
    <context>
        <name>Thumbnails</name>
        <message>
            <location filename="../../ui/thumbs.py" line="39" />
            <source>IMG</source>
            <translation>IMG</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="40" />
            <source>VID</source>
            <translation>VID</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="41" />
            <source>AUD</source>
            <translation>AUD</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="42" />
            <source>DOC</source>
            <translation>DOC</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="43" />
            <source>WEB</source>
            <translation>WEB</translation>
        </message>
        <message>
            <location filename="../../ui/thumbs.py" line="44" />
            <source>FILE</source>
            <translation>FICH</translation>
        </message>
    </context>
    <context>
        <name>TrustedKeysDialog</name>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="50" />
            <source>Trusted signer keys</source>
            <translation>Clés de signature de confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="52" />
            <source>Your signing key</source>
            <translation>Votre clé de signature</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="54" />
            <source>Your key fingerprint</source>
            <translation>Empreinte de votre clé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="57" />
            <source>Copy your key fingerprint</source>
            <translation>Copier l'empreinte de votre clé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="60" />
            <source>Export my public key…</source>
            <translation>Exporter ma clé publique…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="61" />
            <source>Export my public key to a file</source>
            <translation>Exporter ma clé publique dans un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="67" />
            <source>Trusted keys</source>
            <translation>Clés de confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Fingerprint</source>
            <translation>Empreinte</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="68" />
            <source>Added</source>
            <translation>Ajoutée le</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="73" />
            <source>Stop trusting</source>
            <translation>Retirer la confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="74" />
            <source>Stop trusting the selected key</source>
            <translation>Retirer la confiance à la clé sélectionnée</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="76" />
            <source>Trust a signer's key</source>
            <translation>Faire confiance à la clé d'un signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="77" />
            <source>Signer label</source>
            <translation>Libellé du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="78" />
            <source>Who they are, e.g. Partner NGO field team</source>
            <translation>Qui ils sont, p. ex. équipe de terrain d'une ONG partenaire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="79" />
            <source>Signer public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="82" />
            <source>Paste the content of their .pub file</source>
            <translation>Collez le contenu de son fichier .pub</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust</source>
            <translation>Faire confiance</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="84" />
            <source>Trust the pasted key</source>
            <translation>Faire confiance à la clé collée</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="86" />
            <source>From file…</source>
            <translation>Depuis un fichier…</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="87" />
            <source>Trust a key from a file</source>
            <translation>Faire confiance à une clé depuis un fichier</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="89" />
            <source>Trust a key only after you compared its fingerprint with its owner by another channel (a call, in person).</source>
            <translation>Ne faites confiance à une clé qu'après avoir comparé son empreinte avec son propriétaire par un autre canal (un appel, en personne).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="97" />
            <source>Label *:</source>
            <translation>Libellé * :</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="98" />
            <source>Public key:</source>
            <translation>Clé publique :</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <location filename="../../ui/trusted_keys_dialog.py" line="103" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="139" />
            <source>Give both a label and the public key.</source>
            <translation>Indiquez un libellé et la clé publique.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="146" />
            <source>Give the signer a label first, then choose the key file.</source>
            <translation>Donnez d'abord un libellé au signataire, puis choisissez le fichier de clé.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="150" />
            <source>Signer's public key</source>
            <translation>Clé publique du signataire</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="151" />
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>Clés publiques (*.pub);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="169" />
            <source>Trusted {label} ({fp}).</source>
            <translation>Confiance accordée à {label} ({fp}).</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="188" />
            <source>No longer trusted: {label}.</source>
            <translation>Plus de confiance : {label}.</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="196" />
            <source>Export my public key</source>
            <translation>Exporter ma clé publique</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="198" />
            <source>Public keys (*.pub)</source>
            <translation>Clés publiques (*.pub)</translation>
        </message>
        <message>
            <location filename="../../ui/trusted_keys_dialog.py" line="211" />
            <source>Saved to {path}. Give it to partners, and confirm the fingerprint with them by another channel.</source>
            <translation>Enregistrée dans {path}. Donnez-la aux partenaires et confirmez l'empreinte avec eux par un autre canal.</translation>
        </message>
    </context>
    <context>
        <name>UnlockView</name>
        <message>
            <location filename="../../ui/unlock_view.py" line="91" />
            <source>Evidence Kit</source>
            <translation>Evidence Kit</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="92" />
            <source>Everything you gather stays encrypted on this computer. Nothing is sent anywhere.</source>
            <translation>Tout ce que vous recueillez reste chiffré sur cet ordinateur. Rien n'est envoyé nulle part.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="100" />
            <source>Other folder…</source>
            <translation>Autre dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="101" />
            <source>Choose vault folder</source>
            <translation>Choisir le dossier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="102" />
            <source>Use a vault in another folder, or create one there</source>
            <translation>Utiliser un coffre dans un autre dossier, ou en créer un</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="125" />
            <location filename="../../ui/unlock_view.py" line="126" />
            <source>Open the demo case</source>
            <translation>Ouvrir l'affaire de démonstration</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="127" />
            <source>A fictional sample case in a throw-away vault</source>
            <translation>Une affaire fictive d'exemple dans un coffre jetable</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="129" />
            <source>Open a dossier…</source>
            <translation>Ouvrir un dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="130" />
            <source>Open a dossier without a vault</source>
            <translation>Ouvrir un dossier sans coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="131" />
            <source>Verify and read a dossier you received</source>
            <translation>Vérifier et lire un dossier reçu</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="145" />
            <source>Enter your passphrase to unlock the vault.</source>
            <translation>Saisissez votre phrase secrète pour déverrouiller le coffre.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="146" />
            <source>Vault passphrase</source>
            <translation>Phrase secrète du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="148" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="150" />
            <source>Unlock the vault</source>
            <translation>Déverrouiller le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="163" />
            <source>There is no vault here yet. Create one:</source>
            <translation>Il n'y a pas encore de coffre ici. Créez-en un :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="165" />
            <source>Your name or organisation</source>
            <translation>Votre nom ou organisation</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="166" />
            <source>Shown with your signature on the dossiers you export</source>
            <translation>Affiché avec votre signature sur les dossiers que vous exportez</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="167" />
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="168" />
            <source>Repeat the passphrase</source>
            <translation>Répétez la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="173" />
            <source>Passphrase strength</source>
            <translation>Robustesse de la phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="177" />
            <source>Name or organisation:</source>
            <translation>Nom ou organisation :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="178" />
            <source>Passphrase:</source>
            <translation>Phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="179" />
            <source>Repeat:</source>
            <translation>Répétition :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="180" />
            <source>Strength:</source>
            <translation>Robustesse :</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="182" />
            <source>&lt;b&gt;If you lose this passphrase, your evidence is lost.&lt;/b&gt; Nobody can recover it: not your organisation, not the developers, not anyone. Use four or more unrelated words and write them down somewhere safe, away from this computer.</source>
            <translation>&lt;b&gt;Si vous perdez cette phrase secrète, vos preuves sont perdues.&lt;/b&gt; Personne ne peut la retrouver : ni votre organisation, ni les développeurs, ni personne. Utilisez au moins quatre mots sans rapport entre eux et notez-les en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="191" />
            <location filename="../../ui/unlock_view.py" line="193" />
            <source>I understand that a lost passphrase cannot be recovered</source>
            <translation>Je comprends qu'une phrase secrète perdue ne peut pas être retrouvée</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="196" />
            <source>Create vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="197" />
            <source>Create the vault</source>
            <translation>Créer le coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>Vault: {folder}</source>
            <translation>Coffre : {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="212" />
            <source>New vault in: {folder}</source>
            <translation>Nouveau coffre dans : {folder}</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="261" />
            <source>Too short (at least {n} characters)</source>
            <translation>Trop courte (au moins {n} caractères)</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Weak</source>
            <translation>Faible</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Fair</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Good</source>
            <translation>Bonne</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="263" />
            <source>Strong</source>
            <translation>Robuste</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="266" />
            <source>Enter a passphrase</source>
            <translation>Saisissez une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="278" />
            <source>Choose the vault folder</source>
            <translation>Choisir le dossier du coffre</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="285" />
            <source>Enter your passphrase.</source>
            <translation>Saisissez votre phrase secrète.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="292" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="295" />
            <source>Use at least {n} characters.</source>
            <translation>Utilisez au moins {n} caractères.</translation>
        </message>
        <message>
            <location filename="../../ui/unlock_view.py" line="299" />
            <source>Please confirm that you understand the warning.</source>
            <translation>Veuillez confirmer que vous avez compris l'avertissement.</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../../ui/workspace.py" line="107" />
            <location filename="../../ui/workspace.py" line="108" />
            <source>Cases</source>
            <translation>Affaires</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case…</source>
            <translation>Nouvelle affaire…</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="114" />
            <source>New case</source>
            <translation>Nouvelle affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="132" />
            <source>Case sections</source>
            <translation>Sections de l'affaire</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="138" />
            <source>Exhibits</source>
            <translation>Pièces</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="139" />
            <source>Testimonies</source>
            <translation>Témoignages</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="140" />
            <source>Sources</source>
            <translation>Sources</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="141" />
            <source>Custody log</source>
            <translation>Chaîne de possession</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="179" />
            <location filename="../../ui/workspace.py" line="245" />
            <source>{e} exhibits · {t} testimonies · {s} sources</source>
            <translation>Pièces : {e} · témoignages : {t} · sources : {s}</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="234" />
            <source>No case open</source>
            <translation>Aucune affaire ouverte</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="235" />
            <source>Create a case with “New case…” to start gathering evidence.</source>
            <translation>Créez une affaire avec « Nouvelle affaire… » pour commencer à recueillir des preuves.</translation>
        </message>
        <message>
            <location filename="../../ui/workspace.py" line="240" />
            <source>Prepared for: {body}</source>
            <translation>Destiné à : {body}</translation>
        </message>
    </context>
</TS>
