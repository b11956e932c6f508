<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+49"/>
        <source>Ufødt</source>
        <translation>Unborn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>0–5 år</source>
        <translation>0–5 years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6–12 år</source>
        <translation>6–12 years</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>13–17 år</source>
        <translation>13–17 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 år eller eldre</source>
        <translation>18 or older</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ufødt</source>
        <translation>unborn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ukjent</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>besluttet %1</source>
        <translation>decided %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frist %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen svar, sendt %1</source>
        <translation>No answer, sent %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venter på svar, sendt %1</source>
        <translation>Awaiting answer, sent %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen svar etter 3 uker</source>
        <translation>No answer after 3 weeks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venter på svar</source>
        <translation>Awaiting answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under arbeid</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Svar mottatt</source>
        <translation>Answer received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sendt</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen melding</source>
        <translation>No report</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="+14"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-16"/>
        <source>Alder</source>
        <translation>Age</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnets alder i dag (navnet vises først når saken åpnes)</source>
        <translation>The child&apos;s age today (the name shows only when the case is opened)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-18"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="+28"/>
        <location line="+95"/>
        <source>Dato</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Hva som ble sett eller hørt</source>
        <translation>What was seen or heard</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Med</source>
        <translation>With</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonym</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn og rolle</source>
        <translation>Name and role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Råd og vurderinger</source>
        <translation>Advice and assessments</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hvem var med</source>
        <translation>Who took part</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagt fram</source>
        <translation>Presented</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke holdt</source>
        <translation>Not held</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Foreldrenes respons</source>
        <translation>The parents&apos; response</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avtalt</source>
        <translation>Agreed</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forankret hos</source>
        <translation>Anchored with</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Begrunnelse</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Tiltak</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-34"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evalueres</source>
        <translation>Evaluated by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Evaluert</source>
        <translation>Evaluated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva evalueringen viste</source>
        <translation>What the evaluation showed</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gjelder</source>
        <translation>Concerns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merknad</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hendelse</source>
        <translation>Event</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Svart av</source>
        <translation>Answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formål</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottakere</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gyldig til</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trukket</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <source>Steg</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det siste steget i rutinen som har en registrering</source>
        <translation>The last step of the routine with an entry</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="-36"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Nivå</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Nivå på bekymringsskalaen for barnet</source>
        <translation>Level on the child&apos;s concern scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager</source>
        <translation>Days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under 14</source>
        <translation>under 14</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>14–30</source>
        <translation>14–30</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31–90</source>
        <translation>31–90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>over 90</source>
        <translation>over 90</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dager siden bekymringen oppsto</source>
        <translation>Days since the concern arose</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="-42"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <location line="+5"/>
        <source>forfalt</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ikke forfalt</source>
        <translation>not overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>besluttet</source>
        <translation>decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fristen for beslutningen, eller datoen den ble tatt</source>
        <translation>The decision&apos;s due date, or the date it was made</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste oppfølging</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denne uken</source>
        <translation>this week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>senere</source>
        <translation>later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen tiltak</source>
        <translation>no actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nærmeste evaluering eller frist for et aktivt tiltak</source>
        <translation>The nearest evaluation or due date of an active action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Melding til barnevernet: venter den på svar, og hvor lenge?</source>
        <translation>Report to child welfare: is it awaiting an answer, and for how long?</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-33"/>
        <source>Saken opprettet</source>
        <translation>Case created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dager uten svar</source>
        <translation>Days without answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager siden saken ble opprettet</source>
        <translation>Days since the case was created</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>informasjon</source>
        <translation>information</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oppfølging</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> og </source>
        <translation> and </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samtale</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mangler plan for</source>
        <translation>Missing a plan for</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>forsinket</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snart</source>
        <translation>soon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Termin</source>
        <translation>Due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan senest</source>
        <translation>Plan by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/questions.py" line="+37"/>
        <source>Dato for evalueringen</source>
        <translation>Date of the evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen dere evaluerte tiltaket.</source>
        <translation>The date you evaluated the action.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neste evaluering</source>
        <translation>Next evaluation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hvilket barn gjelder bekymringen?</source>
        <translation>Which child is the concern about?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag én bekymring for hvert barn, også når flere søsken er berørt.</source>
        <translation>Make one concern for each child, also when several siblings are affected.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/actionspage.py" line="+59"/>
        <source>Tiltaksplan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Evalueringer av valgt tiltak</source>
        <translation>Evaluations of the selected action</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Legg til tiltak</source>
        <translation>Add action</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lagre evalueringen</source>
        <translation>Save the evaluation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endre valgt tiltak …</source>
        <translation>Change selected action …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rett valgt evaluering …</source>
        <translation>Correct selected evaluation …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nytt tiltak</source>
        <translation>New action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluering</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Evalueringer av «%1»</source>
        <translation>Evaluations of «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg et tiltak i tabellen for å se og legge til evalueringer</source>
        <translation>Select an action in the table to see and add evaluations</translation>
    </message>
</context>
<context>
    <name>AcuteDanger</name>
    <message>
        <location filename="../../barnearket/ui/acute.py" line="+94"/>
        <source>Barn (navn ikke registrert ennå)</source>
        <translation>Child (name not recorded yet)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meldingen er startet og lagret som utkast. Den åpnes nå, og du finner den igjen under Meldinger i bekymringen.</source>
        <translation>The report is started and saved as a draft. It opens now, and you will find it again under Reports in the concern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akutt fare: ring politiet på 112 ved fare for liv eller helse</source>
        <translation>Acute danger: call the police on 112 if life or health is at risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, barnevernvakten på %1</source>
        <translation>, the child welfare emergency service on %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Skriv det du vet nå – resten kan vente.</source>
        <translation>. Write what you know now – the rest can wait.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnevernvaktens nummer</source>
        <translation>Child welfare emergency number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefonnummeret til barnevernvakten der du jobber:</source>
        <translation>Phone number of the child welfare emergency service where you work:</translation>
    </message>
</context>
<context>
    <name>AcuteDialog</name>
    <message>
        <location filename="../../barnearket/ui/acutedialog.py" line="+43"/>
        <location line="+6"/>
        <source>Akutt fare for et barn</source>
        <translation>Acute danger to a child</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Skriv bekymringsmelding nå</source>
        <translation>&amp;Write a report of concern now</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ved fare for liv eller helse: ring politiet 112</source>
        <translation>If life or health is at risk: call the police on 112</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Endre nummeret …</source>
        <translation>Change the &amp;number …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ring barnevernvakten: %1</source>
        <translation>Call the child welfare emergency service: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;font-size: 15pt&apos;&gt;Ring barnevernvakten.&lt;/b&gt;&lt;br&gt;Nummeret er ikke lagt inn her ennå. Politiet (02800, eller 112 ved fare) kan sette deg over.</source>
        <translation>&lt;b style=&apos;font-size: 15pt&apos;&gt;Call the child welfare emergency service.&lt;/b&gt;&lt;br&gt;The number has not been entered here yet. The police (02800, or 112 in danger) can put you through.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meld til barnevernet</source>
        <translation>Report to child welfare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldeplikten er personlig. Du kan alltid skrive og skrive ut meldingen, selv om samtykke, steg eller godkjenning mangler.</source>
        <translation>The duty to report is personal. You can always write and print the report, even if consent, steps or approval are missing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen sak er valgt. Velg saken i sakslisten, og trykk Ctrl+Shift+A igjen for å starte meldingen herfra.</source>
        <translation>No case is selected. Select the case in the case list and press Ctrl+Shift+A again to start the report from here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sak:</source>
        <translation>Case:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnet er ikke registrert ennå</source>
        <translation>The child is not recorded yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gjelder barn:</source>
        <translation>C&amp;hild concerned:</translation>
    </message>
</context>
<context>
    <name>AddChildForm</name>
    <message>
        <location filename="../../barnearket/ui/sheet/children.py" line="+38"/>
        <source>Legg til barn eller søsken</source>
        <translation>Add a child or sibling</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ufødt (venter barn)</source>
        <translation>Unborn (expecting a child)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Legg til barnet</source>
        <translation>Add the child</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Med alle opplysninger …</source>
        <translation>With all details …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer, foreldreansvar, hvor barnet bor, skole og tjenester</source>
        <translation>Identity number, parental responsibility, where the child lives, school and services</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relasjon</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnets navn</source>
        <translation>The child&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnets fødselsdato</source>
        <translation>The child&apos;s date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnet er ikke født ennå</source>
        <translation>The child is not born yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnets relasjon til brukeren</source>
        <translation>The child&apos;s relation to the service user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termindato</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="+83"/>
        <source>Passordfrasene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hver kollega har sitt eget brukernavn og sitt eget passord. Brukernavnet blir også kollegaens innlogging på kommunens server, med små bokstaver a–z, tall, punktum eller bindestrek. </source>
        <translation>Each colleague has their own user name and password. The user name is also the colleague&apos;s login on the municipality&apos;s server, in lower-case letters a–z, digits, full stops or hyphens. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi passordet til kollegaen muntlig, aldri på e-post.</source>
        <translation>Give the password to the colleague by word of mouth, never by e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver kollega har sitt eget brukernavn og sin egen passordfrase. Brukernavnet har små bokstaver a–z, tall, punktum eller bindestrek. </source>
        <translation>Each colleague has their own user name and passphrase. The user name has lower-case letters a–z, digits, full stops or hyphens. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gi passordfrasen til kollegaen muntlig, aldri på e-post.</source>
        <translation>Give the passphrase to the colleague by word of mouth, never by e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gjenta passordet:</source>
        <translation>Repea&amp;t the password:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ny bruker</source>
        <translation>New user</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fullt &amp;navn:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv hele navnet.</source>
        <translation>Write the full name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for eksempel kari.nordmann</source>
        <translation>for example kari.nordmann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>Un&amp;it:</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Passordene er ikke like.</source>
        <translation>The passwords do not match.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>Repea&amp;t the passphrase:</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../barnearket/ui/admin/menu.py" line="+36"/>
        <source>Ad&amp;ministrasjon</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukere …</source>
        <translation>&amp;Users …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Backup …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legg tilbake sikkerhetskopi …</source>
        <translation>&amp;Restore a backup …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virksomhetens opplysninger …</source>
        <translation>&amp;Organisation details …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frister …</source>
        <translation>&amp;Deadlines …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatisk l&amp;åsing …</source>
        <translation>Automatic l&amp;ocking …</translation>
    </message>
</context>
<context>
    <name>AdultBanner</name>
    <message>
        <location filename="../../barnearket/ui/adultbanner.py" line="+43"/>
        <source>Avslutt for barnet …</source>
        <translation>Close for the child …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt bekymringene for barnet, og deretter saken hvis ingenting annet er åpent</source>
        <translation>Close the concerns for the child, then the case if nothing else is open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortsett saken</source>
        <translation>Continue the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saken fortsetter; meldingen om 18 år vises ikke mer</source>
        <translation>The case continues; the notice about turning 18 is no longer shown</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 fylte 18 år %2 og er ikke lenger barn i saken. Saken står ikke lenger i køene for barnet.</source>
        <translation>%1 turned 18 on %2 and is no longer a child in the case. The case is no longer in the queues for the child.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne bekymringer for barnet: %1.</source>
        <translation>Open concerns for the child: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt det som gjaldt barnet, eller fortsett saken (for eksempel med andre barn, eller med barnet som voksen pårørende).</source>
        <translation>Close what concerned the child, or continue the case (for example with other children, or with the child as an adult next of kin).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bekymringene for %1 avsluttes med begrunnelsen at barnet har fylt 18 år.</source>
        <translation>The concerns for %1 are closed on the grounds that the child has turned 18.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt for barnet</source>
        <translation>Close for the child</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutt</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunne ikke avslutte</source>
        <translation>Could not close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="+41"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>AnswerCorrection</name>
    <message>
        <location filename="../../barnearket/ui/rights/answers.py" line="+57"/>
        <source>Rett et svar i samtale %1</source>
        <translation>Correct an answer in conversation %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En fullført samtale endres ikke, men et fritekstsvar kan rettes. Det som stod før, blir stående under svaret med dato, hvem som rettet og hvorfor.</source>
        <translation>A completed conversation is not changed, but a free-text answer can be corrected. What it said before stays below the answer with the date, who corrected it and why.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Svar:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Står &amp;nå:</source>
        <translation>Now rea&amp;ds:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Riktig tekst:</source>
        <translation>&amp;Correct text:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hvorfor rettes det?</source>
        <translation>&amp;Why is it corrected?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtalen har ingen fritekstsvar som kan rettes.</source>
        <translation>The conversation has no free-text answers that can be corrected.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Teksten er den samme som før.</source>
        <translation>The text is the same as before.</translation>
    </message>
</context>
<context>
    <name>ArosePage</name>
    <message>
        <location filename="../../barnearket/ui/concern/first.py" line="+62"/>
        <location line="+4"/>
        <source>Historikk for bekymringsnivå</source>
        <translation>Concern level history</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/autolock.py" line="+32"/>
        <source>Automatisk låsing</source>
        <translation>Automatic locking</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: saksfilen lukkes, og passordfrasen må skrives på nytt. Tiden gjelder alle som bruker denne saksfilen, på alle maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt kontor.</source>
        <translation>When nobody has touched the keyboard or mouse for this long, Barnearket locks: the case file is closed and the passphrase must be typed again. The time applies to everyone who uses this case file, on every machine. Choose between %1 and %2 minutes; shorter is safer in a shared office.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: tilkoblingen til kommunens server lukkes, og passordet må skrives på nytt. Tiden gjelder alle som bruker serveren, på alle maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt kontor.</source>
        <translation>When nobody has touched the keyboard or the mouse for this long, Barnearket locks itself: the connection to the municipality&apos;s server is closed and the password must be typed again. The time applies to everyone using the server, on every machine. Choose between %1 and %2 minutes; shorter is safer in a shared office.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> minutter</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lås &amp;etter:</source>
        <translation>Lock &amp;after:</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../barnearket/ui/autosave.py" line="+31"/>
        <source>Det du skrev er tatt vare på i vinduet, og Barnearket prøver å lagre det igjen om litt.</source>
        <translation>What you wrote is kept in the window, and Barnearket will try to save it again shortly.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Noen andre lagret det samme i samme øyeblikk.</source>
        <translation>Someone else saved the same thing at the same moment.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="+38"/>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sikkerhetskopi: velg hvor kopien skal ligge</source>
        <translation>Backup: choose where the copy goes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sikkerhetskopien er skrevet</source>
        <translation>The backup is written</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kopien ligger i %1, med nøkkelfilen %2 ved siden av. Den er kryptert og åpnes med de samme brukernavnene og passordfrasene. Ta vare på begge filene.</source>
        <translation>The copy is in %1, with the key file %2 beside it. It is encrypted and opens with the same user names and passphrases. Keep both files safe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sikkerhetskopien ble ikke skrevet</source>
        <translation>The backup was not written</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/chart.py" line="+71"/>
        <source>Ingen i perioden</source>
        <translation>None in the period</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../barnearket/ui/edit/casebar.py" line="+29"/>
        <source>Svar på spørsmålet om barn …</source>
        <translation>Answer the question about children …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til barn …</source>
        <translation>Add child …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå til samtalen</source>
        <translation>Go to the conversation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avslutt saken %1</source>
        <translation>Close case %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vslutt saken</source>
        <translation>C&amp;lose the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En sak kan avsluttes når spørsmålet om barn er besvart og alle bekymringer er avsluttet. Den kan gjenåpnes senere.</source>
        <translation>A case can be closed when the question about children is answered and all concerns are closed. It can be reopened later.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avsluttet &amp;dato:</source>
        <translation>Closed on &amp;date:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>E&amp;ndre saken …</source>
        <translation>Chan&amp;ge the case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til ba&amp;rn …</source>
        <translation>Add chi&amp;ld …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red&amp;iger barnet …</source>
        <translation>Ed&amp;it the child …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Avsl&amp;utt saken …</source>
        <translation>Clo&amp;se the case …</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Gjenåpne saken</source>
        <translation>&amp;Reopen the case</translation>
    </message>
</context>
<context>
    <name>CaseBrowser</name>
    <message>
        <location filename="../../barnearket/ui/casebrowser.py" line="+56"/>
        <source>Mine åpne saker</source>
        <translation>My open cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle åpne saker</source>
        <translation>All open cases</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle saker</source>
        <translation>All cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn, fødselsnummer eller saksnummer</source>
        <translation>Name, identity number or case number</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Vis:</source>
        <translation>Sho&amp;w:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sø&amp;k:</source>
        <translation>Sea&amp;rch:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saker</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 av %2 saker</source>
        <translation>%1 of %2 cases</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · Enter åpner den valgte saken</source>
        <translation> · Enter opens the selected case</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/case.py" line="+39"/>
        <source>Ikke spurt</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Endre saken %1</source>
        <translation>Change case %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brukeren trenger &amp;tolk</source>
        <translation>The service user needs an interp&amp;reter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarlig</source>
        <translation>No one responsible</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Navnet må fylles ut. Fødselsnummer er 11 siffer og kan stå tomt. Endringer føres i loggen med hvem og når.</source>
        <translation>The name is required. The identity number has 11 digits and may be left empty. Changes are logged with who and when.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brukerens &amp;navn:</source>
        <translation>Service user&apos;s na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fø&amp;dselsdato:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress&amp;e:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telef&amp;on:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En&amp;het:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ansvarlig:</source>
        <translation>Res&amp;ponsible:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandling:</source>
        <translation>&amp;Treatment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit&amp;uasjon:</source>
        <translation>Situ&amp;ation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mellomrom krysser av</source>
        <translation>Space ticks the box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;rn under 18 år:</source>
        <translation>C&amp;hildren under 18:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søs&amp;ken under 18 år:</source>
        <translation>Siblin&amp;gs under 18:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;purt dato:</source>
        <translation>Date as&amp;ked:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skriv brukerens navn.</source>
        <translation>Write the service user&apos;s name.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spørsmålet om barn kan ikke gjøres ubesvart igjen. Velg «Ukjent» om dere ikke vet.</source>
        <translation>The question about children cannot be made unanswered again. Choose «Unknown» if you do not know.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Brukerens navn</source>
        <translation>User&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandling</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situasjon</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn under 18 år</source>
        <translation>Children under 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søsken under 18 år</source>
        <translation>Siblings under 18</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurt dato</source>
        <translation>Date asked</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="-33"/>
        <location filename="../../barnearket/ui/unlockparts.py" line="+19"/>
        <source>Barnearket-saksfiler (*.barnearket);;Alle filer (*)</source>
        <translation>Barnearket case files (*.barnearket);;All files (*)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../barnearket/ui/caselist.py" line="+27"/>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bruker</source>
        <translation>Service user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barn</source>
        <translation>Children</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringer</source>
        <translation>Concerns</translation>
    </message>
</context>
<context>
    <name>CaseListToggle</name>
    <message>
        <location filename="../../barnearket/ui/caselistpane.py" line="+40"/>
        <source>Skjul &amp;sakslisten</source>
        <translation>Hide the &amp;case list</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis &amp;sakslisten</source>
        <translation>Show the &amp;case list</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../barnearket/ui/casetable.py" line="+54"/>
        <source>Piltastene velger en sak, Enter åpner den.</source>
        <translation>The arrow keys select a case, Enter opens it.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../barnearket/ui/caseparts.py" line="+44"/>
        <source>ufødt, termin %1</source>
        <translation>unborn, due %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 år</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, voksen (ikke lenger barn i saken)</source>
        <translation>, adult (no longer a child in the case)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alder ukjent</source>
        <translation>age unknown</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saksnummer:</source>
        <translation>Case number:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enhet:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fødselsdato:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandling:</source>
        <translation>Treatment:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situasjon:</source>
        <translation>Situation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn under 18 år:</source>
        <translation>Children under 18:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søsken under 18 år:</source>
        <translation>Siblings under 18:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ikke oppgitt</source>
        <translation>not given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen valgt</source>
        <translation>none chosen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke spurt ennå</source>
        <translation>Not asked yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (spurt %2)</source>
        <translation>%1 (asked %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke spurt</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/caseview.py" line="+110"/>
        <source>Ingen barn eller søsken er registrert.</source>
        <translation>No children or siblings are recorded.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg en sak i listen til venstre, eller lag en ny sak med Ctrl+N.</source>
        <translation>Select a case in the list on the left, or make a new case with Ctrl+N.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Barn og søsken</source>
        <translation>Children and siblings</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Oversikt</source>
        <translation>&amp;Overview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barnearket-samtale</source>
        <translation>&amp;Barnearket conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ekymringer</source>
        <translation>Conc&amp;erns</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/edit/casebar.py" line="-53"/>
        <source>Mangler: %1</source>
        <translation>Missing: %1</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="+107"/>
        <source>Lever sakene tilbake til serveren</source>
        <translation>Return the cases to the server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lever tilbake</source>
        <translation>&amp;Return</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Server address:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passordfrasen din:</source>
        <translation>Your &amp;passphrase:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Denne saksfilen er en kopi av sak %1 tatt med fra serveren. Siden da er det gjort %2 nye registreringer og %3 endringer. Alt leveres tilbake samlet; etterpå overskrives og slettes kopien på denne maskinen, og Barnearket lukkes.</source>
        <translation>This case file is a copy of case %1 taken along from the server. Since then there have been %2 new entries and %3 changes. Everything is returned in one go; afterwards the copy on this machine is overwritten and deleted, and Barnearket closes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv passordfrasen din.</source>
        <translation>Type your passphrase.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skriv serverens adresse (postgresql://…).</source>
        <translation>Type the server&apos;s address (postgresql://…).</translation>
    </message>
</context>
<context>
    <name>CheckoutBanner</name>
    <message>
        <location filename="../../barnearket/ui/checkout/banner.py" line="+21"/>
        <source>tatt med av %1 %2 kl. %3</source>
        <translation>taken along by %1 on %2 at %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saken er %1. Den kan leses, men ikke endres her før den er levert tilbake (eller en administrator frigir den).</source>
        <translation>The case has been %1. It can be read but not changed here until it is returned (or an administrator releases it).</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="-133"/>
        <source>Ta med sak %1 på denne maskinen</source>
        <translation>Take case %1 along on this machine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ta med</source>
        <translation>&amp;Take along</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saken kopieres til en ny, kryptert saksfil på denne maskinen, som du kan arbeide i uten nett. Du åpner den med brukernavnet ditt og den samme passordfrasen som på serveren. Til du leverer den tilbake, kan saken bare leses på serveren.</source>
        <translation>The case is copied into a new, encrypted case file on this machine that you can work in without a network. You open it with your user name and the same passphrase as on the server. Until you return it, the case can only be read on the server.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Choose …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ny saksfil:</source>
        <translation>New case &amp;file:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passordfrasen din:</source>
        <translation>Your &amp;passphrase:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny saksfil for saken</source>
        <translation>New case file for the case</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Velg hvor saksfilen skal ligge.</source>
        <translation>Choose where the case file goes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv passordfrasen din.</source>
        <translation>Type your passphrase.</translation>
    </message>
</context>
<context>
    <name>CheckoutMenu</name>
    <message>
        <location filename="../../barnearket/ui/checkout/menu.py" line="+31"/>
        <source>Ta &amp;med på denne maskinen …</source>
        <translation>Take along on this &amp;machine …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lever &amp;tilbake til serveren …</source>
        <translation>&amp;Return to the server …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fri&amp;gi sak som er tatt med …</source>
        <translation>Release a case taken alon&amp;g …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ingen sak valgt</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Choose a case in the list first.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Levert tilbake</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sak %1 er levert tilbake til serveren, og kopien på denne maskinen er slettet. Barnearket lukkes nå.</source>
        <translation>Case %1 has been returned to the server, and the copy on this machine is deleted. Barnearket closes now.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/child.py" line="+33"/>
        <location line="+39"/>
        <source>Vet ikke</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Endre barnet</source>
        <translation>Change the child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til barn eller søsken</source>
        <translation>Add a child or sibling</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Barnet er &amp;ikke født ennå</source>
        <translation>The child is not born &amp;yet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bare navnet må fylles ut. Et ufødt barn har termindato i stedet for fødselsdato; det som ikke gjelder før fødselen, skrus av.</source>
        <translation>Only the name is required. An unborn child has a due date instead of a date of birth; what does not apply before birth is switched off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navn:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnumm&amp;er:</source>
        <translation>Identity numb&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 siffer, kan stå tomt</source>
        <translation>11 digits, may be left empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fø&amp;dselsdato:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Termindato:</source>
        <translation>&amp;Due date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relasjon til brukeren:</source>
        <translation>&amp;Relation to the service user:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Foreldreansvar (brukeren):</source>
        <translation>&amp;Parental responsibility (service user):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bor:</source>
        <translation>&amp;Lives:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daglig &amp;omsorg:</source>
        <translation>Daily &amp;care:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem som gir barnet daglig omsorg</source>
        <translation>Who gives the child daily care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den &amp;andre forelderen:</source>
        <translation>The &amp;other parent:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skole eller barnehage:</source>
        <translation>School or &amp;kindergarten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;jenester som er inne:</source>
        <translation>Ser&amp;vices involved:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mellomrom krysser av</source>
        <translation>Space ticks the box</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Skriv barnets navn.</source>
        <translation>Write the child&apos;s name.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fødselsnummer</source>
        <translation>National identity number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termindato</source>
        <translation>Due date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relasjon til brukeren</source>
        <translation>Relation to the user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreldreansvar (brukeren)</source>
        <translation>Parental responsibility (the user)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor</source>
        <translation>Lives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daglig omsorg</source>
        <translation>Daily care</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den andre forelderen</source>
        <translation>The other parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skole eller barnehage</source>
        <translation>School or kindergarten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tjenester som er inne</source>
        <translation>Services involved</translation>
    </message>
</context>
<context>
    <name>ClosurePage</name>
    <message>
        <location filename="../../barnearket/ui/concern/closure.py" line="+45"/>
        <location line="+1"/>
        <source>Avslutt bekymringen</source>
        <translation>Close the concern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åpne bekymringen igjen</source>
        <translation>Reopen the concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne igjen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Avslutninger og gjenåpninger</source>
        <translation>Closings and reopenings</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/choice.py" line="+75"/>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
</context>
<context>
    <name>ConcernDeadline</name>
    <message>
        <location filename="../../barnearket/ui/concern/deadline.py" line="+28"/>
        <source>Bekymringen er avsluttet</source>
        <translation>The concern is closed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meld til barnevernet nå · akutt fare: ring 112</source>
        <translation>Report to child welfare now · acute danger: call 112</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beslutning tatt %1</source>
        <translation>Decision made %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Beslutning innen %n dager</source>
        <translation>
            <numerusform>Decision due in %n day</numerusform>
            <numerusform>Decision due in %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslutningsfristen er i dag</source>
        <translation>The decision is due today</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Beslutningsfristen gikk ut for %n dager siden</source>
        <translation>
            <numerusform>The decision was due %n day ago</numerusform>
            <numerusform>The decision was due %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernPanel</name>
    <message>
        <location filename="../../barnearket/ui/concern/panel.py" line="+49"/>
        <source>Bekymringer på saken</source>
        <translation>Concerns in the case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny bekymring</source>
        <translation>New concern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis avsluttede</source>
        <translation>Show closed</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen bekymring er valgt. Velg en i listen, eller lag en ny.</source>
        <translation>No concern is selected. Select one in the list, or make a new one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bekymring:</source>
        <translation>Concern:</translation>
    </message>
</context>
<context>
    <name>ConcernSteps</name>
    <message>
        <location filename="../../barnearket/ui/concern/steppages.py" line="+23"/>
        <source>Legg til observasjon</source>
        <translation>Add observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til drøfting</source>
        <translation>Add consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til samtalen</source>
        <translation>Add the talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer beslutningen</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rett valgt …</source>
        <translation>Correct selected …</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <location filename="../../barnearket/ui/concern/view.py" line="+59"/>
        <source>Samtykker</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldinger</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ukjent barn</source>
        <translation>unknown child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymring for %1</source>
        <translation>Concern for %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Svangerskap: %1 (Ctrl+Shift+G)</source>
        <translation>Pregnancy: %1 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oppstod %1 · %2 · Nivå %3</source>
        <translation>Arose %1 · %2 · Level %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meldinger til barnevernet, politiet eller andre tjenester om denne bekymringen, med frister for tilbakemelding.</source>
        <translation>Reports to child welfare, the police or other services about this concern, with deadlines for feedback.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under meldeterskelen trenger vi samtykke før vi deler opplysninger med andre tjenester. En melding til barnevernet krever aldri samtykke.</source>
        <translation>Below the reporting threshold we need consent before sharing information with other services. A report to child welfare never needs consent.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hvorfor dette steget? %1</source>
        <translation>Why this step? %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+23"/>
        <source>svaret</source>
        <translation>the answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtalen</source>
        <translation>the conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bekymringen</source>
        <translation>the concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiltaket</source>
        <translation>the action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observasjonen</source>
        <translation>the observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drøftingen</source>
        <translation>the consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtalen med forelderen</source>
        <translation>the conversation with the parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutningen</source>
        <translation>the decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evalueringen</source>
        <translation>the evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saken</source>
        <translation>the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opplysningene om barnet</source>
        <translation>the details of the child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meldingen</source>
        <translation>the report</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/fields.py" line="+35"/>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+31"/>
        <location filename="../../barnearket/ui/edit/entryconflict.py" line="+80"/>
        <source>dette</source>
        <translation>this</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+18"/>
        <source>(tomt)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+9"/>
        <location line="+9"/>
        <source>nettopp</source>
        <translation>just now</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>%1 kl. %2</source>
        <translation>%1 at %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[Skrevet samtidig med endringen over (%1, %2):]</source>
        <translation>[Written at the same time as the change above (%1, %2):]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en annen bruker</source>
        <translation>another user</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/merge.py" line="+124"/>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../barnearket/ui/conflict/dialog.py" line="+52"/>
        <source>Noen andre har endret dette</source>
        <translation>Someone else has changed this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En annen bruker</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 endret %2 %3, etter at du begynte å endre det. Det du la inn er ikke lagret ennå, men det er ikke borte: det står til venstre. Velg hva som skal gjelde.</source>
        <translation>%1 changed %2 on %3, after you began changing it. What you entered is not saved yet, but it is not lost: it is on the left. Choose what is to stand.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det du skrev (ikke lagret)</source>
        <translation>What you wrote (not saved)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det du valgte (ikke lagret)</source>
        <translation>What you chose (not saved)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret av %1</source>
        <translation>Saved by %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behold &amp;mitt</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruk det &amp;lagrede</source>
        <translation>Use the &amp;saved one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta med &amp;begge</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den lagrede teksten først, så din, merket med hvem og når.</source>
        <translation>The saved text first, then yours, marked with who and when.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/consents.py" line="+82"/>
        <location line="+10"/>
        <source>Samtykker på saken</source>
        <translation>Consents in the case</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Trekk tilbake valgt samtykke …</source>
        <translation>&amp;Withdraw selected consent …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv &amp;ut valgt samtykke …</source>
        <translation>&amp;Print the selected consent …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtykkeskjemaet fylt ut med svaret som er valgt i listen</source>
        <translation>The consent form filled in with the answer selected in the list</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tjeneste å dele med</source>
        <translation>Service to share with</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kan vi dele?</source>
        <translation>&amp;May we share?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dele med:</source>
        <translation>&amp;Share with:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nytt svar på samtykke</source>
        <translation>New answer on consent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer svaret</source>
        <translation>Record the answer</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Ikke lagret – prøver igjen. Serveren svarer ikke. Tilbaketrekkingen og merknaden din er tatt vare på kryptert på denne maskinen og lagres av seg selv når serveren svarer igjen.</source>
        <translation>Not saved – trying again. The server is not answering. The withdrawal and your note are kept encrypted on this computer and will be saved by themselves when the server answers again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Et gyldig samtykke dekker deling med %1 i dag.</source>
        <translation>A valid consent covers sharing with %1 today.</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../barnearket/ui/sheet/panel.py" line="+61"/>
        <source>Trykk «Start samtale» når du skal snakke med brukeren om barna.</source>
        <translation>Press «Start conversation» when you are going to talk with the service user about the children.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Arket låses og kan ikke endres etterpå. Neste samtale blir en ny versjon.</source>
        <translation>The sheet is locked and cannot be changed afterwards. The next conversation becomes a new version.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n påkrevde spørsmål mangler fortsatt svar.</source>
        <translation>
            <numerusform>%n required question still has no answer.</numerusform>
            <numerusform>%n required questions still have no answer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullføre arket?</source>
        <translation>Complete the sheet?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fullfør arket</source>
        <translation>Complete the sheet</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../barnearket/ui/sheet/conversation.py" line="+93"/>
        <source>Ta deg god tid og snakk fritt. Temaene er stikkord, ikke en rekkefølge. Skriv notater til høyre, og fyll ut arket mot slutten av samtalen.</source>
        <translation>Take your time and talk freely. The topics are prompts, not an order. Write notes on the right, and fill in the sheet towards the end of the conversation.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/entries.py" line="+146"/>
        <source>Endre tiltaket</source>
        <translation>Change the action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rett oppføringen</source>
        <translation>Correct the entry</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det som sto der før, blir stående i en datert merknad nederst i teksten, med hvem som rettet og hvorfor. Påkrevde spørsmål må fortsatt ha svar.</source>
        <translation>What was there before stays in a dated note at the end of the text, with who corrected it and why. Required questions must still have an answer.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Hvorfor rettes det?</source>
        <translation>&amp;Why is it corrected?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen bestemt tjeneste</source>
        <translation>No particular service</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tjeneste som har tiltaket:</source>
        <translation>Service that owns the &amp;action:</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/edit/entryconflict.py" line="+34"/>
        <source>Tjeneste som har tiltaket</source>
        <translation>Service responsible for the action</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../barnearket/ui/seams.py" line="+23"/>
        <location line="+75"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+13"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Skriv ut</source>
        <translation>Print</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../barnearket/ui/documents.py" line="+48"/>
        <source>%1 – forhåndsvisning</source>
        <translation>%1 – preview</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Oppdater forhåndsvisning</source>
        <translation>Refresh preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut …</source>
        <translation>Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kopier</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier «%1»</source>
        <translation>Copy «%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dokumentet er taushetsbelagt. Skriv ut bare når det trengs.</source>
        <translation>The document is confidential. Print only when needed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endringer her lagres ikke: skriv meldingen under Bekymringer, Meldinger (Alt+9), så den blir lagret, sendt og fulgt opp.</source>
        <translation>Changes here are not saved: write the report under Concerns, Reports (Alt+9), so it is saved, sent and followed up.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>«%1» er kopiert. Utklippstavlen tømmes om ti sekunder.</source>
        <translation>«%1» is copied. The clipboard is cleared in ten seconds.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret. Oppbevar filen trygt og slett den når den ikke trengs.</source>
        <translation>Saved. Keep the file safe and delete it when it is no longer needed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sendt til skriveren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <location filename="../../barnearket/ui/docmenu.py" line="+32"/>
        <source>&amp;Journalsammendrag …</source>
        <translation>&amp;Record summary …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalsammendrag &amp;uten barnas opplysninger …</source>
        <translation>Record summary &amp;without the children&apos;s details …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bekymringsmelding til barnevernet …</source>
        <translation>&amp;Report of concern to child welfare …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Samtykkeskjema …</source>
        <translation>&amp;Consent form …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tiltaksplan for ansvarsgruppe …</source>
        <translation>&amp;Action plan for the responsibility group …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>B&amp;rosjyre til forelderen …</source>
        <translation>&amp;Leaflet for the parent …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virksomhetens opplysninger …</source>
        <translation>&amp;Organisation details …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen sak valgt</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Select a case in the list first.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/common.py" line="+45"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbr&amp;yt</source>
        <translation>Ca&amp;ncel</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <location filename="../../barnearket/ui/conflict/fieldsdialog.py" line="+69"/>
        <source>Noen andre har endret dette</source>
        <translation>Someone else has changed this</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En annen bruker</source>
        <translation>Another user</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 endret %2 etter at du åpnet det. Under står bare det dere begge har endret: ditt til venstre (ikke lagret ennå, men ikke borte), det lagrede til høyre. Velg hva som skal gjelde.</source>
        <translation>%1 changed %2 after you opened it. Below is only what you both changed: yours on the left (not saved yet, but not lost), the saved one on the right. Choose which shall stand.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tatt med uten å spørre, fordi bare %1 endret det: %2.</source>
        <translation>Taken in without asking, because only %1 changed it: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagret av %1 %2</source>
        <translation>Saved by %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behold &amp;mitt</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruk det &amp;lagrede</source>
        <translation>Use the &amp;saved one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta med &amp;begge</source>
        <translation>Keep &amp;both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekstene: den lagrede først, så din, merket med hvem og når. Andre felt: ditt gjelder.</source>
        <translation>Texts: the saved one first, then yours, marked with who and when. Other fields: yours stands.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ditt</source>
        <translation>Yours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, ditt</source>
        <translation>%1, yours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, lagret</source>
        <translation>%1, saved</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/figuresmodel.py" line="+67"/>
        <source>Tall</source>
        <translation>Figures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hele perioden</source>
        <translation>Whole period</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/figurestab.py" line="+64"/>
        <source>&amp;Vis tall</source>
        <translation>&amp;Show figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksporter &amp;CSV …</source>
        <translation>Export &amp;CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag &amp;PDF …</source>
        <translation>Make &amp;PDF …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bare antall og medianer, ingen personopplysninger</source>
        <translation>Only counts and medians, no personal data</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>F&amp;ra:</source>
        <translation>From da&amp;te:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;il:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Årstall</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alle enheter</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teller …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kunne ikke telle. Prøv igjen.</source>
        <translation>Could not count. Try again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre årstall</source>
        <translation>Save the yearly figures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret i %1.</source>
        <translation>Saved in %1.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/filterbar.py" line="+34"/>
        <source>Søk i saksnummer, enhet, ansvarlig, steg …</source>
        <translation>Search case number, unit, responsible, step …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i oversikten</source>
        <translation>Search the overview</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: alle</source>
        <translation>%1: all</translation>
    </message>
</context>
<context>
    <name>FormBox</name>
    <message>
        <location filename="../../barnearket/ui/concern/formbox.py" line="+98"/>
        <source>Fyll ut %1 først.</source>
        <translation>Fill in %1 first.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/form.py" line="+32"/>
        <location line="+37"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
</context>
<context>
    <name>FunctionsDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/functions.py" line="+23"/>
        <source>&amp;Barneansvarlig for enheten</source>
        <translation>C&amp;hildren&apos;s lead for the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teamleder for enheten</source>
        <translation>&amp;Team leader for the unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ildelingskontoret</source>
        <translation>&amp;Allocation office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barne&amp;koordinator</source>
        <translation>Children&apos;s c&amp;oordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medlem av ressursgruppen</source>
        <translation>&amp;Member of the resource group</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funksjoner i rutinen for %1</source>
        <translation>Functions in the routine for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funksjonene sier hvem som gjør hva i rutinen. De endrer ikke tilgangsrollen, men en teamleder eller barneansvarlig ser sakene til enheten sin og får teamlederoversikten.</source>
        <translation>The functions say who does what in the routine. They do not change the access role, but a team leader or children&apos;s lead sees the cases of their unit and gets the team leader&apos;s overview.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enhet: %1</source>
        <translation>Unit: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../barnearket/ui/helpmenu.py" line="+32"/>
        <source>&amp;Hjelp og veiledning …</source>
        <translation>&amp;Help and guidance …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hjelp til det du står i, eller søk i hjelpen (F1)</source>
        <translation>Help with what you are doing, or search the help (F1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hjelp</source>
        <translation>Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelpetekstene er ikke lastet. Spør administrator.</source>
        <translation>The help texts are not loaded. Ask your administrator.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../barnearket/ui/helpwindow.py" line="+44"/>
        <source>Hjelp og veiledning</source>
        <translation>Help and guidance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel «taushetsplikt» eller «samtykke»</source>
        <translation>For example “confidentiality” or “consent”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hjelpeemner</source>
        <translation>Help topics</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hjelpetekst</source>
        <translation>Help text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen emner passer søket.</source>
        <translation>No topics match the search.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Søk i hjelpen:</source>
        <translation>&amp;Search the help:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kommunens handlingsveileder</source>
        <translation>The municipality&apos;s action guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kommunens handlingsveileder er ikke lagt inn ennå. Spør administrator.</source>
        <translation>The municipality&apos;s action guide has not been added yet. Ask your administrator.</translation>
    </message>
</context>
<context>
    <name>HighestLevel</name>
    <message>
        <location filename="../../barnearket/ui/edit/highest.py" line="+50"/>
        <source>Høyeste bekymringsnivå</source>
        <translation>Highest concern level</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva gjør at bekymringen nå er på høyeste nivå? Begrunnelsen lagres i historikken for nivået (må fylles ut).</source>
        <translation>What puts the concern at the highest level now? The reason is stored in the level&apos;s history (required).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nivået ble ikke lagret</source>
        <translation>The level was not saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>På dette nivået skal det sendes bekymringsmelding til barnevernet nå. Meldeplikten krever ikke samtykke. Vil du starte meldingen?</source>
        <translation>At this level a report of concern goes to child welfare now. The duty to report needs no consent. Do you want to start the report?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start bekymringsmelding?</source>
        <translation>Start a report of concern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meldingen nå</source>
        <translation>Start the report now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldingen er startet</source>
        <translation>The report is started</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Et utkast til bekymringsmelding er laget. Du finner det under Dokumenter → Bekymringsmelding til barnevernet.</source>
        <translation>A draft report of concern is made. You will find it under Documents → Report of concern to child welfare.</translation>
    </message>
</context>
<context>
    <name>InnsynDialog</name>
    <message>
        <location filename="../../barnearket/ui/rights/innsyn.py" line="+30"/>
        <source>Innsyn i sak %1</source>
        <translation>Access to case %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre PDF …</source>
        <translation>&amp;Save PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumentet viser alt som er lagret om personen i saken, og hvem som har åpnet og endret den. Det som andre har krav på at holdes tilbake (et annet barns opplysninger, hvem en anonym drøfting ble holdt med), er utelatt og nevnt med begrunnelse. Barn kan selv få innsyn fra de er 16 år.</source>
        <translation>The document shows everything stored about the person in the case, and who has opened and changed it. What others have a right to have withheld (another child&apos;s details, who an anonymous consultation was held with) is left out and mentioned with the reason. Children can get access themselves from the age of 16.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forelderen: %1</source>
        <translation>The parent: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barnet: %1</source>
        <translation>The child: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innsyn &amp;for:</source>
        <translation>Access &amp;for:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lagre innsyn som PDF</source>
        <translation>Save the access document as PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Innsyn lagret</source>
        <translation>Access document saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagret. Filen er taushetsbelagt: gi den bare til den den gjelder, og slett den når den er levert.</source>
        <translation>Saved. The file is confidential: give it only to the person it concerns, and delete it once it has been handed over.</translation>
    </message>
</context>
<context>
    <name>JournalPrompt</name>
    <message>
        <location filename="../../barnearket/ui/journalprompt.py" line="+17"/>
        <source>Saksfilen mangler de siste endringene</source>
        <translation>The case file is missing the latest changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsett uten dem</source>
        <translation>Continue without them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Velger du å fortsette, åpnes saksfilen slik den var før disse endringene, og du kan arbeide videre med den. Kopien blir liggende til IT har sett på den. Velger du Avbryt, forblir alt som det er.</source>
        <translation>

If you continue, the case file opens as it was before these changes, and you can go on working with it. The copy stays until IT has looked at it. If you choose Cancel, everything stays as it is.</translation>
    </message>
</context>
<context>
    <name>Journalling</name>
    <message>
        <location filename="../../barnearket/ui/journalling.py" line="+25"/>
        <source>Ikke lagret – prøver igjen. Serveren svarer ikke. Det du skrev, står her og er tatt vare på kryptert på denne maskinen. Det lagres av seg selv når serveren svarer igjen.</source>
        <translation>Not saved – retrying. The server is not answering. What you wrote stays here and is kept encrypted on this computer. It is saved by itself when the server answers again.</translation>
    </message>
</context>
<context>
    <name>KeptButton</name>
    <message>
        <location filename="../../barnearket/ui/keptlist.py" line="+105"/>
        <source>Det du har skrevet mens serveren var borte (Ctrl+Shift+U)</source>
        <translation>What you wrote while the server was away (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ulagret arbeid (%1)</source>
        <translation>Unsaved work (%1)</translation>
    </message>
</context>
<context>
    <name>KeptList</name>
    <message>
        <location line="-71"/>
        <source>Samtalen (svar eller notater)</source>
        <translation>The conversation (answers or notes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringen, steg 1</source>
        <translation>The concern, step 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutning av bekymringen</source>
        <translation>Closing the concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjenåpning av bekymringen</source>
        <translation>Reopening the concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt svar på samtykke</source>
        <translation>New consent answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtykke trukket tilbake</source>
        <translation>Consent withdrawn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>observasjon</source>
        <translation>observation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drøfting</source>
        <translation>consultation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtale med foreldrene</source>
        <translation>conversation with the parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutning</source>
        <translation>decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiltak</source>
        <translation>action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluering</source>
        <translation>evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny %1</source>
        <translation>New %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rettelse av %1</source>
        <translation>Correction of %1</translation>
    </message>
</context>
<context>
    <name>KeptListDialog</name>
    <message>
        <location line="+81"/>
        <location line="+16"/>
        <source>Ulagret arbeid</source>
        <translation>Unsaved work</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Dette har du skrevet, men det er ikke lagret på serveren ennå. Det er tatt vare på kryptert på denne maskinen og lagres av seg selv når serveren svarer. Noe som ble holdt tilbake fordi saken var endret eller avsluttet, står også her.</source>
        <translation>You wrote this, but it is not saved on the server yet. It is kept encrypted on this computer and saved by itself when the server answers. Anything held back because the case was changed or closed is listed here too.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skrevet</source>
        <translation>Written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lagre nå</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behold til senere</source>
        <translation>&amp;Keep for later</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ikke kjent nå</source>
        <translation>not known now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holdt tilbake</source>
        <translation>held back</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>venter på serveren</source>
        <translation>waiting for the server</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../barnearket/ui/languagemenu.py" line="+31"/>
        <source>Sp&amp;råk</source>
        <translation>Lang&amp;uage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meldingen til barnevernet, samtykkeskjemaet, tiltaksplanen og journalsammendraget skrives på dette språket.</source>
        <translation>The report to child welfare, the consent form, the action plan and the record summary are written in this language.</translation>
    </message>
</context>
<context>
    <name>LeafletDialog</name>
    <message>
        <location filename="../../barnearket/ui/leafletdialog.py" line="+34"/>
        <source>Brosjyre til forelderen – forhåndsvisning</source>
        <translation>Leaflet for the parent – preview</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Save as PDF …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brosjyren har ingen opplysninger om saker. Navn og kontakt hentes fra virksomhetens opplysninger (menyen Dokumenter).</source>
        <translation>The leaflet holds no details about cases. Name and contact come from the organisation details (the Documents menu).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sendt til skriveren.</source>
        <translation>Sent to the printer.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../barnearket/ui/lockscreen.py" line="+40"/>
        <source>Barnearket – låst</source>
        <translation>Barnearket – locked</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>&amp;Lås opp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Avslutt Barnearket</source>
        <translation>&amp;Quit Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akutt fare (Ctrl+Shift+A)</source>
        <translation>Acute danger (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Barnearket er låst</source>
        <translation>Barnearket is locked</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tilkoblingen til kommunens server er lukket, og ingen saksopplysninger vises. Skriv passordet ditt for å fortsette der du var.</source>
        <translation>The connection to the municipality&apos;s server is closed, and no case details are shown. Type your password to carry on where you were.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saksfilen er lukket, og ingen saksopplysninger vises. Skriv passordfrasen din for å fortsette der du var.</source>
        <translation>The case file is closed and no case details are shown. Type your passphrase to carry on where you were.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+24"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Låst av: %1 (%2)</source>
        <translation>Locked by: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Låser opp …</source>
        <translation>Unlocking …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../barnearket/ui/mainwindow.py" line="+120"/>
        <source>S&amp;aker</source>
        <translation>C&amp;ases</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Oversik&amp;t over bekymringer</source>
        <translation>Concerns over&amp;view</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Verktøy</source>
        <translation>Tools</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ny sak</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finn sak</source>
        <translation>&amp;Find case</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Akutt fare</source>
        <translation>&amp;Acute danger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Akutt fare for et barn: hvem du ringer nå, og start en melding (Ctrl+Shift+A)</source>
        <translation>Acute danger to a child: whom to call now, and start a report (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min &amp;profil …</source>
        <translation>My &amp;profile …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sak</source>
        <translation>&amp;Case</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dokumenter</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Praksis</source>
        <translation>&amp;Practice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Om Barnearket</source>
        <translation>&amp;About Barnearket</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Om Barnearket</source>
        <translation>About Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Barnearket %1&lt;/h3&gt;&lt;p&gt;Arbeidsverktøy for barneansvarlige i hjemmetjenesten: samtalen om barna (helsepersonelloven § 10 a) og oppfølging fra bekymring til handling.&lt;/p&gt;&lt;p&gt;Sakene ligger kryptert i saksfilen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barnearket %1&lt;/h3&gt;&lt;p&gt;A working tool for the home services&apos; child contacts: the conversation about the children (Health Personnel Act § 10 a) and follow-up from concern to action.&lt;/p&gt;&lt;p&gt;The cases are kept encrypted in the case file.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Barnearket</source>
        <translation>Barnearket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sak %1</source>
        <translation>case %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../barnearket/ui/resourcegroup.py" line="+81"/>
        <source>Nytt møte i ressursgruppen</source>
        <translation>New resource group meeting</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legg til s&amp;ak</source>
        <translation>&amp;Add case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern saken</source>
        <translation>&amp;Remove the case</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriv ikke navn på brukere, barn eller andre som kan kjennes igjen. Nevn saker bare med saksnummer, eller la nummeret stå tomt når saken ble drøftet anonymt.</source>
        <translation>Do not write names of service users, children or others who could be recognised. Refer to cases only by case number, or leave the number empty when the case was discussed anonymously.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Til stede (én rolle per linje):</source>
        <translation>&amp;Present (one role per line):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel barnevernet, helsesykepleier, NAV, teamleder rus</source>
        <translation>For example child welfare, public health nurse, NAV, team leader substance use</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Saker som ble drøftet</source>
        <translation>Cases discussed</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Saksnummer (tomt: anonymt):</source>
        <translation>Case num&amp;ber (empty: anonymous):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hva som ble drøftet:</source>
        <translation>&amp;What was discussed:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f.eks. 2026-0042</source>
        <translation>e.g. 2026-0042</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Råd som ble gitt:</source>
        <translation>Advice &amp;given:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;utiner som ble avtalt:</source>
        <translation>Ro&amp;utines agreed:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skriv saksnummeret eller hva som ble drøftet.</source>
        <translation>Write the case number or what was discussed.</translation>
    </message>
</context>
<context>
    <name>MinorBanner</name>
    <message>
        <location filename="../../barnearket/ui/minorbanner.py" line="+39"/>
        <source>Bekymring for b&amp;rukeren selv …</source>
        <translation>Concern for the service &amp;user themselves …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag en bekymring om brukeren; derfra skrives meldingen.</source>
        <translation>Make a concern about the service user; the report is written from there.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Brukeren er %1 år, altså under 18.</source>
        <translation>The service user is %1, that is under 18.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kan ikke lage bekymringen</source>
        <translation>Cannot make the concern</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../barnearket/ui/needs.py" line="+37"/>
        <source>Send bekymringsmelding nå</source>
        <translation>Send a report of concern now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging av tiltak</source>
        <translation>Follow-up of actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purre svar på melding</source>
        <translation>Chase an answer to a report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for svangerskapet</source>
        <translation>Plan for the pregnancy</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>høyeste nivå siden %1, ingen melding sendt</source>
        <translation>highest level since %1, no report sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forfalt %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frist %1</source>
        <translation>due %1</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Trenger meg nå</source>
        <translation>Needs me now</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Ingen frister de nærmeste dagene.</source>
        <translation>No deadlines in the next few days.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henter det som trenger deg nå …</source>
        <translation>Loading what needs you now …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trenger meg nå (%1)</source>
        <translation>Needs me now (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kunne ikke hente fristene. Prøv igjen om litt.</source>
        <translation>Could not load the deadlines. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/newcase.py" line="+49"/>
        <location line="+20"/>
        <source>Ny sak</source>
        <translation>New case</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>« &amp;Tilbake</source>
        <translation>« &amp;Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neste »</source>
        <translation>&amp;Next »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opprett sak</source>
        <translation>C&amp;reate case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Steg %1 av 2</source>
        <translation>Step %1 of 2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Svar på om brukeren har barn under 18 år (også «Ukjent» er et svar).</source>
        <translation>Answer whether the service user has children under 18 («Unknown» is an answer too).</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/newcaseparts.py" line="+30"/>
        <source>Har brukeren barn under 18 år?</source>
        <translation>Does the service user have children under 18?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Har brukeren søsken under 18 år?</source>
        <translation>Does the service user have siblings under 18?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Spør alle brukere om de har barn eller søsken under 18 år – også når du tror svaret er nei. «Ukjent» og «Vil ikke svare» er også svar, og kan endres senere.</source>
        <translation>Ask every service user whether they have children or siblings under 18 – also when you think the answer is no. «Unknown» and «Will not answer» are answers too, and can be changed later.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Spurt dato:</source>
        <translation>Date &amp;asked:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>11 siffer, kan stå tomt</source>
        <translation>11 digits, may be left empty</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brukerens &amp;navn:</source>
        <translation>Service user&apos;s &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Identity number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer eller D-nummer, valgfritt</source>
        <translation>Identity number or D number, optional</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filen har ingen enheter ennå. Skriv navnet på enheten din.</source>
        <translation>The file has no units yet. Write the name of your unit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Behandling:</source>
        <translation>&amp;Treatment:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Situasjon:</source>
        <translation>&amp;Situation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg alt som gjelder</source>
        <translation>Choose all that apply</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv brukerens navn.</source>
        <translation>Write the service user&apos;s name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv navnet på enheten.</source>
        <translation>Write the name of the unit.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/units.py" line="+10"/>
        <source>Rus</source>
        <translation>Substance use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psykisk helse</source>
        <translation>Mental health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somatikk</source>
        <translation>Physical health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tildelingskontoret</source>
        <translation>Allocation office</translation>
    </message>
</context>
<context>
    <name>NewConcernBox</name>
    <message>
        <location filename="../../barnearket/ui/concern/newconcern.py" line="+30"/>
        <source>Ny bekymring</source>
        <translation>New concern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opprett bekymringen</source>
        <translation>Create the concern</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../barnearket/ui/newfile.py" line="+49"/>
        <location line="+23"/>
        <location line="+45"/>
        <source>Ny saksfil</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+101"/>
        <source>&amp;Opprett saksfil</source>
        <translation>C&amp;reate case file</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Saksfilen er kryptert. Du blir første bruker, med rollen administrator, og kan legge til kollegaer senere.</source>
        <translation>The case file is encrypted. You become the first user, with the administrator role, and can add colleagues later.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Velg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg hvor filen skal lagres</source>
        <translation>Choose where to save the file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullt &amp;navn:</source>
        <translation>Full &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Små bokstaver, tall, punktum eller bindestrek</source>
        <translation>Lower-case letters, digits, full stops or hyphens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>Repea&amp;t the passphrase:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Barnearket-saksfiler (*.barnearket)</source>
        <translation>Barnearket case files (*.barnearket)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Velg hvor saksfilen skal ligge.</source>
        <translation>Choose where the case file goes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finnes allerede en fil der. Velg et annet navn.</source>
        <translation>There is already a file there. Choose another name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen finnes ikke.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv det fulle navnet ditt.</source>
        <translation>Write your full name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passordfrasene er ikke like.</source>
        <translation>The passphrases do not match.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lager saksfilen …</source>
        <translation>Making the case file …</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="-1"/>
        <source>Nytt &amp;passord:</source>
        <translation>New &amp;password:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Det gamle passordet til %1 på kommunens server virker ikke lenger når du lagrer.</source>
        <translation>%1&apos;s old password on the municipality&apos;s server stops working when you save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nytt passord for %1</source>
        <translation>New password for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den gamle passordfrasen til %1 virker ikke lenger når du lagrer.</source>
        <translation>%1&apos;s old passphrase stops working when you save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny passordfrase for %1</source>
        <translation>New passphrase for %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Ny &amp;passordfrase:</source>
        <translation>New &amp;passphrase:</translation>
    </message>
</context>
<context>
    <name>NewerNotice</name>
    <message>
        <location filename="../../barnearket/ui/livechanges.py" line="+92"/>
        <source>Noen andre har endret denne saken. Det du skriver nå, blir ikke overskrevet.</source>
        <translation>Someone else has changed this case. What you are typing now will not be overwritten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis den n&amp;ye versjonen</source>
        <translation>Show the new&amp;er version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nyere versjon finnes</source>
        <translation>A newer version exists</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/dates.py" line="+148"/>
        <source>Skriv datoen som dd.mm.åååå, eller trykk Enter for dagens dato</source>
        <translation>Type the date as dd.mm.yyyy, or press Enter for today&apos;s date</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../barnearket/ui/orgsettings.py" line="+24"/>
        <source>&amp;Kommunenummer:</source>
        <translation>&amp;Municipality number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune&amp;navn:</source>
        <translation>Municipality &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bydelsnummer (hvis bydel):</source>
        <translation>&amp;District number (if a district):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ydel:</source>
        <translation>Dis&amp;trict:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tjeneste / enhet:</source>
        <translation>Ser&amp;vice / unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisasjonsnummer:</source>
        <translation>&amp;Organisation number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postadresse:</source>
        <translation>&amp;Postal address:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;elefon (sentralbord):</source>
        <translation>P&amp;hone (switchboard):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handlingsveileder (nettadresse eller fil):</source>
        <translation>&amp;Action guide (web address or file):</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>Virksomhetens opplysninger</source>
        <translation>Organisation details</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Språk i &amp;dokumentene:</source>
        <translation>Lan&amp;guage of documents:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opplysningene står øverst i journalsammendraget, meldingen til barnevernet og de andre dokumentene. Kommunenummeret har fire sifre, bydelsnummeret to, og organisasjonsnummeret ni. Bare en administrator kan lagre endringer.</source>
        <translation>The details appear at the top of the record summary, the report to child welfare and the other documents. The municipality number has four digits, the district number two and the organisation number nine. Only an administrator can save changes.</translation>
    </message>
</context>
<context>
    <name>OverdueBar</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/counts.py" line="+43"/>
        <source>Vis bare disse i oversikten</source>
        <translation>Show only these in the overview</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>beslutning forfalt</source>
        <translation>decision overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutninger forfalt</source>
        <translation>decisions overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølging forfalt</source>
        <translation>follow-up overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølginger forfalt</source>
        <translation>follow-ups overdue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>melding uten svar etter 3 uker</source>
        <translation>report without answer after 3 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meldinger uten svar etter 3 uker</source>
        <translation>reports without answer after 3 weeks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølging til denne uken</source>
        <translation>follow-up due this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølginger til denne uken</source>
        <translation>follow-ups due this week</translation>
    </message>
</context>
<context>
    <name>OverviewJobs</name>
    <message>
        <location filename="../../barnearket/ui/readjobs.py" line="+46"/>
        <source>Ingen fil er åpen.</source>
        <translation>No file is open.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/panel.py" line="+67"/>
        <source>Åpne bekymringer</source>
        <translation>Open concerns</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen åpne bekymringer.</source>
        <translation>No open concerns.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Oppdater</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meld nå</source>
        <translation>Report now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen bekymringer på høyeste nivå venter på melding.</source>
        <translation>No concerns at the highest level are waiting for a report.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslutning forfalt</source>
        <translation>Decision overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen beslutninger er forfalt.</source>
        <translation>No decisions are overdue.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppfølging denne uken</source>
        <translation>Follow-up this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen tiltak skal følges opp nå.</source>
        <translation>No actions need follow-up now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding uten svar</source>
        <translation>Report without answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen meldinger har ventet på svar i tre uker.</source>
        <translation>No reports have waited three weeks for an answer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spørsmål om barn ubesvart</source>
        <translation>Question about children unanswered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle åpne saker har svart på spørsmålet.</source>
        <translation>All open cases have answered the question.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behov uten plan</source>
        <translation>Needs without a plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle behov har en plan.</source>
        <translation>All needs have a plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svangerskap uten plan</source>
        <translation>Pregnancies without a plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen planer for svangerskap er forsinket.</source>
        <translation>No pregnancy plans are late.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oversikt over bekymringer</source>
        <translation>Concerns overview</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Årstall</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Oppdatert kl. %1</source>
        <translation>Updated at %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Åpne bekymringer (%1)</source>
        <translation>Open concerns (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunne ikke hente oversikten. Prøv igjen.</source>
        <translation>Could not load the overview. Try again.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kan ikke åpne saken</source>
        <translation>Cannot open the case</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/overviewtable.py" line="+124"/>
        <source>Henter …</source>
        <translation>Loading …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kunne ikke hente oversikten. Prøv igjen.</source>
        <translation>Could not load the overview. Try again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viser %1 av %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 i alt</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../barnearket/ui/passphrasefield.py" line="+30"/>
        <source>Svært svak</source>
        <translation>Very weak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svak</source>
        <translation>Weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middels</source>
        <translation>Fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>God</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sterk</source>
        <translation>Strong</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minst %1 tegn. Tre eller fire vanlige ord med mellomrom er lett å huske og vanskelig å gjette. Ikke bruk navnet eller brukernavnet ditt.</source>
        <translation>At least %1 characters. Three or four common words with spaces are easy to remember and hard to guess. Do not use your name or user name.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Caps Lock ser ut til å være på.</source>
        <translation>Caps Lock seems to be on.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Styrke</source>
        <translation>Strength</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Skjul</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis</source>
        <translation>Show</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul passordet</source>
        <translation>Hide the password</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis passordet</source>
        <translation>Show the password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul passordfrasen</source>
        <translation>Hide the passphrase</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis passordfrasen</source>
        <translation>Show the passphrase</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/text.py" line="+49"/>
        <source>Navn og rolle, f.eks. «mor» eller «helsesykepleier»</source>
        <translation>Name and role, e.g. «mother» or «public health nurse»</translation>
    </message>
</context>
<context>
    <name>PlaceBox</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="+70"/>
        <source>Komm&amp;unenummer:</source>
        <translation>M&amp;unicipality number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune&amp;navn:</source>
        <translation>Municipality &amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydelsnummer (hvis bydel):</source>
        <translation>District number (if a district):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydel:</source>
        <translation>District:</translation>
    </message>
</context>
<context>
    <name>Pregnancy</name>
    <message>
        <location filename="../../barnearket/ui/pregnancy.py" line="+60"/>
        <source>Plan laget %1</source>
        <translation>Plan made %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen plan ennå (termin mangler)</source>
        <translation>No plan yet (due date missing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen plan ennå – skal være laget senest %1</source>
        <translation>No plan yet – due by %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (forsinket)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>screening %1 %2</source>
        <translation>screening %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen screening notert</source>
        <translation>no screening noted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansvarsgruppe: %1</source>
        <translation>responsibility group: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen ansvarsgruppe</source>
        <translation>no responsibility group</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Svangerskap</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legg til &amp;medlem</source>
        <translation>Add &amp;member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern medlemmet</source>
        <translation>&amp;Remove the member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding til &amp;sosialtjenesten / NAV …</source>
        <translation>Report to soc&amp;ial services / NAV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding til spesialisthels&amp;etjenesten …</source>
        <translation>Report to specialist &amp;health services …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lu&amp;kk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Melding til sosialtjenesten (NAV) eller spesialisthelsetjenesten krever ikke samtykke fra kvinnen. Knappene står nederst.</source>
        <translation>A report to social services (NAV) or specialist health services does not need the woman&apos;s consent. The buttons are at the bottom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verktøy:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel spørreskjemaet til jordmor, TWEAK eller AUDIT</source>
        <translation>For example the midwife&apos;s questionnaire, TWEAK or AUDIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resultat:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel TWEAK eller AUDIT</source>
        <translation>For example TWEAK or AUDIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan før fødselen</source>
        <translation>Plan before the birth</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan laget d&amp;ato:</source>
        <translation>Plan m&amp;ade on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planen:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldingen åpnes som utkast under bekymringen for barnet</source>
        <translation>The report opens as a draft under the concern for the child</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ansvarsgruppe</source>
        <translation>Responsibility group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem som er med, etter rolle og tjeneste: for eksempel fastlege, jordmor, NAV og fødeavdelingen.</source>
        <translation>Who takes part, by role and service: for example GP, midwife, NAV and the maternity ward.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medlemmer av ansvarsgruppen</source>
        <translation>Members of the responsibility group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;olle:</source>
        <translation>R&amp;ole:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tjeneste:</source>
        <translation>Ser&amp;vice:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navn (valgfritt):</source>
        <translation>&amp;Name (optional):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel jordmor</source>
        <translation>For example midwife</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Barnet har termin %1.</source>
        <translation>The child is due %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ikke oppgitt)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Svangerskap …</source>
        <translation>Pregnancy …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening, plan, ansvarsgruppe og melding for et barn som ikke er født ennå (Ctrl+Shift+G, eller Sak-menyen)</source>
        <translation>Screening, plan, responsibility group and report for a child not yet born (Ctrl+Shift+G, or the Case menu)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../barnearket/ui/profile.py" line="+49"/>
        <source>Min profil</source>
        <translation>My profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profil for %1</source>
        <translation>Profile of %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>f.eks. Teamleder, psykisk helse og rus</source>
        <translation>e.g. Team leader, mental health and substance use</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f.eks. 400 00 000</source>
        <translation>e.g. 400 00 000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>navn@kommune.no</source>
        <translation>name@municipality.no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ikke valgt)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dette står som avsender på bekymringsmeldingen, samtykkeskjemaet og tiltaksplanen. Den nasjonale portalen krever tittel, telefon og e-post.</source>
        <translation>This is printed as the sender on the report of concern, the consent form and the action plan. The national portal requires a title, phone and e-mail.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tittel / rolle:</source>
        <translation>&amp;Title / role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;fon:</source>
        <translation>Ph&amp;one:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;post:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet du melder fra:</source>
        <translation>&amp;Unit you report from:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Portalen trenger feltene som er tomme her.</source>
        <translation>The portal needs the fields that are empty here.</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <location filename="../../barnearket/ui/rights/purge.py" line="+42"/>
        <source>Sak %1 og alt i den slettes for godt. Bare saksnummeret, hvem som slettet og når, blir stående i loggen. Sikkerhetskopier tatt før i dag har fortsatt saken til de roteres bort. Fortsette?</source>
        <translation>Case %1 and everything in it will be deleted for good. Only the case number, who deleted it and when stay in the log. Backups taken before today still hold the case until they are rotated out. Continue?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slette saken for godt?</source>
        <translation>Delete the case for good?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slett saken</source>
        <translation>&amp;Delete the case</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ikke slettet</source>
        <translation>Not deleted</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sletter sak %1 og rydder opp etter den …</source>
        <translation>Deleting case %1 and cleaning up after it …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sletter saken</source>
        <translation>Deleting the case</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/rights/purgejob.py" line="+69"/>
        <source>Saken ble ikke slettet på grunn av en feil. Prøv igjen, eller be en administrator om hjelp.</source>
        <translation>The case was not deleted because of an error. Try again, or ask an administrator for help.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sak %1 er slettet.</source>
        <translation>Case %1 is deleted.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loggfilen tømmes helt når saksfilen lukkes.</source>
        <translation>The log file is emptied completely when the case file is closed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serveren rydder bort restene av radene ved neste automatiske opprydding. Be IT kjøre «barnearket purge --vacuum» hvis det må skje med en gang.</source>
        <translation>The server clears away what is left of the rows at its next automatic clean-up. Ask IT to run «barnearket purge --vacuum» if it must happen at once.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/rights/purge.py" line="-16"/>
        <source>Slettet</source>
        <translation>Deleted</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location line="+33"/>
        <source>Saksnummer</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overført</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalreferanse</source>
        <translation>Record reference</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan slettes fra</source>
        <translation>Can be deleted from</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klar for sletting</source>
        <translation>Ready for deletion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avsluttede saker som er overført til journal, kan slettes når de har ligget %1 måneder etter overføringen. Ingenting slettes før du velger en sak og bekrefter.</source>
        <translation>Closed cases that have been transferred to the record can be deleted once %1 months have passed since the transfer. Nothing is deleted until you choose a case and confirm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vis &amp;også overførte saker som venter</source>
        <translation>Show &amp;also transferred cases that are waiting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Slett valgt sak …</source>
        <translation>&amp;Delete the selected case …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ingen saker er klare for sletting.</source>
        <translation>No cases are ready for deletion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>På serveren ser en administrator bare saker i enhetene hun er med i.</source>
        <translation>On the server an administrator sees only the cases of the units she belongs to.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/question.py" line="+58"/>
        <source>Vis hjelp til spørsmålet (F1)</source>
        <translation>Show help for the question (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelp: %1</source>
        <translation>Help: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Åpne i hjelpevinduet</source>
        <translation>Open in the help window</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>må besvares</source>
        <translation>must be answered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (må besvares)</source>
        <translation>%1 (must be answered)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Forrige samtale: %1</source>
        <translation>Previous conversation: %1</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/model.py" line="+31"/>
        <source>%1 (fristen er passert)</source>
        <translation>%1 (past the deadline)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Fristen er passert: %1</source>
        <translation>The deadline has passed: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/table.py" line="+69"/>
        <source>Viser %1 av %2</source>
        <translation>Showing %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 i alt</source>
        <translation>%1 in all</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/rekey.py" line="+46"/>
        <source>Ny gjenopprettingsnøkkel</source>
        <translation>New recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../barnearket/ui/recoverykey.py" line="+52"/>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv &amp;ut …</source>
        <translation>&amp;Print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som fil …</source>
        <translation>&amp;Save as file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeg har skrevet ut eller lagret nøkkelen, og den blir oppbevart trygt, adskilt fra maskinen.</source>
        <translation>I have printed or saved the key, and it is kept safe, apart from the computer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nøkkelen er tatt vare på</source>
        <translation>The key is kept safe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fortsett</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gjenopprettingsnøkkel – vises bare nå</source>
        <translation>Recovery key – shown only now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nøkkelen åpner saksfilen hvis alle passordfraser blir glemt. Skriv den ut, eller lagre den på en minnepinne, og oppbevar den innelåst. Den som har både nøkkelen og saksfilen, kan lese alt i filen.</source>
        <translation>The key opens the case file if every passphrase is forgotten. Print it, or save it on a memory stick, and keep it locked away. Whoever has both the key and the case file can read everything in the file.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Barnearket – gjenopprettingsnøkkel

Saksfil: %1
Laget: %2

%3

Oppbevares innelåst, adskilt fra maskinen. Nøkkelen og saksfilen sammen gir tilgang til alt i filen.</source>
        <translation>Barnearket – recovery key

Case file: %1
Made: %2

%3

Keep locked away, apart from the computer. The key and the case file together give access to everything in the file.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nøkkelen er sendt til skriveren.</source>
        <translation>The key has been sent to the printer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lagre gjenopprettingsnøkkelen</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekstfiler (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nøkkelen er lagret i %1. Flytt filen til en minnepinne og slett den fra maskinen.</source>
        <translation>The key is saved in %1. Move the file to a memory stick and delete it from the computer.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="+98"/>
        <source>Frigi en sak som er tatt med</source>
        <translation>Release a case taken along</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>&amp;Frigi</source>
        <translation>&amp;Release</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Bruk dette når en bærbar maskin med saker er borte eller ødelagt. Saken kan da endres på serveren igjen. Frigivingen føres i hendelsesloggen, og kopien som ble tatt med, blir avvist hvis noen prøver å levere den tilbake senere.</source>
        <translation>Use this when a laptop with cases is lost or broken. The case can then be changed on the server again. The release is recorded in the audit log, and the copy that was taken along is refused if anyone tries to return it later.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saker som er tatt med</source>
        <translation>Cases taken along</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Saksnummer:</source>
        <translation>Case n&amp;umber:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Velg eller skriv saksnummeret.</source>
        <translation>Choose or type the case number.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frigi sak %1? Den kan endres på serveren igjen, og kopien som ble tatt med, kan ikke leveres tilbake etterpå.</source>
        <translation>Release case %1? It can be changed on the server again, and the copy that was taken along cannot be returned afterwards.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frigi saken</source>
        <translation>Release the case</translation>
    </message>
</context>
<context>
    <name>ReportConflict</name>
    <message>
        <location filename="../../barnearket/ui/report/conflict.py" line="+20"/>
        <source>Mottaker</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunenummer</source>
        <translation>Municipality number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydelsnummer</source>
        <translation>District number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydel</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnet orientert</source>
        <translation>Child informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor barnet ikke er orientert</source>
        <translation>Why the child is not informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreldrene orientert</source>
        <translation>Parents informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor foreldrene ikke er orientert</source>
        <translation>Why the parents are not informed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk på språk</source>
        <translation>Interpreter for language</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../barnearket/ui/report/editor.py" line="+114"/>
        <source>Ikke kjent</source>
        <translation>Not known</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Mottaker:</source>
        <translation>&amp;Recipient:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Barnet</source>
        <translation>3. The child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Er barnet &amp;orientert om meldingen?</source>
        <translation>Has the child been &amp;told about the report?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Foreldre eller foresatte</source>
        <translation>4. Parents or guardians</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er foreldrene o&amp;rientert om meldingen?</source>
        <translation>Have the parents been t&amp;old about the report?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>5. Behov for tolk</source>
        <translation>5. Need for an interpreter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trengs &amp;tolk?</source>
        <translation>&amp;Interpreter needed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ferdig – klar til sending</source>
        <translation>Done – read&amp;y to send</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forhånds&amp;vis og skriv ut …</source>
        <translation>Pre&amp;view and print …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil til portalen (&amp;JSON) …</source>
        <translation>File for the portal (&amp;JSON) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lukk</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 – sak %2</source>
        <translation>%1 – case %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En sendt versjon endres ikke; lag en rettet versjon ved behov.</source>
        <translation>A sent version is not changed; make a corrected version if needed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldeplikten er personlig: meldingen kan alltid skrives, skrives ut og sendes, også uten samtykke eller ferdige steg.</source>
        <translation>The duty to report is personal: the report can always be written, printed and sent, even without consent or finished steps.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Meldingen er klar til å sendes.</source>
        <translation>The report is ready to send.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registrert som sendt. Fristene står over.</source>
        <translation>Recorded as sent. The deadlines are shown above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppfølgingen er lagret.</source>
        <translation>The follow-up is saved.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dette er en ny versjon. Den sendte versjonen er beholdt.</source>
        <translation>This is a new version. The sent version is kept.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Fil til portalen</source>
        <translation>File for the portal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-fil (*.json)</source>
        <translation>JSON file (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filen til portalen er lagret. Slett den når meldingen er sendt.</source>
        <translation>The file for the portal is saved. Delete it when the report has been sent.</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="-91"/>
        <source>Andre hjelpeinstanser som kjenner barnet</source>
        <translation>Other services that know the child</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringen: hva du har sett og hørt</source>
        <translation>The concern: what you have seen and heard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakgrunn og historikk</source>
        <translation>Background and history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva tjenesten allerede har gjort</source>
        <translation>What the service has already done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Andre synspunkter (for eksempel foreldrenes)</source>
        <translation>Other views (for example the parents&apos;)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Kommunen der barnet bor</source>
        <translation>The municipality where the child lives</translation>
    </message>
</context>
<context>
    <name>ReporterBox</name>
    <message>
        <location filename="../../barnearket/ui/report/reporter.py" line="+30"/>
        <source>Melder</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Endre min &amp;profil …</source>
        <translation>Change my &amp;profile …</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Virksomhetens opplysninger …</source>
        <translation>Organisation details …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tittel mangler</source>
        <translation>title missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefon mangler</source>
        <translation>phone missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-post mangler</source>
        <translation>e-mail missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virksomhet mangler</source>
        <translation>organisation missing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portalen trenger også: %1. PDF-en kan skrives ut uansett.</source>
        <translation>The portal also needs: %1. The PDF can be printed anyway.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fyll inn min &amp;profil …</source>
        <translation>Fill in my &amp;profile …</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/reportspage.py" line="+51"/>
        <source>Meldinger om denne bekymringen</source>
        <translation>Reports about this concern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mottaker av ny melding</source>
        <translation>Recipient of a new report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv &amp;ny melding</source>
        <translation>Write a &amp;new report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Å&amp;pne meldingen</source>
        <translation>O&amp;pen the report</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldeplikten er personlig: en melding kan alltid skrives, skrives ut og sendes, også om samtykke eller steg mangler. En sendt melding låses; rettelser blir en ny versjon.</source>
        <translation>The duty to report is personal: a report can always be written, printed and sent, even if consent or steps are missing. A sent report is locked; corrections become a new version.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny melding til:</source>
        <translation>New report to:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Meldinger</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ingen meldinger ennå.</source>
        <translation>No reports yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meldinger (%1)</source>
        <translation>Reports (%1)</translation>
    </message>
</context>
<context>
    <name>ResourceGroup</name>
    <message>
        <location filename="../../barnearket/ui/resourcegroup.py" line="-114"/>
        <source>Anonym drøfting</source>
        <translation>Anonymous consultation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – 1 sak</source>
        <translation>%1 – 1 case</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 – %2 saker</source>
        <translation>%1 – %2 cases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 anonymt)</source>
        <translation> (%1 anonymous)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Råd som ble gitt</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutiner som ble avtalt</source>
        <translation>Routines agreed</translation>
    </message>
</context>
<context>
    <name>ResourceGroupDialog</name>
    <message>
        <location line="+138"/>
        <location line="+24"/>
        <source>Ressursgruppen</source>
        <translation>The resource group</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Møter</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referatet</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nytt møte …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre møtet som &amp;PDF …</source>
        <translation>Save the meeting as &amp;PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre &amp;alle som PDF …</source>
        <translation>Save &amp;all as PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Referater fra møtene i ressursgruppen: hvem som var med, saker som ble drøftet (med saksnummer eller anonymt), råd og rutiner som ble avtalt.</source>
        <translation>Minutes of the resource group&apos;s meetings: who took part, cases discussed (by case number or anonymously), advice and routines agreed.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen møter er skrevet ennå. Velg «Nytt møte».</source>
        <translation>No meetings written yet. Choose “New meeting”.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagret. Oppbevar filen trygt.</source>
        <translation>Saved. Keep the file safe.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="+54"/>
        <source>Legg tilbake en sikkerhetskopi</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sikkerhetskopien blir lagt tilbake som en ny saksfil; saksfilen du har åpen nå, blir ikke endret. Du trenger et brukernavn og en passordfrase som gjaldt da kopien ble tatt. Kopien blir kontrollert først, og en skadet kopi blir ikke lagt tilbake.</source>
        <translation>The backup is restored as a new case file; the case file you have open now is not changed. You need a user name and passphrase that were valid when the copy was taken. The copy is checked first, and a damaged copy is not restored.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sikkerhetskopi:</source>
        <translation>&amp;Backup:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velg …</source>
        <translation>C&amp;hoose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv brukernavnet.</source>
        <translation>Type the user name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv passordfrasen.</source>
        <translation>Type the passphrase.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny saksfil:</source>
        <translation>New case &amp;file:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;elg …</source>
        <translation>Ch&amp;oose …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg &amp;tilbake</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Velg en sikkerhetskopi som finnes.</source>
        <translation>Choose a backup that exists.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg hvor den nye saksfilen skal ligge.</source>
        <translation>Choose where the new case file goes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finnes allerede en fil der. Velg et nytt navn.</source>
        <translation>There is already a file there. Choose a new name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen finnes ikke.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg sikkerhetskopien</source>
        <translation>Choose the backup</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny saksfil</source>
        <translation>New case file</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sikkerhetskopien er lagt tilbake</source>
        <translation>The backup is restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nye saksfilen er %1. Den står i listen over saksfiler neste gang du starter Barnearket.</source>
        <translation>The new case file is %1. It is in the list of case files the next time you start Barnearket.</translation>
    </message>
</context>
<context>
    <name>RightsMenu</name>
    <message>
        <location filename="../../barnearket/ui/rights/menu.py" line="+37"/>
        <source>&amp;Innsyn for familien …</source>
        <translation>Acc&amp;ess for the family …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merk som &amp;overført til journal …</source>
        <translation>Mark as &amp;transferred to the record …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett saken for &amp;godt …</source>
        <translation>Delete the case for &amp;good …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar for s&amp;letting …</source>
        <translation>Rea&amp;dy for deletion …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen sak valgt</source>
        <translation>No case selected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Choose a case in the list first.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="+135"/>
        <source>Rolle og enhet for %1</source>
        <translation>Role and unit of %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rollen styrer hva personen får gjøre. Enheten styrer hvilke saker en saksbehandler ser.</source>
        <translation>The role governs what the person may do. The unit governs which cases a caseworker sees.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rollen styrer hva personen får gjøre. Enheten styrer hvilke saker hen ser; det er serveren som håndhever det.</source>
        <translation>The role decides what the person may do. The unit decides which cases they see; the server enforces it.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Unit:</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../barnearket/ui/routinemenu.py" line="+30"/>
        <source>&amp;Teamleders oversikt …</source>
        <translation>&amp;Team leader&apos;s overview …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ressursgruppen …</source>
        <translation>&amp;Resource group …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;vangerskap …</source>
        <translation>Pregnanc&amp;y …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening, plan, ansvarsgruppe og melding for et barn som ikke er født ennå</source>
        <translation>Screening, plan, responsibility group and report for a child not yet born</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Svangerskap</source>
        <translation>Pregnancy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak med et barn som ikke er født ennå. Har du ikke registrert barnet, velg «Legg til barn», kryss av for «Barnet er ikke født ennå» og skriv termindatoen.</source>
        <translation>Choose a case with a child who is not born yet. If you have not recorded the child, choose “Add a child”, tick “The child is not born yet” and type the due date.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/rules.py" line="+19"/>
        <source>&amp;Beslutning innen:</source>
        <translation>&amp;Decision within:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purre på tilbakemelding etter:</source>
        <translation>&amp;Remind about feedback after:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Varsle så mange dager før en frist:</source>
        <translation>&amp;Warn this many days before a deadline:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Frister</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristene gjelder alle som bruker saksfilen. Standarden er 14 dager fra bekymringen oppsto til beslutning, og purring når barnevernet ikke har svart etter 21 dager. En endring gjelder det som registreres fra nå av; frister som alt står på en bekymring, blir stående. Barnevernets egne frister (én uke til gjennomgang, tre uker til tilbakemelding) og aldersgrensene følger loven og kan ikke endres her.</source>
        <translation>The deadlines apply to everyone who uses the case file. The default is 14 days from when the concern arose to a decision, and a reminder when child welfare has not answered after 21 days. A change applies to what is recorded from now on; deadlines already set on a concern stay as they are. Child welfare&apos;s own deadlines (one week to review, three weeks to feedback) and the age limits follow the law and cannot be changed here.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> dager</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/savedfilters.py" line="+32"/>
        <source>Lagrede filtre</source>
        <translation>Saved filters</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre filter …</source>
        <translation>&amp;Save filter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nullstill filtre</source>
        <translation>C&amp;lear filters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;grede filtre:</source>
        <translation>Saved fil&amp;ters:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg et lagret filter</source>
        <translation>Choose a saved filter</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Lagre filter</source>
        <translation>Save filter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Navn på filteret:</source>
        <translation>Name of the filter:</translation>
    </message>
</context>
<context>
    <name>SheetDetails</name>
    <message>
        <location filename="../../barnearket/ui/edit/sheetbar.py" line="+28"/>
        <source>Dato og deltakere</source>
        <translation>Date and participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datoen kan ikke ligge fram i tid.</source>
        <translation>The date cannot be in the future.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtalen ble &amp;holdt:</source>
        <translation>Conversation &amp;held on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deltakere:</source>
        <translation>&amp;Participants:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel: brukeren, partneren, tolk</source>
        <translation>For example: the service user, the partner, an interpreter</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vis vers&amp;jon:</source>
        <translation>Show vers&amp;ion:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis versjon</source>
        <translation>Show version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dato og deltakere …</source>
        <translation>Date and participants …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rett et svar …</source>
        <translation>Correct an answer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rett et fritekstsvar i en fullført samtale</source>
        <translation>Correct a free-text answer in a completed conversation</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fullført %1</source>
        <translation>completed %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utkast</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtale %1 (%2)</source>
        <translation>Conversation %1 (%2)</translation>
    </message>
</context>
<context>
    <name>SheetHeader</name>
    <message>
        <location filename="../../barnearket/ui/sheet/header.py" line="+30"/>
        <location line="+51"/>
        <source>Barnearket</source>
        <translation>Barnearket</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Samtale</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samtalemodus: temaer og notater (Ctrl+1)</source>
        <translation>Conversation mode: topics and notes (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll ut arket</source>
        <translation>Fill in the sheet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spørsmål for spørsmål (Ctrl+2)</source>
        <translation>Question by question (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fullfør arket</source>
        <translation>Complete the sheet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås arket når samtalen er ferdig (Ctrl+Enter)</source>
        <translation>Lock the sheet when the conversation is over (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Ny samtale</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Start en ny versjon med svarene fra forrige samtale</source>
        <translation>Start a new version with the answers from the previous conversation</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ingen samtale er startet på denne saken ennå.</source>
        <translation>No conversation has been started in this case yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Barnearket – samtale %1</source>
        <translation>Barnearket – conversation %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Fullført %1 og låst. Start en ny samtale for å skrive inn noe nytt.</source>
        <translation>Completed %1 and locked. Start a new conversation to enter anything new.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Utkast fra %1. Alt du skriver lagres av seg selv.</source>
        <translation>Draft from %1. Everything you type is saved automatically.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start samtale</source>
        <translation>Start conversation</translation>
    </message>
</context>
<context>
    <name>SheetSidebar</name>
    <message>
        <location filename="../../barnearket/ui/sheet/sidebar.py" line="+41"/>
        <source>Sider i arket</source>
        <translation>Pages of the sheet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spørsmål som mangler svar</source>
        <translation>Questions without an answer</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Notater fra samtalen</source>
        <translation>Notes from the conversation</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stikkord mens dere snakker. Notatene lagres av seg selv.</source>
        <translation>Key words while you talk. The notes are saved automatically.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt+↓ / Alt+↑: neste / forrige spørsmål
Ctrl+PgDn / Ctrl+PgUp: neste / forrige side
F8: neste som mangler svar · F1: hjelp</source>
        <translation>Alt+↓ / Alt+↑: next / previous question
Ctrl+PgDn / Ctrl+PgUp: next / previous page
F8: next without an answer · F1: help</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til barn eller søsken …</source>
        <translation>Add a child or sibling …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mangler svar: %1</source>
        <translation>Missing answers: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle påkrevde spørsmål er besvart ✓</source>
        <translation>All required questions are answered ✓</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ingen ennå</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn på saken: %1</source>
        <translation>Children in the case: %1</translation>
    </message>
</context>
<context>
    <name>SignsButton</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/signs.py" line="+114"/>
        <source>Tegn å se etter …</source>
        <translation>Signs to look for …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valgfri liste over tegn hos barn. Gir ingen poeng.</source>
        <translation>Optional list of signs in children. Gives no score.</translation>
    </message>
</context>
<context>
    <name>SignsDialog</name>
    <message>
        <location line="-68"/>
        <source>Kryss av det du selv har sett eller hørt. Hvert tegn blir en linje med dagens dato i svaret, og så skriver du det om med egne ord: hva skjedde, når og hvor. Listen er bare en hjelp til å huske. Den gir ingen poeng og ingen konklusjon.</source>
        <translation>Tick what you have seen or heard yourself. Each sign becomes a line with today&apos;s date in the answer, and then you rewrite it in your own words: what happened, when and where. The list is only a reminder. It gives no score and no conclusion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Legg til i svaret</source>
        <translation>&amp;Add to the answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../barnearket/ui/startup.py" line="+78"/>
        <source>Demo: brukernavn demo, passordfrase demo (alt er oppdiktet)</source>
        <translation>Demo: user name demo, passphrase demo (everything is made up)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lager demofilen med oppdiktede saker … %1 av %2</source>
        <translation>Making the demo file with made-up cases … %1 of %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demofilen kunne ikke lages</source>
        <translation>The demo file could not be made</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n mislykkede forsøk siden sist</source>
        <translation>
            <numerusform>%n failed attempt since last time</numerusform>
            <numerusform>%n failed attempts since last time</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mislykkede innloggingsforsøk</source>
        <translation>Failed login attempts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsøkene står i hendelsesloggen. Si fra til IT hvis det ikke var deg.</source>
        <translation>The attempts are in the event log. Tell IT if it was not you.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skjemadefinisjonene har feil</source>
        <translation>The form definitions have errors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hendelsesloggen er endret</source>
        <translation>The event log has been changed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noen med tilgang til saksfilen kan ha skrevet om loggen. Funnet er skrevet i loggen. Si fra til administrator og personvernombudet.</source>
        <translation>Someone with access to the case file may have rewritten the log. The finding is written in the log. Tell the administrator and the data protection officer.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../barnearket/ui/status.py" line="+33"/>
        <source>Åpen saksfil</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innlogget bruker</source>
        <translation>Logged-in user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagringsstatus</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fil: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Innlogget: %1 (%2)</source>
        <translation>Logged in: %1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>Ikke lagret</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/journalling.py" line="-1"/>
        <location filename="../../barnearket/ui/status.py" line="-9"/>
        <location line="+9"/>
        <source>Ikke lagret – prøver igjen</source>
        <translation>Not saved – trying again</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/status.py" line="-25"/>
        <source>Lagrer …</source>
        <translation>Saving …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Lagret</source>
        <translation>✓ Saved</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <location filename="../../barnearket/ui/concern/path.py" line="+53"/>
        <source>✓ gjort   … påbegynt   ! ikke gjort ennå
➜ her står bekymringen nå
Stegene kan åpnes i hvilken som helst rekkefølge.</source>
        <translation>✓ done   … begun   ! not done yet
➜ this is where the concern is now
The steps can be opened in any order.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>påbegynt, men ikke gjort: ingen oppføring har ennå alt skjemaet krever for dette steget</source>
        <translation>begun, not done: no entry yet has everything the form asks for this step</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gjort</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke gjort ennå, men senere steg er i gang</source>
        <translation>Not done yet, but later steps have started</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her står bekymringen nå</source>
        <translation>This is where the concern is now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke påbegynt</source>
        <translation>Not started</translation>
    </message>
</context>
<context>
    <name>TeamLeaderDialog</name>
    <message>
        <location filename="../../barnearket/ui/teamleader.py" line="+86"/>
        <location line="+36"/>
        <source>Teamleders oversikt</source>
        <translation>Team leader&apos;s overview</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Forelder</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Ansvarlig</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Foreldre uten ferdig barneark</source>
        <translation>Parents without a completed child sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn</source>
        <translation>Child</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samtale</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planlagt, ikke registrert som gitt</source>
        <translation>Planned, not recorded as given</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferdige barneark</source>
        <translation>Completed child sheets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetenes åpne saker</source>
        <translation>Open cases in the units</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Registrer som gitt</source>
        <translation>&amp;Record as given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Åpne saken</source>
        <translation>&amp;Open the case</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Her ser du de åpne sakene i enhetene du er teamleder eller barneansvarlig for. Sørg for at alle foreldre med barn har hatt samtalen, og at informasjon og oppfølging som er planlagt i barnearket, faktisk blir gitt. Enter åpner saken.</source>
        <translation>Here you see the open cases in the units where you are team leader or children&apos;s lead. Make sure that every parent with children has had the conversation, and that information and follow-up planned in the child sheet is actually given. Enter opens the case.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gitt &amp;dato:</source>
        <translation>Given on &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gitt a&amp;v:</source>
        <translation>Given &amp;by:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Uten ferdig barneark (%1)</source>
        <translation>&amp;Without a completed child sheet (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planlagt, ikke gitt (%1)</source>
        <translation>&amp;Planned, not given (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhetenes saker (%1)</source>
        <translation>Cases in the &amp;units (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Velg en linje i listen først.</source>
        <translation>Choose a line in the list first.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registrert: %1 til %2 i sak %3 er gitt %4 av %5.</source>
        <translation>Recorded: %1 to %2 in case %3 was given on %4 by %5.</translation>
    </message>
</context>
<context>
    <name>ToldBox</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="-25"/>
        <source>Ikke registrert</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel: ikke orientert fordi det er mistanke om vold.</source>
        <translation>For example: not told because violence is suspected.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen er registrert i saken.</source>
        <translation>Nobody is recorded in the case.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gjelder:</source>
        <translation>Concerns:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvorfor / hvorfor ikke:</source>
        <translation>Why / why not:</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message>
        <location filename="../../barnearket/ui/sheet/conversation.py" line="-59"/>
        <source>Enter eller klikk: fyll ut spørsmålene om dette temaet</source>
        <translation>Enter or click: fill in the questions on this topic</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 av %2 besvart</source>
        <translation>%1 of %2 answered</translation>
    </message>
</context>
<context>
    <name>TrackingBox</name>
    <message>
        <location filename="../../barnearket/ui/report/tracking.py" line="+39"/>
        <source>Sending og oppfølging</source>
        <translation>Sending and follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referansenummeret portalen gir</source>
        <translation>The reference number the portal gives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer som &amp;sendt</source>
        <translation>Mar&amp;k as sent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;agre tilbakemelding og referanse</source>
        <translation>S&amp;ave feedback and reference</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag &amp;rettet versjon …</source>
        <translation>&amp;Make a corrected version …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta vare på referansenummeret. Barnevernet skal vurdere meldingen innen en uke og gi deg tilbakemelding innen tre uker.</source>
        <translation>Keep the reference number. Child welfare must assess the report within a week and give you feedback within three weeks.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sendt &amp;dato:</source>
        <translation>Sent on &amp;date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portalens r&amp;eferanse:</source>
        <translation>Portal r&amp;eference:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til&amp;bakemelding mottatt:</source>
        <translation>Feed&amp;back received:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sendt %1%2. Versjonen er låst.</source>
        <translation>Sent %1%2. The version is locked.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnevernet vurderer innen: %1</source>
        <translation>Child welfare assesses by: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilbakemelding innen: %1</source>
        <translation>Feedback by: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purres hvis ikke svar: %1</source>
        <translation>Chase if no answer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilbakemelding mottatt %1.</source>
        <translation>Feedback received %1.</translation>
    </message>
</context>
<context>
    <name>TransferBanner</name>
    <message>
        <location filename="../../barnearket/ui/rights/banner.py" line="+26"/>
        <source>Saken er overført til journal %1 (referanse %2). Den kan leses, men ikke endres. Den kan slettes fra Barnearket når oppbevaringstiden er ute.</source>
        <translation>The case was transferred to the record on %1 (reference %2). It can be read but not changed. It can be deleted from Barnearket when the retention period is over.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../barnearket/ui/rights/transfer.py" line="+26"/>
        <source>Overført til journal: sak %1</source>
        <translation>Transferred to the record: case %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merk som overført</source>
        <translation>&amp;Mark as transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Når journalsammendraget er lagt inn i pasientjournalen, merker du saken som overført. Etterpå kan ingen endre saken, og den kan slettes fra Barnearket når oppbevaringstiden er ute. Dette kan ikke angres.</source>
        <translation>When the record summary has been entered in the patient record, you mark the case as transferred. After that nobody can change the case, and it can be deleted from Barnearket when the retention period is over. This cannot be undone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overført &amp;dato:</source>
        <translation>Transferred on &amp;date:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for eksempel dokumentnummeret i journalen</source>
        <translation>for example the document number in the record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journalreferanse:</source>
        <translation>Record &amp;reference:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../barnearket/ui/unlock.py" line="+65"/>
        <location line="+116"/>
        <source>Barnearket – lås opp saksfil</source>
        <translation>Barnearket – unlock case file</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Choose file …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+181"/>
        <source>&amp;Lås opp</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;Ny saksfil …</source>
        <translation>&amp;New case file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne med &amp;gjenopprettingsnøkkel …</source>
        <translation>Open with &amp;recovery key …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sakene ligger i:</source>
        <translation>The cases are in:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Saksfil:</source>
        <translation>Case f&amp;ile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&amp;adresse:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukernavn:</source>
        <translation>User na&amp;me:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnearket – logg inn på kommunens server</source>
        <translation>Barnearket – log in to the municipality&apos;s server</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Skriv brukernavn og passord.</source>
        <translation>Type user name and password.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv brukernavn og passordfrase.</source>
        <translation>Type user name and passphrase.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Låser opp …</source>
        <translation>Unlocking …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne saksfil</source>
        <translation>Open case file</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/unlockparts.py" line="+29"/>
        <source>Barnearket</source>
        <translation>Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn som pårørende – samtalen, bekymringen og veien til handling.</source>
        <translation>Children as next of kin – the conversation, the concern and the way to action.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen saksfil ennå</source>
        <translation>No case file yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finnes ingen saksfil på denne maskinen. Lag en ny saksfil, åpne en som IT har gitt deg, eller logg inn på kommunens server.</source>
        <translation>There is no case file on this computer. Make a new case file, open one that IT has given you, or log in to the municipality&apos;s server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opprett ny saksfil …</source>
        <translation>&amp;Create a new case file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne en &amp;annen fil …</source>
        <translation>Open &amp;another file …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg inn på kommunens &amp;server …</source>
        <translation>Log in to the municipality&apos;s &amp;server …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv gjenopprettingsnøkkelen (64 tegn, med eller uten bindestreker):</source>
        <translation>Type the recovery key (64 characters, with or without hyphens):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nøkkelfilen er laget på nytt</source>
        <translation>The key file has been made again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saksfilen er i orden. Logg inn med brukernavn og passordfrase som vanlig.</source>
        <translation>The case file is in order. Log in with user name and passphrase as usual.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/serverchoice.py" line="+30"/>
        <source>Saks&amp;fil</source>
        <translation>Case &amp;file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens se&amp;rver</source>
        <translation>Municipal ser&amp;ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kryptert saksfil på maskinen eller i en mappe</source>
        <translation>An encrypted case file on this computer or in a folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens felles Barnearket-database</source>
        <translation>The municipality&apos;s shared Barnearket database</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Adressen får du av IT. Passordet skal ikke stå i adressen.</source>
        <translation>IT gives you the address. The password must not be in the address.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv adressen til kommunens server (du får den av IT).</source>
        <translation>Type the address of the municipality&apos;s server (IT gives it to you).</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../barnearket/ui/unsaved.py" line="+39"/>
        <source>Noe er ikke lagret</source>
        <translation>Something is not saved</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Noe av det du skrev mens serveren var borte, ble ikke lagret fordi saken er endret, avsluttet eller låst i mellomtiden. Teksten er tatt vare på på denne maskinen.</source>
        <translation>Some of what you wrote while the server was away was not saved, because the case was changed, closed or locked in the meantime. The text is kept on this computer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noe av det du har skrevet, er ikke lagret på serveren ennå. Det er tatt vare på kryptert på denne maskinen og lagres neste gang du logger inn.</source>
        <translation>Some of what you have written is not saved on the server yet. It is kept, encrypted, on this computer and will be saved the next time you log in.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noe av det du har skrevet, er ikke lagret på serveren ennå. Det meste er tatt vare på kryptert på denne maskinen og lagres neste gang du logger inn, men ikke alt: teksten i meldingen du skriver på, går tapt hvis du avslutter nå.</source>
        <translation>Some of what you have written is not saved on the server yet. Most of it is kept, encrypted, on this computer and will be saved the next time you log in, but not all: the text of the report you are writing will be lost if you quit now.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noe av det du har skrevet, er ikke lagret ennå. Det går tapt hvis du avslutter nå.</source>
        <translation>Some of what you have written is not saved yet. It will be lost if you quit now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutt likevel</source>
        <translation>Quit anyway</translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="-209"/>
        <source>ser sakene i egen enhet og sakene hen er ansvarlig for</source>
        <translation>sees the cases of their own unit and the cases they are responsible for</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>ser åpne bekymringer i alle enheter og årets tall</source>
        <translation>sees open concerns in all units and the year&apos;s figures</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ser alt, og styrer brukere, sikkerhetskopi og innstillinger</source>
        <translation>sees everything, and manages users, backups and settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ser og skriver sakene i sine enheter</source>
        <translation>reads and writes the cases of their units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>styrer brukere, enheter og innstillinger; ser sakene bare i enheter hen selv er med i</source>
        <translation>manages users, units and settings; sees cases only in units they belong to</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen enhet (ser ingen saker før hen er med i en enhet)</source>
        <translation>No unit (sees no cases until they belong to a unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen enhet (ser bare saker hen er ansvarlig for)</source>
        <translation>No unit (sees only the cases they are responsible for)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/users.py" line="+47"/>
        <location line="+44"/>
        <source>Brukere</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brukernavn</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny bruker …</source>
        <translation>&amp;New user …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny &amp;passordfrase …</source>
        <translation>New &amp;passphrase …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle og enhet …</source>
        <translation>&amp;Role and unit …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;ofil …</source>
        <translation>Pr&amp;ofile …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel, telefon og e-post som står på dokumentene</source>
        <translation>Title, phone and email shown on the documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern …</source>
        <translation>Re&amp;move …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funksjoner i ru&amp;tinen …</source>
        <translation>Functions in the rou&amp;tine …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nytt &amp;passord …</source>
        <translation>New &amp;password …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brukere på kommunens server</source>
        <translation>Users on the municipality&apos;s server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brukere av saksfilen</source>
        <translation>Users of the case file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle som skal bruke serveren, har sitt eget brukernavn og passord; brukernavnet er også deres egen innlogging i databasen. En fjernet bruker kan ikke logge inn lenger, men står fortsatt i hendelsesloggen.</source>
        <translation>Everyone who uses the server has their own user name and password; the user name is also their own login to the database. A removed user can no longer log in but stays in the audit log.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle som skal bruke saksfilen, har sitt eget brukernavn og sin egen passordfrase. En fjernet bruker kan ikke logge inn lenger, men står fortsatt i hendelsesloggen.</source>
        <translation>Everyone who uses the case file has their own user name and passphrase. A removed user can no longer log in, but stays in the event log.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Du kan ikke fjerne deg selv.</source>
        <translation>You cannot remove yourself.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2) kan ikke logge inn på serveren etterpå. Sakene og loggen beholdes.</source>
        <translation>%1 (%2) will not be able to log in to the server afterwards. The cases and the log are kept.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) kan ikke logge inn i saksfilen etterpå. Sakene og loggen beholdes.</source>
        <translation>%1 (%2) cannot log in to the case file afterwards. The cases and the log are kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne brukeren?</source>
        <translation>Remove the user?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern brukeren</source>
        <translation>Remove the user</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../barnearket/ui/concern/withdraw.py" line="+31"/>
        <source>Trekk tilbake samtykke</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For eksempel: mor sa det på telefon til kontaktpersonen</source>
        <translation>For example: the mother said so on the phone to the contact person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtykket blir stående i historikken, men gjelder ikke lenger fra denne datoen. Ingen opplysninger kan deles med mottakerne etter det.</source>
        <translation>The consent stays in the history, but no longer applies from this date. No information may be shared with the recipients after that.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dato trukket:</source>
        <translation>&amp;Date withdrawn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvem sa det, og til hvem:</source>
        <translation>&amp;Who said it, and to whom:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trekk tilbake</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>formwidgets</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/display.py" line="+17"/>
        <source>(ikke besvart)</source>
        <translation>(not answered)</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../barnearket/ui/sheet/missing.py" line="+99"/>
        <source>– ikke besvart</source>
        <translation>– not answered</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/sheet/pages.py" line="+43"/>
        <source>Barn uten navn</source>
        <translation>Child without a name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (ufødt, termin %2)</source>
        <translation>%1 (unborn, due %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 år)</source>
        <translation>%1 (age %2)</translation>
    </message>
</context>
</TS>
