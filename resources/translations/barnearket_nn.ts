<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO" sourcelanguage="nb_NO">
<context>
    <name></name>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+49"/>
        <source>Ufødt</source>
        <translation>Ufødd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ukjent</source>
        <translation>Ukjend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 år</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>0–5 år</source>
        <translation>0–5 år</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>6–12 år</source>
        <translation>6–12 år</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>13–17 år</source>
        <translation>13–17 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 år eller eldre</source>
        <translation>18 år eller eldre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ufødt</source>
        <translation>ufødd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ukjent</source>
        <translation>ukjend</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>besluttet %1</source>
        <translation>avgjort %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frist %1</source>
        <translation>frist %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen svar, sendt %1</source>
        <translation>Ikkje svar, sendt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venter på svar, sendt %1</source>
        <translation>Ventar på svar, sendt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen svar etter 3 uker</source>
        <translation>Ikkje svar etter 3 veker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Venter på svar</source>
        <translation>Ventar på svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under arbeid</source>
        <translation>Under arbeid</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Svar mottatt</source>
        <translation>Svar motteke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sendt</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen melding</source>
        <translation>Inga melding</translation>
    </message>
    <message>
        <location line="+37"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="+14"/>
        <location line="+18"/>
        <location line="+17"/>
        <source>Sak</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-16"/>
        <source>Alder</source>
        <translation>Alder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnets alder i dag (navnet vises først når saken åpnes)</source>
        <translation>Alderen til barnet i dag (namnet blir vist først når saka blir opna)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-18"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="+28"/>
        <location line="+95"/>
        <source>Dato</source>
        <translation>Dato</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Hva som ble sett eller hørt</source>
        <translation>Kva som vart sett eller høyrt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Med</source>
        <translation>Med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonym</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navn og rolle</source>
        <translation>Namn og rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Råd og vurderinger</source>
        <translation>Råd og vurderingar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hvem var med</source>
        <translation>Kven var med</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagt fram</source>
        <translation>Lagt fram</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ikke holdt</source>
        <translation>Ikkje halden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Foreldrenes respons</source>
        <translation>Responsen frå foreldra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avtalt</source>
        <translation>Avtalt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Forankret hos</source>
        <translation>Forankra hos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Begrunnelse</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-34"/>
        <location line="+20"/>
        <location line="+15"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evalueres</source>
        <translation>Blir evaluert</translation>
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
        <translation>Evaluert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva evalueringen viste</source>
        <translation>Kva evalueringa viste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gjelder</source>
        <translation>Gjeld</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merknad</source>
        <translation>Merknad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hendelse</source>
        <translation>Hending</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Svart av</source>
        <translation>Svart av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formål</source>
        <translation>Føremål</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mottakere</source>
        <translation>Mottakarar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gyldig til</source>
        <translation>Gyldig til</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trukket</source>
        <translation>Trekt</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <source>Steg</source>
        <translation>Steg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det siste steget i rutinen som har en registrering</source>
        <translation>Det siste steget i rutinen som har ei registrering</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="-36"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Nivå</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Nivå på bekymringsskalaen for barnet</source>
        <translation>Nivå på bekymringsskalaen for barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager</source>
        <translation>Dagar</translation>
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
        <translation>Dagar sidan bekymringa oppstod</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/columns.py" line="-42"/>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+1"/>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/columns.py" line="+2"/>
        <location line="+5"/>
        <source>forfalt</source>
        <translation>forfallen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>ikke forfalt</source>
        <translation>ikkje forfallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>besluttet</source>
        <translation>avgjort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fristen for beslutningen, eller datoen den ble tatt</source>
        <translation>Fristen for avgjerda, eller datoen ho vart teken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neste oppfølging</source>
        <translation>Neste oppfølging</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>denne uken</source>
        <translation>denne veka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>senere</source>
        <translation>seinare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen tiltak</source>
        <translation>ingen tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nærmeste evaluering eller frist for et aktivt tiltak</source>
        <translation>Næraste evaluering eller frist for eit aktivt tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Melding til barnevernet: venter den på svar, og hvor lenge?</source>
        <translation>Melding til barnevernet: ventar ho på svar, og kor lenge?</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/coordinator/queuecolumns.py" line="-33"/>
        <source>Saken opprettet</source>
        <translation>Saka oppretta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dager uten svar</source>
        <translation>Dagar utan svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dager siden saken ble opprettet</source>
        <translation>Dagar sidan saka vart oppretta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>informasjon</source>
        <translation>informasjon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>oppfølging</source>
        <translation>oppfølging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> og </source>
        <translation> og </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mangler plan for</source>
        <translation>Manglar plan for</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>forsinket</source>
        <translation>forseinka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>snart</source>
        <translation>snart</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Termin</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan senest</source>
        <translation>Plan seinast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/concern/questions.py" line="+37"/>
        <source>Dato for evalueringen</source>
        <translation>Dato for evalueringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datoen dere evaluerte tiltaket.</source>
        <translation>Datoen de evaluerte tiltaket.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Neste evaluering</source>
        <translation>Neste evaluering</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Hvilket barn gjelder bekymringen?</source>
        <translation>Kva barn gjeld bekymringa?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag én bekymring for hvert barn, også når flere søsken er berørt.</source>
        <translation>Lag éi bekymring for kvart barn, også når fleire sysken er råka.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/actionspage.py" line="+59"/>
        <source>Tiltaksplan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>Evalueringer av valgt tiltak</source>
        <translation>Evalueringar av valt tiltak</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Legg til tiltak</source>
        <translation>Legg til tiltak</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lagre evalueringen</source>
        <translation>Lagre evalueringa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Endre valgt tiltak …</source>
        <translation>Endre valt tiltak …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rett valgt evaluering …</source>
        <translation>Rett vald evaluering …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nytt tiltak</source>
        <translation>Nytt tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluering</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Evalueringer av «%1»</source>
        <translation>Evalueringar av «%1»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Velg et tiltak i tabellen for å se og legge til evalueringer</source>
        <translation>Vel eit tiltak i tabellen for å sjå og leggje til evalueringar</translation>
    </message>
</context>
<context>
    <name>AcuteDanger</name>
    <message>
        <location filename="../../barnearket/ui/acute.py" line="+94"/>
        <source>Barn (navn ikke registrert ennå)</source>
        <translation>Barn (namn ikkje registrert enno)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Meldingen er startet og lagret som utkast. Den åpnes nå, og du finner den igjen under Meldinger i bekymringen.</source>
        <translation>Meldinga er starta og lagra som utkast. Ho blir opna no, og du finn henne att under Meldingar i bekymringa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Akutt fare: ring politiet på 112 ved fare for liv eller helse</source>
        <translation>Akutt fare: ring politiet på 112 ved fare for liv eller helse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, barnevernvakten på %1</source>
        <translation>, barnevernvakta på %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>. Skriv det du vet nå – resten kan vente.</source>
        <translation>. Skriv det du veit no – resten kan vente.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnevernvaktens nummer</source>
        <translation>Nummeret til barnevernvakta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefonnummeret til barnevernvakten der du jobber:</source>
        <translation>Telefonnummeret til barnevernvakta der du jobbar:</translation>
    </message>
</context>
<context>
    <name>AcuteDialog</name>
    <message>
        <location filename="../../barnearket/ui/acutedialog.py" line="+43"/>
        <location line="+6"/>
        <source>Akutt fare for et barn</source>
        <translation>Akutt fare for eit barn</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Skriv bekymringsmelding nå</source>
        <translation>&amp;Skriv bekymringsmelding no</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ved fare for liv eller helse: ring politiet 112</source>
        <translation>Ved fare for liv eller helse: ring politiet 112</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Endre nummeret …</source>
        <translation>&amp;Endre nummeret …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Ring barnevernvakten: %1</source>
        <translation>Ring barnevernvakta: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b style=&apos;font-size: 15pt&apos;&gt;Ring barnevernvakten.&lt;/b&gt;&lt;br&gt;Nummeret er ikke lagt inn her ennå. Politiet (02800, eller 112 ved fare) kan sette deg over.</source>
        <translation>&lt;b style=&apos;font-size: 15pt&apos;&gt;Ring barnevernvakta.&lt;/b&gt;&lt;br&gt;Nummeret er ikkje lagt inn her enno. Politiet (02800, eller 112 ved fare) kan setje deg over.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meld til barnevernet</source>
        <translation>Meld til barnevernet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldeplikten er personlig. Du kan alltid skrive og skrive ut meldingen, selv om samtykke, steg eller godkjenning mangler.</source>
        <translation>Meldeplikta er personleg. Du kan alltid skrive og skrive ut meldinga, sjølv om samtykke, steg eller godkjenning manglar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ingen sak er valgt. Velg saken i sakslisten, og trykk Ctrl+Shift+A igjen for å starte meldingen herfra.</source>
        <translation>Inga sak er vald. Vel saka i sakslista, og trykk Ctrl+Shift+A att for å starte meldinga herifrå.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sak:</source>
        <translation>Sak:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnet er ikke registrert ennå</source>
        <translation>Barnet er ikkje registrert enno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Gjelder barn:</source>
        <translation>&amp;Gjeld barn:</translation>
    </message>
</context>
<context>
    <name>AddChildForm</name>
    <message>
        <location filename="../../barnearket/ui/sheet/children.py" line="+38"/>
        <source>Legg til barn eller søsken</source>
        <translation>Legg til barn eller sysken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ufødt (venter barn)</source>
        <translation>Ufødd (ventar barn)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+29"/>
        <source>Legg til barnet</source>
        <translation>Legg til barnet</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Med alle opplysninger …</source>
        <translation>Med alle opplysningar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fødselsnummer, foreldreansvar, hvor barnet bor, skole og tjenester</source>
        <translation>Fødselsnummer, foreldreansvar, kvar barnet bur, skule og tenester</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+16"/>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Relasjon</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnets navn</source>
        <translation>Namnet til barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnets fødselsdato</source>
        <translation>Fødselsdatoen til barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnet er ikke født ennå</source>
        <translation>Barnet er ikkje fødd enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnets relasjon til brukeren</source>
        <translation>Relasjonen til barnet til brukaren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Termindato</source>
        <translation>Termindato</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="+83"/>
        <source>Passordfrasene er ikke like.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hver kollega har sitt eget brukernavn og sitt eget passord. Brukernavnet blir også kollegaens innlogging på kommunens server, med små bokstaver a–z, tall, punktum eller bindestrek. </source>
        <translation>Kvar kollega har sitt eige brukarnamn og sitt eige passord. Brukarnamnet blir òg innlogginga til kollegaen på serveren til kommunen, med små bokstavar a–z, tal, punktum eller bindestrek. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gi passordet til kollegaen muntlig, aldri på e-post.</source>
        <translation>Gi passordet til kollegaen munnleg, aldri på e-post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hver kollega har sitt eget brukernavn og sin egen passordfrase. Brukernavnet har små bokstaver a–z, tall, punktum eller bindestrek. </source>
        <translation>Kvar kollega har sitt eige brukarnamn og si eiga passordfrase. Brukarnamnet har små bokstavar a–z, tal, punktum eller bindestrek. </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gi passordfrasen til kollegaen muntlig, aldri på e-post.</source>
        <translation>Gi passordfrasen til kollegaen munnleg, aldri på e-post.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Gjenta passordet:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Ny bruker</source>
        <translation>Ny brukar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fullt &amp;navn:</source>
        <translation>Fullt &amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv hele navnet.</source>
        <translation>Skriv heile namnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for eksempel kari.nordmann</source>
        <translation>til dømes kari.nordmann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Passordene er ikke like.</source>
        <translation>Passorda er ikkje like.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../barnearket/ui/admin/menu.py" line="+36"/>
        <source>Ad&amp;ministrasjon</source>
        <translation>Ad&amp;ministrasjon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukere …</source>
        <translation>&amp;Brukarar …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Sikkerhetskopi …</source>
        <translation>&amp;Tryggingskopi …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legg tilbake sikkerhetskopi …</source>
        <translation>&amp;Legg tilbake tryggingskopi …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Virksomhetens opplysninger …</source>
        <translation>&amp;Opplysningar om verksemda …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Frister …</source>
        <translation>&amp;Fristar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatisk l&amp;åsing …</source>
        <translation>Automatisk l&amp;åsing …</translation>
    </message>
</context>
<context>
    <name>AdultBanner</name>
    <message>
        <location filename="../../barnearket/ui/adultbanner.py" line="+43"/>
        <source>Avslutt for barnet …</source>
        <translation>Avslutt for barnet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt bekymringene for barnet, og deretter saken hvis ingenting annet er åpent</source>
        <translation>Avslutt bekymringane for barnet, og deretter saka dersom ingenting anna er ope</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fortsett saken</source>
        <translation>Hald fram med saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saken fortsetter; meldingen om 18 år vises ikke mer</source>
        <translation>Saka held fram; meldinga om 18 år blir ikkje vist meir</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 fylte 18 år %2 og er ikke lenger barn i saken. Saken står ikke lenger i køene for barnet.</source>
        <translation>%1 fylte 18 år %2 og er ikkje lenger barn i saka. Saka står ikkje lenger i køane for barnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Åpne bekymringer for barnet: %1.</source>
        <translation>Opne bekymringar for barnet: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt det som gjaldt barnet, eller fortsett saken (for eksempel med andre barn, eller med barnet som voksen pårørende).</source>
        <translation>Avslutt det som galdt barnet, eller hald fram med saka (til dømes med andre barn, eller med barnet som vaksen pårørande).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bekymringene for %1 avsluttes med begrunnelsen at barnet har fylt 18 år.</source>
        <translation>Bekymringane for %1 blir avslutta med den grunngivinga at barnet har fylt 18 år.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutt for barnet</source>
        <translation>Avslutt for barnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutt</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunne ikke avslutte</source>
        <translation>Kunne ikkje avslutte</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
</context>
<context>
    <name>Answer</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="+41"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>AnswerCorrection</name>
    <message>
        <location filename="../../barnearket/ui/rights/answers.py" line="+57"/>
        <source>Rett et svar i samtale %1</source>
        <translation>Rett eit svar i samtale %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>En fullført samtale endres ikke, men et fritekstsvar kan rettes. Det som stod før, blir stående under svaret med dato, hvem som rettet og hvorfor.</source>
        <translation>Ein fullført samtale blir ikkje endra, men eit fritekstsvar kan rettast. Det som stod før, blir ståande under svaret med dato, kven som retta og kvifor.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Svar:</source>
        <translation>&amp;Svar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Står &amp;nå:</source>
        <translation>Står &amp;no:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Riktig tekst:</source>
        <translation>&amp;Rett tekst:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Hvorfor rettes det?</source>
        <translation>&amp;Kvifor blir det retta?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtalen har ingen fritekstsvar som kan rettes.</source>
        <translation>Samtalen har ingen fritekstsvar som kan rettast.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Teksten er den samme som før.</source>
        <translation>Teksten er den same som før.</translation>
    </message>
</context>
<context>
    <name>ArosePage</name>
    <message>
        <location filename="../../barnearket/ui/concern/first.py" line="+62"/>
        <location line="+4"/>
        <source>Historikk for bekymringsnivå</source>
        <translation>Historikk for bekymringsnivå</translation>
    </message>
</context>
<context>
    <name>AutoLockDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/autolock.py" line="+32"/>
        <source>Automatisk låsing</source>
        <translation>Automatisk låsing</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: saksfilen lukkes, og passordfrasen må skrives på nytt. Tiden gjelder alle som bruker denne saksfilen, på alle maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt kontor.</source>
        <translation>Når ingen har rørt tastaturet eller musa så lenge, blir Barnearket låst: saksfila blir lukka, og passordfrasen må skrivast på nytt. Tida gjeld alle som bruker denne saksfila, på alle maskiner. Vel mellom %1 og %2 minutt; kortare er tryggare på eit delt kontor.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Når ingen har rørt tastaturet eller musen så lenge, låses Barnearket: tilkoblingen til kommunens server lukkes, og passordet må skrives på nytt. Tiden gjelder alle som bruker serveren, på alle maskiner. Velg mellom %1 og %2 minutter; kortere er tryggere på et delt kontor.</source>
        <translation>Når ingen har rørt tastaturet eller musa så lenge, blir Barnearket låst: sambandet til serveren til kommunen blir lukka, og passordet må skrivast på nytt. Tida gjeld alle som bruker serveren, på alle maskinar. Vel mellom %1 og %2 minutt; kortare er tryggare på eit delt kontor.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> minutter</source>
        <translation> minutt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lås &amp;etter:</source>
        <translation>Lås &amp;etter:</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../barnearket/ui/autosave.py" line="+31"/>
        <source>Det du skrev er tatt vare på i vinduet, og Barnearket prøver å lagre det igjen om litt.</source>
        <translation>Det du skreiv, er teke vare på i vindauget, og Barnearket prøver å lagre det att om litt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Noen andre lagret det samme i samme øyeblikk.</source>
        <translation>Nokon andre lagra det same i same augneblinken.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="+38"/>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sikkerhetskopi: velg hvor kopien skal ligge</source>
        <translation>Tryggingskopi: vel kvar kopien skal liggje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sikkerhetskopien er skrevet</source>
        <translation>Tryggingskopien er skriven</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kopien ligger i %1, med nøkkelfilen %2 ved siden av. Den er kryptert og åpnes med de samme brukernavnene og passordfrasene. Ta vare på begge filene.</source>
        <translation>Kopien ligg i %1, med nøkkelfila %2 ved sida av. Han er kryptert og blir opna med dei same brukarnamna og passordfrasane. Ta vare på begge filene.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sikkerhetskopien ble ikke skrevet</source>
        <translation>Tryggingskopien vart ikkje skriven</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/chart.py" line="+71"/>
        <source>Ingen i perioden</source>
        <translation>Ingen i perioden</translation>
    </message>
</context>
<context>
    <name>CaseActions</name>
    <message>
        <location filename="../../barnearket/ui/edit/casebar.py" line="+29"/>
        <source>Svar på spørsmålet om barn …</source>
        <translation>Svar på spørsmålet om barn …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til barn …</source>
        <translation>Legg til barn …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gå til samtalen</source>
        <translation>Gå til samtalen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Avslutt saken %1</source>
        <translation>Avslutt saka %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;vslutt saken</source>
        <translation>A&amp;vslutt saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En sak kan avsluttes når spørsmålet om barn er besvart og alle bekymringer er avsluttet. Den kan gjenåpnes senere.</source>
        <translation>Ei sak kan avsluttast når spørsmålet om barn er svart på og alle bekymringar er avslutta. Ho kan opnast att seinare.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Avsluttet &amp;dato:</source>
        <translation>Avslutta &amp;dato:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>E&amp;ndre saken …</source>
        <translation>E&amp;ndre saka …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til ba&amp;rn …</source>
        <translation>Legg til ba&amp;rn …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Red&amp;iger barnet …</source>
        <translation>Red&amp;iger barnet …</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Avsl&amp;utt saken …</source>
        <translation>Avsl&amp;utt saka …</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&amp;Gjenåpne saken</source>
        <translation>&amp;Opne saka att</translation>
    </message>
</context>
<context>
    <name>CaseBrowser</name>
    <message>
        <location filename="../../barnearket/ui/casebrowser.py" line="+56"/>
        <source>Mine åpne saker</source>
        <translation>Mine opne saker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle åpne saker</source>
        <translation>Alle opne saker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle saker</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Navn, fødselsnummer eller saksnummer</source>
        <translation>Namn, fødselsnummer eller saksnummer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Vis:</source>
        <translation>&amp;Vis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sø&amp;k:</source>
        <translation>Sø&amp;k:</translation>
    </message>
    <message>
        <location line="+81"/>
        <source> · Enter åpner den valgte saken</source>
        <translation> · Enter opnar den valde saka</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Saker</source>
        <translation>Saker</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 av %2 saker</source>
        <translation>%1 av %2 saker</translation>
    </message>
</context>
<context>
    <name>CaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/case.py" line="+39"/>
        <source>Ikke spurt</source>
        <translation>Ikkje spurt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Endre saken %1</source>
        <translation>Endre saka %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Brukeren trenger &amp;tolk</source>
        <translation>Brukaren treng &amp;tolk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen ansvarlig</source>
        <translation>Ingen ansvarleg</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Navnet må fylles ut. Fødselsnummer er 11 siffer og kan stå tomt. Endringer føres i loggen med hvem og når.</source>
        <translation>Namnet må fyllast ut. Fødselsnummer er 11 siffer og kan stå tomt. Endringar blir førte i loggen med kven og når.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Brukerens &amp;navn:</source>
        <translation>&amp;Namnet til brukaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fø&amp;dselsdato:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adress&amp;e:</source>
        <translation>Adress&amp;e:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telef&amp;on:</source>
        <translation>Telef&amp;on:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En&amp;het:</source>
        <translation>Ein&amp;ing:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ansvarlig:</source>
        <translation>&amp;Ansvarleg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behandling:</source>
        <translation>&amp;Behandling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sit&amp;uasjon:</source>
        <translation>Sit&amp;uasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mellomrom krysser av</source>
        <translation>Mellomrom kryssar av</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ba&amp;rn under 18 år:</source>
        <translation>Ba&amp;rn under 18 år:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søs&amp;ken under 18 år:</source>
        <translation>Sys&amp;ken under 18 år:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;purt dato:</source>
        <translation>S&amp;purt dato:</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Skriv brukerens navn.</source>
        <translation>Skriv namnet til brukaren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spørsmålet om barn kan ikke gjøres ubesvart igjen. Velg «Ukjent» om dere ikke vet.</source>
        <translation>Spørsmålet om barn kan ikkje gjerast ubesvart att. Vel «Ukjend» om de ikkje veit.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Brukerens navn</source>
        <translation>Namnet til brukaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Behandling</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situasjon</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn under 18 år</source>
        <translation>Barn under 18 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søsken under 18 år</source>
        <translation>Sysken under 18 år</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spurt dato</source>
        <translation>Spurt dato</translation>
    </message>
</context>
<context>
    <name>CaseFiles</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="-33"/>
        <location filename="../../barnearket/ui/unlockparts.py" line="+19"/>
        <source>Barnearket-saksfiler (*.barnearket);;Alle filer (*)</source>
        <translation>Barnearket-saksfiler (*.barnearket);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>CaseListModel</name>
    <message>
        <location filename="../../barnearket/ui/caselist.py" line="+27"/>
        <source>Saksnr.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bruker</source>
        <translation>Brukar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringer</source>
        <translation>Bekymringar</translation>
    </message>
</context>
<context>
    <name>CaseListToggle</name>
    <message>
        <location filename="../../barnearket/ui/caselistpane.py" line="+40"/>
        <source>Skjul &amp;sakslisten</source>
        <translation>Skjul &amp;sakslista</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis &amp;sakslisten</source>
        <translation>Vis &amp;sakslista</translation>
    </message>
</context>
<context>
    <name>CaseTable</name>
    <message>
        <location filename="../../barnearket/ui/casetable.py" line="+54"/>
        <source>Piltastene velger en sak, Enter åpner den.</source>
        <translation>Piltastane vel ei sak, Enter opnar henne.</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../barnearket/ui/caseparts.py" line="+44"/>
        <source>ufødt, termin %1</source>
        <translation>ufødd, termin %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 år</source>
        <translation>%1 år</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, voksen (ikke lenger barn i saken)</source>
        <translation>, vaksen (ikkje lenger barn i saka)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alder ukjent</source>
        <translation>alder ukjend</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Saksnummer:</source>
        <translation>Saksnummer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enhet:</source>
        <translation>Eining:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fødselsdato:</source>
        <translation>Fødselsdato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behandling:</source>
        <translation>Behandling:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Situasjon:</source>
        <translation>Situasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn under 18 år:</source>
        <translation>Barn under 18 år:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Søsken under 18 år:</source>
        <translation>Sysken under 18 år:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>ikke oppgitt</source>
        <translation>ikkje oppgitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen valgt</source>
        <translation>ingen valt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ikke spurt ennå</source>
        <translation>Ikkje spurt enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (spurt %2)</source>
        <translation>%1 (spurt %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ikke spurt</source>
        <translation>Ikkje spurt</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/caseview.py" line="+110"/>
        <source>Ingen barn eller søsken er registrert.</source>
        <translation>Ingen barn eller sysken er registrerte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg en sak i listen til venstre, eller lag en ny sak med Ctrl+N.</source>
        <translation>Vel ei sak i lista til venstre, eller lag ei ny sak med Ctrl+N.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Barn og søsken</source>
        <translation>Barn og sysken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Oversikt</source>
        <translation>&amp;Oversikt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Barnearket-samtale</source>
        <translation>&amp;Barnearket-samtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ekymringer</source>
        <translation>B&amp;ekymringar</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/edit/casebar.py" line="-53"/>
        <source>Mangler: %1</source>
        <translation>Manglar: %1</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="+107"/>
        <source>Lever sakene tilbake til serveren</source>
        <translation>Lever sakene tilbake til tenaren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lever tilbake</source>
        <translation>&amp;Lever tilbake</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Serveradresse:</source>
        <translation>&amp;Tenaradresse:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passordfrasen din:</source>
        <translation>&amp;Passordfrasen din:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Denne saksfilen er en kopi av sak %1 tatt med fra serveren. Siden da er det gjort %2 nye registreringer og %3 endringer. Alt leveres tilbake samlet; etterpå overskrives og slettes kopien på denne maskinen, og Barnearket lukkes.</source>
        <translation>Denne saksfila er ein kopi av sak %1 teken med frå tenaren. Sidan då er det gjort %2 nye registreringar og %3 endringar. Alt blir levert tilbake samla; etterpå blir kopien på denne maskina overskriven og sletta, og Barnearket blir lukka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skriv passordfrasen din.</source>
        <translation>Skriv passordfrasen din.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skriv serverens adresse (postgresql://…).</source>
        <translation>Skriv adressa til tenaren (postgresql://…).</translation>
    </message>
</context>
<context>
    <name>CheckoutBanner</name>
    <message>
        <location filename="../../barnearket/ui/checkout/banner.py" line="+21"/>
        <source>tatt med av %1 %2 kl. %3</source>
        <translation>teken med av %1 %2 kl. %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saken er %1. Den kan leses, men ikke endres her før den er levert tilbake (eller en administrator frigir den).</source>
        <translation>Saka er %1. Ho kan lesast, men ikkje endrast her før ho er levert tilbake (eller ein administrator frigjer ho).</translation>
    </message>
</context>
<context>
    <name>CheckoutDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="-133"/>
        <source>Ta med sak %1 på denne maskinen</source>
        <translation>Ta med sak %1 på denne maskina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ta med</source>
        <translation>&amp;Ta med</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saken kopieres til en ny, kryptert saksfil på denne maskinen, som du kan arbeide i uten nett. Du åpner den med brukernavnet ditt og den samme passordfrasen som på serveren. Til du leverer den tilbake, kan saken bare leses på serveren.</source>
        <translation>Saka blir kopiert til ei ny, kryptert saksfil på denne maskina, som du kan arbeide i utan nett. Du opnar ho med brukarnamnet ditt og den same passordfrasen som på tenaren. Til du leverer ho tilbake, kan saka berre lesast på tenaren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Ny saksfil:</source>
        <translation>&amp;Ny saksfil:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passordfrasen din:</source>
        <translation>&amp;Passordfrasen din:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ny saksfil for saken</source>
        <translation>Ny saksfil for saka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Velg hvor saksfilen skal ligge.</source>
        <translation>Vel kvar saksfila skal liggje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv passordfrasen din.</source>
        <translation>Skriv passordfrasen din.</translation>
    </message>
</context>
<context>
    <name>CheckoutMenu</name>
    <message>
        <location filename="../../barnearket/ui/checkout/menu.py" line="+31"/>
        <source>Ta &amp;med på denne maskinen …</source>
        <translation>Ta &amp;med på denne maskina …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lever &amp;tilbake til serveren …</source>
        <translation>Lever &amp;tilbake til tenaren …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fri&amp;gi sak som er tatt med …</source>
        <translation>Fri&amp;gjer sak som er teken med …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Ingen sak valgt</source>
        <translation>Inga sak vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Vel ei sak i lista først.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Levert tilbake</source>
        <translation>Levert tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sak %1 er levert tilbake til serveren, og kopien på denne maskinen er slettet. Barnearket lukkes nå.</source>
        <translation>Sak %1 er levert tilbake til tenaren, og kopien på denne maskina er sletta. Barnearket blir lukka no.</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/child.py" line="+33"/>
        <location line="+39"/>
        <source>Vet ikke</source>
        <translation>Veit ikkje</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Endre barnet</source>
        <translation>Endre barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til barn eller søsken</source>
        <translation>Legg til barn eller sysken</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Barnet er &amp;ikke født ennå</source>
        <translation>Barnet er &amp;ikkje fødd enno</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Bare navnet må fylles ut. Et ufødt barn har termindato i stedet for fødselsdato; det som ikke gjelder før fødselen, skrus av.</source>
        <translation>Berre namnet må fyllast ut. Eit ufødd barn har termindato i staden for fødselsdato; det som ikkje gjeld før fødselen, blir slått av.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Navn:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnumm&amp;er:</source>
        <translation>Fødselsnumm&amp;er:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>11 siffer, kan stå tomt</source>
        <translation>11 siffer, kan stå tomt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fø&amp;dselsdato:</source>
        <translation>Fø&amp;dselsdato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Termindato:</source>
        <translation>&amp;Termindato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relasjon til brukeren:</source>
        <translation>&amp;Relasjon til brukaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Foreldreansvar (brukeren):</source>
        <translation>&amp;Foreldreansvar (brukaren):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bor:</source>
        <translation>&amp;Bur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daglig &amp;omsorg:</source>
        <translation>Dagleg &amp;omsorg:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvem som gir barnet daglig omsorg</source>
        <translation>Kven som gir barnet dagleg omsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den &amp;andre forelderen:</source>
        <translation>Den &amp;andre forelderen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skole eller barnehage:</source>
        <translation>&amp;Skule eller barnehage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;jenester som er inne:</source>
        <translation>Tenester so&amp;m er inne:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mellomrom krysser av</source>
        <translation>Mellomrom kryssar av</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Skriv barnets navn.</source>
        <translation>Skriv namnet til barnet.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fødselsnummer</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsdato</source>
        <translation>Fødselsdato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Termindato</source>
        <translation>Termindato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relasjon til brukeren</source>
        <translation>Relasjon til brukaren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreldreansvar (brukeren)</source>
        <translation>Foreldreansvar (brukaren)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bor</source>
        <translation>Bur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daglig omsorg</source>
        <translation>Dagleg omsorg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den andre forelderen</source>
        <translation>Den andre forelderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skole eller barnehage</source>
        <translation>Skule eller barnehage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tjenester som er inne</source>
        <translation>Tenester som er inne</translation>
    </message>
</context>
<context>
    <name>ClosurePage</name>
    <message>
        <location filename="../../barnearket/ui/concern/closure.py" line="+45"/>
        <location line="+1"/>
        <source>Avslutt bekymringen</source>
        <translation>Avslutt bekymringa</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Åpne bekymringen igjen</source>
        <translation>Opne bekymringa att</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne igjen</source>
        <translation>Opne att</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>Avslutninger og gjenåpninger</source>
        <translation>Avsluttingar og gjenopningar</translation>
    </message>
</context>
<context>
    <name>ComboEditor</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/choice.py" line="+75"/>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
</context>
<context>
    <name>ConcernDeadline</name>
    <message>
        <location filename="../../barnearket/ui/concern/deadline.py" line="+28"/>
        <source>Bekymringen er avsluttet</source>
        <translation>Bekymringa er avslutta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meld til barnevernet nå · akutt fare: ring 112</source>
        <translation>Meld til barnevernet no · akutt fare: ring 112</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Beslutning tatt %1</source>
        <translation>Avgjerd teken %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Beslutning innen %n dager</source>
        <translation>
            <numerusform>Avgjerd innan %n dag</numerusform>
            <numerusform>Avgjerd innan %n dagar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslutningsfristen er i dag</source>
        <translation>Fristen for avgjerda er i dag</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Beslutningsfristen gikk ut for %n dager siden</source>
        <translation>
            <numerusform>Fristen for avgjerda gjekk ut for %n dag sidan</numerusform>
            <numerusform>Fristen for avgjerda gjekk ut for %n dagar sidan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernPanel</name>
    <message>
        <location filename="../../barnearket/ui/concern/panel.py" line="+49"/>
        <source>Bekymringer på saken</source>
        <translation>Bekymringar på saka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny bekymring</source>
        <translation>Ny bekymring</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vis avsluttede</source>
        <translation>Vis avslutta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen bekymring er valgt. Velg en i listen, eller lag en ny.</source>
        <translation>Inga bekymring er vald. Vel ei i lista, eller lag ei ny.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bekymring:</source>
        <translation>Bekymring:</translation>
    </message>
</context>
<context>
    <name>ConcernSteps</name>
    <message>
        <location filename="../../barnearket/ui/concern/steppages.py" line="+23"/>
        <source>Legg til observasjon</source>
        <translation>Legg til observasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til drøfting</source>
        <translation>Legg til drøfting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg til samtalen</source>
        <translation>Legg til samtalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer beslutningen</source>
        <translation>Registrer avgjerda</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Rett valgt …</source>
        <translation>Rett valt …</translation>
    </message>
</context>
<context>
    <name>ConcernView</name>
    <message>
        <location filename="../../barnearket/ui/concern/view.py" line="+59"/>
        <source>Samtykker</source>
        <translation>Samtykke</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Meldinger</source>
        <translation>Meldingar</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>ukjent barn</source>
        <translation>ukjend barn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymring for %1</source>
        <translation>Bekymring for %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Svangerskap: %1 (Ctrl+Shift+G)</source>
        <translation>Svangerskap: %1 (Ctrl+Shift+G)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oppstod %1 · %2 · Nivå %3</source>
        <translation>Oppstod %1 · %2 · Nivå %3</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meldinger til barnevernet, politiet eller andre tjenester om denne bekymringen, med frister for tilbakemelding.</source>
        <translation>Meldingar til barnevernet, politiet eller andre tenester om denne bekymringa, med fristar for tilbakemelding.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Under meldeterskelen trenger vi samtykke før vi deler opplysninger med andre tjenester. En melding til barnevernet krever aldri samtykke.</source>
        <translation>Under meldeterskelen treng vi samtykke før vi deler opplysningar med andre tenester. Ei melding til barnevernet krev aldri samtykke.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hvorfor dette steget? %1</source>
        <translation>Kvifor dette steget? %1</translation>
    </message>
</context>
<context>
    <name>Conflict</name>
    <message>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+23"/>
        <source>svaret</source>
        <translation>svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtalen</source>
        <translation>samtalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bekymringen</source>
        <translation>bekymringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiltaket</source>
        <translation>tiltaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>observasjonen</source>
        <translation>observasjonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drøftingen</source>
        <translation>drøftinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtalen med forelderen</source>
        <translation>samtalen med forelderen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutningen</source>
        <translation>avgjerda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evalueringen</source>
        <translation>evalueringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saken</source>
        <translation>saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opplysningene om barnet</source>
        <translation>opplysningane om barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meldingen</source>
        <translation>meldinga</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/fields.py" line="+35"/>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+31"/>
        <location filename="../../barnearket/ui/edit/entryconflict.py" line="+80"/>
        <source>dette</source>
        <translation>dette</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+18"/>
        <source>(tomt)</source>
        <translation>(tomt)</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/resolve.py" line="+9"/>
        <location line="+9"/>
        <source>nettopp</source>
        <translation>nett no</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+9"/>
        <source>%1 kl. %2</source>
        <translation>%1 kl. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[Skrevet samtidig med endringen over (%1, %2):]</source>
        <translation>[Skrive samtidig med endringa over (%1, %2):]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>en annen bruker</source>
        <translation>ein annan brukar</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/conflict/merge.py" line="+124"/>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nei</source>
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../barnearket/ui/conflict/dialog.py" line="+52"/>
        <source>Noen andre har endret dette</source>
        <translation>Nokon andre har endra dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En annen bruker</source>
        <translation>Ein annan brukar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 endret %2 %3, etter at du begynte å endre det. Det du la inn er ikke lagret ennå, men det er ikke borte: det står til venstre. Velg hva som skal gjelde.</source>
        <translation>%1 endra %2 %3, etter at du byrja å endre det. Det du la inn er ikkje lagra enno, men det er ikkje borte: det står til venstre. Vel kva som skal gjelde.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Det du skrev (ikke lagret)</source>
        <translation>Det du skreiv (ikkje lagra)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Det du valgte (ikke lagret)</source>
        <translation>Det du valde (ikkje lagra)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret av %1</source>
        <translation>Lagra av %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Behold &amp;mitt</source>
        <translation>Behald &amp;mitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruk det &amp;lagrede</source>
        <translation>Bruk det &amp;lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta med &amp;begge</source>
        <translation>Ta med &amp;begge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den lagrede teksten først, så din, merket med hvem og når.</source>
        <translation>Den lagra teksten først, så din, merkt med kven og når.</translation>
    </message>
</context>
<context>
    <name>ConsentsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/consents.py" line="+82"/>
        <location line="+10"/>
        <source>Samtykker på saken</source>
        <translation>Samtykke på saka</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Trekk tilbake valgt samtykke …</source>
        <translation>&amp;Trekk tilbake valt samtykke …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv &amp;ut valgt samtykke …</source>
        <translation>Skriv &amp;ut det valde samtykket …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samtykkeskjemaet fylt ut med svaret som er valgt i listen</source>
        <translation>Samtykkeskjemaet fylt ut med svaret som er valt i lista</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tjeneste å dele med</source>
        <translation>Teneste å dele med</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Kan vi dele?</source>
        <translation>&amp;Kan vi dele?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Dele med:</source>
        <translation>&amp;Dele med:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nytt svar på samtykke</source>
        <translation>Nytt svar på samtykke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer svaret</source>
        <translation>Registrer svaret</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Ikke lagret – prøver igjen. Serveren svarer ikke. Tilbaketrekkingen og merknaden din er tatt vare på kryptert på denne maskinen og lagres av seg selv når serveren svarer igjen.</source>
        <translation>Ikkje lagra – prøver igjen. Serveren svarar ikkje. Tilbaketrekkinga og merknaden din er tekne vare på kryptert på denne maskina og blir lagra av seg sjølv når serveren svarar igjen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Et gyldig samtykke dekker deling med %1 i dag.</source>
        <translation>Eit gyldig samtykke dekkjer deling med %1 i dag.</translation>
    </message>
</context>
<context>
    <name>ConversationPanel</name>
    <message>
        <location filename="../../barnearket/ui/sheet/panel.py" line="+61"/>
        <source>Trykk «Start samtale» når du skal snakke med brukeren om barna.</source>
        <translation>Trykk «Start samtale» når du skal snakke med brukaren om barna.</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>Arket låses og kan ikke endres etterpå. Neste samtale blir en ny versjon.</source>
        <translation>Arket blir låst og kan ikkje endrast etterpå. Neste samtale blir ein ny versjon.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n påkrevde spørsmål mangler fortsatt svar.</source>
        <translation>
            <numerusform>%n påkravd spørsmål manglar framleis svar.</numerusform>
            <numerusform>%n påkravde spørsmål manglar framleis svar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullføre arket?</source>
        <translation>Fullføre arket?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fullfør arket</source>
        <translation>Fullfør arket</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../../barnearket/ui/sheet/conversation.py" line="+93"/>
        <source>Ta deg god tid og snakk fritt. Temaene er stikkord, ikke en rekkefølge. Skriv notater til høyre, og fyll ut arket mot slutten av samtalen.</source>
        <translation>Ta deg god tid og snakk fritt. Temaa er stikkord, ikkje ei rekkjefølgje. Skriv notat til høgre, og fyll ut arket mot slutten av samtalen.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/entries.py" line="+146"/>
        <source>Endre tiltaket</source>
        <translation>Endre tiltaket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rett oppføringen</source>
        <translation>Rett oppføringa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det som sto der før, blir stående i en datert merknad nederst i teksten, med hvem som rettet og hvorfor. Påkrevde spørsmål må fortsatt ha svar.</source>
        <translation>Det som stod der før, blir ståande i ein datert merknad nedst i teksten, med kven som retta og kvifor. Spørsmål som krev svar, må framleis ha svar.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Hvorfor rettes det?</source>
        <translation>&amp;Kvifor blir det retta?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ingen bestemt tjeneste</source>
        <translation>Inga bestemt teneste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Tjeneste som har tiltaket:</source>
        <translation>&amp;Teneste som har tiltaket:</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/edit/entryconflict.py" line="+34"/>
        <source>Tjeneste som har tiltaket</source>
        <translation>Teneste som har tiltaket</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../barnearket/ui/seams.py" line="+23"/>
        <location line="+75"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
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
        <translation>Skriv ut</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <location filename="../../barnearket/ui/documents.py" line="+48"/>
        <source>%1 – forhåndsvisning</source>
        <translation>%1 – førehandsvising</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Oppdater forhåndsvisning</source>
        <translation>Oppdater førehandsvisinga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv ut …</source>
        <translation>Skriv ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre som PDF …</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kopier</source>
        <translation>Kopier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopier «%1»</source>
        <translation>Kopier «%1»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Dokumentet er taushetsbelagt. Skriv ut bare når det trengs.</source>
        <translation>Dokumentet er teiepliktig. Skriv ut berre når det trengst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Endringer her lagres ikke: skriv meldingen under Bekymringer, Meldinger (Alt+9), så den blir lagret, sendt og fulgt opp.</source>
        <translation>Endringar her blir ikkje lagra: skriv meldinga under Bekymringar, Meldingar (Alt+9), så ho blir lagra, send og følgd opp.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>«%1» er kopiert. Utklippstavlen tømmes om ti sekunder.</source>
        <translation>«%1» er kopiert. Utklippstavla blir tømd om ti sekund.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret. Oppbevar filen trygt og slett den når den ikke trengs.</source>
        <translation>Lagra. Oppbevar fila trygt og slett henne når ho ikkje trengst.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skrivaren.</translation>
    </message>
</context>
<context>
    <name>DocumentMenu</name>
    <message>
        <location filename="../../barnearket/ui/docmenu.py" line="+32"/>
        <source>&amp;Journalsammendrag …</source>
        <translation>&amp;Journalsamandrag …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalsammendrag &amp;uten barnas opplysninger …</source>
        <translation>Journalsamandrag &amp;utan opplysningane om barna …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bekymringsmelding til barnevernet …</source>
        <translation>&amp;Bekymringsmelding til barnevernet …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Samtykkeskjema …</source>
        <translation>&amp;Samtykkeskjema …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tiltaksplan for ansvarsgruppe …</source>
        <translation>&amp;Tiltaksplan for ansvarsgruppe …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>B&amp;rosjyre til forelderen …</source>
        <translation>B&amp;rosjyre til forelderen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Virksomhetens opplysninger …</source>
        <translation>&amp;Opplysningar om verksemda …</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ingen sak valgt</source>
        <translation>Inga sak vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Vel ei sak i lista først.</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../barnearket/ui/edit/common.py" line="+45"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Avbr&amp;yt</source>
        <translation>Avbr&amp;yt</translation>
    </message>
</context>
<context>
    <name>FieldConflictDialog</name>
    <message>
        <location filename="../../barnearket/ui/conflict/fieldsdialog.py" line="+69"/>
        <source>Noen andre har endret dette</source>
        <translation>Nokon andre har endra dette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En annen bruker</source>
        <translation>Ein annan brukar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 endret %2 etter at du åpnet det. Under står bare det dere begge har endret: ditt til venstre (ikke lagret ennå, men ikke borte), det lagrede til høyre. Velg hva som skal gjelde.</source>
        <translation>%1 endra %2 etter at du opna det. Under står berre det de begge har endra: ditt til venstre (ikkje lagra enno, men ikkje borte), det lagra til høgre. Vel kva som skal gjelde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tatt med uten å spørre, fordi bare %1 endret det: %2.</source>
        <translation>Teke med utan å spørje, fordi berre %1 endra det: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lagret av %1 %2</source>
        <translation>Lagra av %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behold &amp;mitt</source>
        <translation>Behald &amp;mitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bruk det &amp;lagrede</source>
        <translation>Bruk det &amp;lagra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta med &amp;begge</source>
        <translation>Ta med &amp;begge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekstene: den lagrede først, så din, merket med hvem og når. Andre felt: ditt gjelder.</source>
        <translation>Tekstane: den lagra først, så din, merkt med kven og når. Andre felt: ditt gjeld.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ditt</source>
        <translation>Ditt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, ditt</source>
        <translation>%1, ditt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, lagret</source>
        <translation>%1, lagra</translation>
    </message>
</context>
<context>
    <name>FiguresModel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/figuresmodel.py" line="+67"/>
        <source>Tall</source>
        <translation>Tal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hele perioden</source>
        <translation>Heile perioden</translation>
    </message>
</context>
<context>
    <name>FiguresTab</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/figurestab.py" line="+64"/>
        <source>&amp;Vis tall</source>
        <translation>&amp;Vis tal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eksporter &amp;CSV …</source>
        <translation>Eksporter &amp;CSV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag &amp;PDF …</source>
        <translation>Lag &amp;PDF …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bare antall og medianer, ingen personopplysninger</source>
        <translation>Berre tal og medianar, ingen personopplysningar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>F&amp;ra:</source>
        <translation>F&amp;rå:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>T&amp;il:</source>
        <translation>T&amp;il:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Årstall</source>
        <translation>Årstal</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Alle enheter</source>
        <translation>Alle einingar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Teller …</source>
        <translation>Tel …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Kunne ikke telle. Prøv igjen.</source>
        <translation>Kunne ikkje telje. Prøv att.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV-fil (*.csv)</source>
        <translation>CSV-fil (*.csv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagre årstall</source>
        <translation>Lagre årstala</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret i %1.</source>
        <translation>Lagra i %1.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/filterbar.py" line="+34"/>
        <source>Søk i saksnummer, enhet, ansvarlig, steg …</source>
        <translation>Søk i saksnummer, eining, ansvarleg, steg …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Søk i oversikten</source>
        <translation>Søk i oversikta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: alle</source>
        <translation>%1: alle</translation>
    </message>
</context>
<context>
    <name>FormBox</name>
    <message>
        <location filename="../../barnearket/ui/concern/formbox.py" line="+98"/>
        <source>Fyll ut %1 først.</source>
        <translation>Fyll ut %1 først.</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/form.py" line="+32"/>
        <location line="+37"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
</context>
<context>
    <name>FunctionsDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/functions.py" line="+23"/>
        <source>&amp;Barneansvarlig for enheten</source>
        <translation>&amp;Barneansvarleg for eininga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Teamleder for enheten</source>
        <translation>&amp;Teamleiar for eininga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;ildelingskontoret</source>
        <translation>T&amp;ildelingskontoret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barne&amp;koordinator</source>
        <translation>Barne&amp;koordinator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Medlem av ressursgruppen</source>
        <translation>&amp;Medlem av ressursgruppa</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Funksjoner i rutinen for %1</source>
        <translation>Funksjonar i rutinen for %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funksjonene sier hvem som gjør hva i rutinen. De endrer ikke tilgangsrollen, men en teamleder eller barneansvarlig ser sakene til enheten sin og får teamlederoversikten.</source>
        <translation>Funksjonane seier kven som gjer kva i rutinen. Dei endrar ikkje tilgangsrolla, men ein teamleiar eller barneansvarleg ser sakene til eininga si og får oversikta for teamleiaren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Enhet: %1</source>
        <translation>Eining: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../barnearket/ui/helpmenu.py" line="+32"/>
        <source>&amp;Hjelp og veiledning …</source>
        <translation>&amp;Hjelp og rettleiing …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hjelp til det du står i, eller søk i hjelpen (F1)</source>
        <translation>Hjelp til det du held på med, eller søk i hjelpa (F1)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Hjelp</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelpetekstene er ikke lastet. Spør administrator.</source>
        <translation>Hjelpetekstane er ikkje lasta. Spør administratoren.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../barnearket/ui/helpwindow.py" line="+44"/>
        <source>Hjelp og veiledning</source>
        <translation>Hjelp og rettleiing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel «taushetsplikt» eller «samtykke»</source>
        <translation>Til dømes «teieplikt» eller «samtykke»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hjelpeemner</source>
        <translation>Hjelpeemne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hjelpetekst</source>
        <translation>Hjelpetekst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen emner passer søket.</source>
        <translation>Ingen emne passar til søket.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Søk i hjelpen:</source>
        <translation>&amp;Søk i hjelpa:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kommunens handlingsveileder</source>
        <translation>Handlingsrettleiaren til kommunen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kommunens handlingsveileder er ikke lagt inn ennå. Spør administrator.</source>
        <translation>Handlingsrettleiaren til kommunen er ikkje lagd inn enno. Spør administratoren.</translation>
    </message>
</context>
<context>
    <name>HighestLevel</name>
    <message>
        <location filename="../../barnearket/ui/edit/highest.py" line="+50"/>
        <source>Høyeste bekymringsnivå</source>
        <translation>Høgaste bekymringsnivå</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva gjør at bekymringen nå er på høyeste nivå? Begrunnelsen lagres i historikken for nivået (må fylles ut).</source>
        <translation>Kva gjer at bekymringa no er på høgaste nivå? Grunngjevinga blir lagra i historikken for nivået (må fyllast ut).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nivået ble ikke lagret</source>
        <translation>Nivået vart ikkje lagra</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>På dette nivået skal det sendes bekymringsmelding til barnevernet nå. Meldeplikten krever ikke samtykke. Vil du starte meldingen?</source>
        <translation>På dette nivået skal det sendast bekymringsmelding til barnevernet no. Meldeplikta krev ikkje samtykke. Vil du starte meldinga?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start bekymringsmelding?</source>
        <translation>Starte bekymringsmelding?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start meldingen nå</source>
        <translation>Start meldinga no</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldingen er startet</source>
        <translation>Meldinga er starta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Et utkast til bekymringsmelding er laget. Du finner det under Dokumenter → Bekymringsmelding til barnevernet.</source>
        <translation>Eit utkast til bekymringsmelding er laga. Du finn det under Dokument → Bekymringsmelding til barnevernet.</translation>
    </message>
</context>
<context>
    <name>InnsynDialog</name>
    <message>
        <location filename="../../barnearket/ui/rights/innsyn.py" line="+30"/>
        <source>Innsyn i sak %1</source>
        <translation>Innsyn i sak %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre PDF …</source>
        <translation>&amp;Lagre PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumentet viser alt som er lagret om personen i saken, og hvem som har åpnet og endret den. Det som andre har krav på at holdes tilbake (et annet barns opplysninger, hvem en anonym drøfting ble holdt med), er utelatt og nevnt med begrunnelse. Barn kan selv få innsyn fra de er 16 år.</source>
        <translation>Dokumentet viser alt som er lagra om personen i saka, og kven som har opna og endra henne. Det som andre har krav på at blir halde tilbake (opplysningar om eit anna barn, kven ei anonym drøfting vart halden med), er utelate og nemnt med grunngiving. Barn kan sjølv få innsyn frå dei er 16 år.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forelderen: %1</source>
        <translation>Forelderen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Barnet: %1</source>
        <translation>Barnet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innsyn &amp;for:</source>
        <translation>Innsyn &amp;for:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lagre innsyn som PDF</source>
        <translation>Lagre innsynet som PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Innsyn lagret</source>
        <translation>Innsynet er lagra</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lagret. Filen er taushetsbelagt: gi den bare til den den gjelder, og slett den når den er levert.</source>
        <translation>Lagra. Fila er teiepliktig: gi ho berre til den ho gjeld, og slett ho når ho er levert.</translation>
    </message>
</context>
<context>
    <name>JournalPrompt</name>
    <message>
        <location filename="../../barnearket/ui/journalprompt.py" line="+17"/>
        <source>Saksfilen mangler de siste endringene</source>
        <translation>Saksfila manglar dei siste endringane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fortsett uten dem</source>
        <translation>Hald fram utan dei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Velger du å fortsette, åpnes saksfilen slik den var før disse endringene, og du kan arbeide videre med den. Kopien blir liggende til IT har sett på den. Velger du Avbryt, forblir alt som det er.</source>
        <translation>

Vel du å halde fram, blir saksfila opna slik ho var før desse endringane, og du kan arbeide vidare med henne. Kopien blir liggjande til IT har sett på han. Vel du Avbryt, blir alt som det er.</translation>
    </message>
</context>
<context>
    <name>Journalling</name>
    <message>
        <location filename="../../barnearket/ui/journalling.py" line="+25"/>
        <source>Ikke lagret – prøver igjen. Serveren svarer ikke. Det du skrev, står her og er tatt vare på kryptert på denne maskinen. Det lagres av seg selv når serveren svarer igjen.</source>
        <translation>Ikkje lagra – prøver att. Serveren svarar ikkje. Det du skreiv, står her og er teke vare på kryptert på denne maskina. Det blir lagra av seg sjølv når serveren svarar att.</translation>
    </message>
</context>
<context>
    <name>KeptButton</name>
    <message>
        <location filename="../../barnearket/ui/keptlist.py" line="+105"/>
        <source>Det du har skrevet mens serveren var borte (Ctrl+Shift+U)</source>
        <translation>Det du har skrive medan serveren var borte (Ctrl+Shift+U)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ulagret arbeid (%1)</source>
        <translation>Ulagra arbeid (%1)</translation>
    </message>
</context>
<context>
    <name>KeptList</name>
    <message>
        <location line="-71"/>
        <source>Samtalen (svar eller notater)</source>
        <translation>Samtalen (svar eller notat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringen, steg 1</source>
        <translation>Bekymringa, steg 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding</source>
        <translation>Melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avslutning av bekymringen</source>
        <translation>Avslutting av bekymringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gjenåpning av bekymringen</source>
        <translation>Gjenopning av bekymringa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nytt svar på samtykke</source>
        <translation>Nytt svar på samtykke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtykke trukket tilbake</source>
        <translation>Samtykke trekt tilbake</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>observasjon</source>
        <translation>observasjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>drøfting</source>
        <translation>drøfting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>samtale med foreldrene</source>
        <translation>samtale med foreldra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutning</source>
        <translation>avgjerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tiltak</source>
        <translation>tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluering</source>
        <translation>evaluering</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny %1</source>
        <translation>Ny %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rettelse av %1</source>
        <translation>Retting av %1</translation>
    </message>
</context>
<context>
    <name>KeptListDialog</name>
    <message>
        <location line="+81"/>
        <location line="+16"/>
        <source>Ulagret arbeid</source>
        <translation>Ulagra arbeid</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Dette har du skrevet, men det er ikke lagret på serveren ennå. Det er tatt vare på kryptert på denne maskinen og lagres av seg selv når serveren svarer. Noe som ble holdt tilbake fordi saken var endret eller avsluttet, står også her.</source>
        <translation>Dette har du skrive, men det er ikkje lagra på serveren enno. Det er teke vare på kryptert på denne maskina og blir lagra av seg sjølv når serveren svarar. Noko som vart halde tilbake fordi saka var endra eller avslutta, står også her.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sak</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skrevet</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Lagre nå</source>
        <translation>&amp;Lagre no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Behold til senere</source>
        <translation>&amp;Behald til seinare</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>ikke kjent nå</source>
        <translation>ikkje kjent no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>holdt tilbake</source>
        <translation>halde tilbake</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>venter på serveren</source>
        <translation>ventar på serveren</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../barnearket/ui/languagemenu.py" line="+31"/>
        <source>Sp&amp;råk</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Meldingen til barnevernet, samtykkeskjemaet, tiltaksplanen og journalsammendraget skrives på dette språket.</source>
        <translation>Meldinga til barnevernet, samtykkeskjemaet, tiltaksplanen og journalsamandraget blir skrivne på dette språket.</translation>
    </message>
</context>
<context>
    <name>LeafletDialog</name>
    <message>
        <location filename="../../barnearket/ui/leafletdialog.py" line="+34"/>
        <source>Brosjyre til forelderen – forhåndsvisning</source>
        <translation>Brosjyre til forelderen – førehandsvising</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som PDF …</source>
        <translation>&amp;Lagre som PDF …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Brosjyren har ingen opplysninger om saker. Navn og kontakt hentes fra virksomhetens opplysninger (menyen Dokumenter).</source>
        <translation>Brosjyren har ingen opplysningar om saker. Namn og kontakt blir henta frå opplysningane om verksemda (menyen Dokument).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lagret.</source>
        <translation>Lagra.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sendt til skriveren.</source>
        <translation>Sendt til skrivaren.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../barnearket/ui/lockscreen.py" line="+40"/>
        <source>Barnearket – låst</source>
        <translation>Barnearket – låst</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+74"/>
        <source>&amp;Lås opp</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>&amp;Avslutt Barnearket</source>
        <translation>&amp;Avslutt Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akutt fare (Ctrl+Shift+A)</source>
        <translation>Akutt fare (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Barnearket er låst</source>
        <translation>Barnearket er låst</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tilkoblingen til kommunens server er lukket, og ingen saksopplysninger vises. Skriv passordet ditt for å fortsette der du var.</source>
        <translation>Sambandet til kommunen sin tenar er lukka, og ingen saksopplysningar blir viste. Skriv passordet ditt for å halde fram der du var.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saksfilen er lukket, og ingen saksopplysninger vises. Skriv passordfrasen din for å fortsette der du var.</source>
        <translation>Saksfila er lukka, og ingen saksopplysningar blir viste. Skriv passordfrasen din for å halde fram der du var.</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+24"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Låst av: %1 (%2)</source>
        <translation>Låst av: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Låser opp …</source>
        <translation>Låser opp …</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../barnearket/ui/mainwindow.py" line="+120"/>
        <source>S&amp;aker</source>
        <translation>S&amp;aker</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+77"/>
        <source>Oversik&amp;t over bekymringer</source>
        <translation>Oversik&amp;t over bekymringar</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Verktøy</source>
        <translation>Verktøy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Ny sak</source>
        <translation>&amp;Ny sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finn sak</source>
        <translation>&amp;Finn sak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lås</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Akutt fare</source>
        <translation>&amp;Akutt fare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Akutt fare for et barn: hvem du ringer nå, og start en melding (Ctrl+Shift+A)</source>
        <translation>Akutt fare for eit barn: kven du ringjer no, og start ei melding (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min &amp;profil …</source>
        <translation>Min &amp;profil …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sak</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Dokumenter</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Praksis</source>
        <translation>&amp;Praksis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Om Barnearket</source>
        <translation>&amp;Om Barnearket</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Om Barnearket</source>
        <translation>Om Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Barnearket %1&lt;/h3&gt;&lt;p&gt;Arbeidsverktøy for barneansvarlige i hjemmetjenesten: samtalen om barna (helsepersonelloven § 10 a) og oppfølging fra bekymring til handling.&lt;/p&gt;&lt;p&gt;Sakene ligger kryptert i saksfilen.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Barnearket %1&lt;/h3&gt;&lt;p&gt;Arbeidsverktøy for barneansvarlege i heimetenesta: samtalen om barna (helsepersonellova § 10 a) og oppfølging frå bekymring til handling.&lt;/p&gt;&lt;p&gt;Sakene ligg krypterte i saksfila.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Barnearket</source>
        <translation>Barnearket</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>sak %1</source>
        <translation>sak %1</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../barnearket/ui/resourcegroup.py" line="+81"/>
        <source>Nytt møte i ressursgruppen</source>
        <translation>Nytt møte i ressursgruppa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legg til s&amp;ak</source>
        <translation>Legg til s&amp;ak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern saken</source>
        <translation>&amp;Fjern saka</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Skriv ikke navn på brukere, barn eller andre som kan kjennes igjen. Nevn saker bare med saksnummer, eller la nummeret stå tomt når saken ble drøftet anonymt.</source>
        <translation>Skriv ikkje namn på brukarar, barn eller andre som kan kjennast att. Nemn saker berre med saksnummer, eller la nummeret stå tomt når saka vart drøfta anonymt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Til stede (én rolle per linje):</source>
        <translation>&amp;Til stades (éi rolle per linje):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel barnevernet, helsesykepleier, NAV, teamleder rus</source>
        <translation>Til dømes barnevernet, helsesjukepleiar, NAV, teamleiar rus</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>Saker som ble drøftet</source>
        <translation>Saker som vart drøfta</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>&amp;Saksnummer (tomt: anonymt):</source>
        <translation>&amp;Saksnummer (tomt: anonymt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hva som ble drøftet:</source>
        <translation>&amp;Kva som vart drøfta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>f.eks. 2026-0042</source>
        <translation>t.d. 2026-0042</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Råd som ble gitt:</source>
        <translation>&amp;Råd som vart gitt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;utiner som ble avtalt:</source>
        <translation>R&amp;utinar som vart avtalte:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Skriv saksnummeret eller hva som ble drøftet.</source>
        <translation>Skriv saksnummeret eller kva som vart drøfta.</translation>
    </message>
</context>
<context>
    <name>MinorBanner</name>
    <message>
        <location filename="../../barnearket/ui/minorbanner.py" line="+39"/>
        <source>Bekymring for b&amp;rukeren selv …</source>
        <translation>Bekymring for b&amp;rukaren sjølv …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lag en bekymring om brukeren; derfra skrives meldingen.</source>
        <translation>Lag ei bekymring om brukaren; derifrå blir meldinga skriven.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Brukeren er %1 år, altså under 18.</source>
        <translation>Brukaren er %1 år, altså under 18.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kan ikke lage bekymringen</source>
        <translation>Kan ikkje lage bekymringa</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../barnearket/ui/needs.py" line="+37"/>
        <source>Send bekymringsmelding nå</source>
        <translation>Send bekymringsmelding no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oppfølging av tiltak</source>
        <translation>Oppfølging av tiltak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purre svar på melding</source>
        <translation>Purre svar på melding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan for svangerskapet</source>
        <translation>Plan for svangerskapet</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>høyeste nivå siden %1, ingen melding sendt</source>
        <translation>høgaste nivå sidan %1, inga melding sendt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>forfalt %1</source>
        <translation>forfall %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>frist %1</source>
        <translation>frist %1</translation>
    </message>
</context>
<context>
    <name>NeedsPanel</name>
    <message>
        <location line="+23"/>
        <location line="+3"/>
        <source>Trenger meg nå</source>
        <translation>Treng meg no</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Ingen frister de nærmeste dagene.</source>
        <translation>Ingen fristar dei næraste dagane.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Henter …</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Henter det som trenger deg nå …</source>
        <translation>Hentar det som treng deg no …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trenger meg nå (%1)</source>
        <translation>Treng meg no (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kunne ikke hente fristene. Prøv igjen om litt.</source>
        <translation>Klarte ikkje å hente fristane. Prøv igjen om litt.</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/newcase.py" line="+49"/>
        <location line="+20"/>
        <source>Ny sak</source>
        <translation>Ny sak</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>« &amp;Tilbake</source>
        <translation>« &amp;Tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Neste »</source>
        <translation>&amp;Neste »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opprett sak</source>
        <translation>&amp;Opprett sak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Steg %1 av 2</source>
        <translation>Steg %1 av 2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Svar på om brukeren har barn under 18 år (også «Ukjent» er et svar).</source>
        <translation>Svar på om brukaren har barn under 18 år (også «Ukjend» er eit svar).</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/newcaseparts.py" line="+30"/>
        <source>Har brukeren barn under 18 år?</source>
        <translation>Har brukaren barn under 18 år?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Har brukeren søsken under 18 år?</source>
        <translation>Har brukaren sysken under 18 år?</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Spør alle brukere om de har barn eller søsken under 18 år – også når du tror svaret er nei. «Ukjent» og «Vil ikke svare» er også svar, og kan endres senere.</source>
        <translation>Spør alle brukarar om dei har barn eller sysken under 18 år – også når du trur svaret er nei. «Ukjend» og «Vil ikkje svare» er også svar, og kan endrast seinare.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Spurt dato:</source>
        <translation>&amp;Spurt dato:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>11 siffer, kan stå tomt</source>
        <translation>11 siffer, kan stå tomt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Brukerens &amp;navn:</source>
        <translation>&amp;Namnet til brukaren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fødselsnummer:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fødselsnummer eller D-nummer, valgfritt</source>
        <translation>Fødselsnummer eller D-nummer, valfritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+10"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Filen har ingen enheter ennå. Skriv navnet på enheten din.</source>
        <translation>Fila har ingen einingar enno. Skriv namnet på eininga di.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Teneste:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Behandling:</source>
        <translation>&amp;Behandling:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Situasjon:</source>
        <translation>&amp;Situasjon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg alt som gjelder</source>
        <translation>Vel alt som gjeld</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Skriv brukerens navn.</source>
        <translation>Skriv namnet til brukaren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skriv navnet på enheten.</source>
        <translation>Skriv namnet på eininga.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/units.py" line="+10"/>
        <source>Rus</source>
        <translation>Rus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Psykisk helse</source>
        <translation>Psykisk helse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somatikk</source>
        <translation>Somatikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tildelingskontoret</source>
        <translation>Tildelingskontoret</translation>
    </message>
</context>
<context>
    <name>NewConcernBox</name>
    <message>
        <location filename="../../barnearket/ui/concern/newconcern.py" line="+30"/>
        <source>Ny bekymring</source>
        <translation>Ny bekymring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opprett bekymringen</source>
        <translation>Opprett bekymringa</translation>
    </message>
</context>
<context>
    <name>NewFileDialog</name>
    <message>
        <location filename="../../barnearket/ui/newfile.py" line="+49"/>
        <location line="+23"/>
        <location line="+45"/>
        <source>Ny saksfil</source>
        <translation>Ny saksfil</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+101"/>
        <source>&amp;Opprett saksfil</source>
        <translation>&amp;Opprett saksfil</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Saksfilen er kryptert. Du blir første bruker, med rollen administrator, og kan legge til kollegaer senere.</source>
        <translation>Saksfila er kryptert. Du blir første brukar, med rolla administrator, og kan leggje til kollegaer seinare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg hvor filen skal lagres</source>
        <translation>Vel kvar fila skal lagrast</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fullt &amp;navn:</source>
        <translation>Fullt &amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Små bokstaver, tall, punktum eller bindestrek</source>
        <translation>Små bokstavar, tal, punktum eller bindestrek</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Gjenta passordfrasen:</source>
        <translation>&amp;Gjenta passordfrasen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Barnearket-saksfiler (*.barnearket)</source>
        <translation>Barnearket-saksfiler (*.barnearket)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Velg hvor saksfilen skal ligge.</source>
        <translation>Vel kvar saksfila skal liggje.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Det finnes allerede en fil der. Velg et annet navn.</source>
        <translation>Det finst alt ei fil der. Vel eit anna namn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen finnes ikke.</source>
        <translation>Mappa finst ikkje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skriv det fulle navnet ditt.</source>
        <translation>Skriv det fulle namnet ditt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passordfrasene er ikke like.</source>
        <translation>Passordfrasane er ikkje like.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lager saksfilen …</source>
        <translation>Lagar saksfila …</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="-1"/>
        <source>Nytt &amp;passord:</source>
        <translation>Nytt &amp;passord:</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Det gamle passordet til %1 på kommunens server virker ikke lenger når du lagrer.</source>
        <translation>Det gamle passordet til %1 på serveren til kommunen verkar ikkje lenger når du lagrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nytt passord for %1</source>
        <translation>Nytt passord for %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Den gamle passordfrasen til %1 virker ikke lenger når du lagrer.</source>
        <translation>Den gamle passordfrasen til %1 verkar ikkje lenger når du lagrar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ny passordfrase for %1</source>
        <translation>Ny passordfrase for %1</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Ny &amp;passordfrase:</source>
        <translation>Ny &amp;passordfrase:</translation>
    </message>
</context>
<context>
    <name>NewerNotice</name>
    <message>
        <location filename="../../barnearket/ui/livechanges.py" line="+92"/>
        <source>Noen andre har endret denne saken. Det du skriver nå, blir ikke overskrevet.</source>
        <translation>Nokon andre har endra denne saka. Det du skriv no, blir ikkje skrive over.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Vis den n&amp;ye versjonen</source>
        <translation>Vis den n&amp;ye versjonen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nyere versjon finnes</source>
        <translation>Det finst ein nyare versjon</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/dates.py" line="+148"/>
        <source>Skriv datoen som dd.mm.åååå, eller trykk Enter for dagens dato</source>
        <translation>Skriv datoen som dd.mm.åååå, eller trykk Enter for dagens dato</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <location filename="../../barnearket/ui/orgsettings.py" line="+24"/>
        <source>&amp;Kommunenummer:</source>
        <translation>&amp;Kommunenummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune&amp;navn:</source>
        <translation>Kommune&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bydelsnummer (hvis bydel):</source>
        <translation>&amp;Bydelsnummer (viss bydel):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ydel:</source>
        <translation>B&amp;ydel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tjeneste / enhet:</source>
        <translation>&amp;Teneste / eining:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisasjonsnummer:</source>
        <translation>&amp;Organisasjonsnummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Postadresse:</source>
        <translation>&amp;Postadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;elefon (sentralbord):</source>
        <translation>T&amp;elefon (sentralbord):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handlingsveileder (nettadresse eller fil):</source>
        <translation>&amp;Handlingsrettleiar (nettadresse eller fil):</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+24"/>
        <source>Virksomhetens opplysninger</source>
        <translation>Opplysningar om verksemda</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Språk i &amp;dokumentene:</source>
        <translation>Språk i &amp;dokumenta:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opplysningene står øverst i journalsammendraget, meldingen til barnevernet og de andre dokumentene. Kommunenummeret har fire sifre, bydelsnummeret to, og organisasjonsnummeret ni. Bare en administrator kan lagre endringer.</source>
        <translation>Opplysningane står øvst i journalsamandraget, meldinga til barnevernet og dei andre dokumenta. Kommunenummeret har fire siffer, bydelsnummeret to og organisasjonsnummeret ni. Berre ein administrator kan lagre endringar.</translation>
    </message>
</context>
<context>
    <name>OverdueBar</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/counts.py" line="+43"/>
        <source>Vis bare disse i oversikten</source>
        <translation>Vis berre desse i oversikta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>beslutning forfalt</source>
        <translation>avgjerd forfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>beslutninger forfalt</source>
        <translation>avgjerder forfalne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølging forfalt</source>
        <translation>oppfølging forfallen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølginger forfalt</source>
        <translation>oppfølgingar forfalne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>melding uten svar etter 3 uker</source>
        <translation>melding utan svar etter 3 veker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>meldinger uten svar etter 3 uker</source>
        <translation>meldingar utan svar etter 3 veker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølging til denne uken</source>
        <translation>oppfølging til denne veka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>oppfølginger til denne uken</source>
        <translation>oppfølgingar til denne veka</translation>
    </message>
</context>
<context>
    <name>OverviewJobs</name>
    <message>
        <location filename="../../barnearket/ui/readjobs.py" line="+46"/>
        <source>Ingen fil er åpen.</source>
        <translation>Inga fil er open.</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/panel.py" line="+67"/>
        <source>Åpne bekymringer</source>
        <translation>Opne bekymringar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen åpne bekymringer.</source>
        <translation>Ingen opne bekymringar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Oppdater</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Meld nå</source>
        <translation>Meld no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen bekymringer på høyeste nivå venter på melding.</source>
        <translation>Ingen bekymringar på høgaste nivå ventar på melding.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Beslutning forfalt</source>
        <translation>Avgjerd forfallen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ingen beslutninger er forfalt.</source>
        <translation>Ingen avgjerder er forfalne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oppfølging denne uken</source>
        <translation>Oppfølging denne veka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen tiltak skal følges opp nå.</source>
        <translation>Ingen tiltak skal følgjast opp no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding uten svar</source>
        <translation>Melding utan svar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen meldinger har ventet på svar i tre uker.</source>
        <translation>Ingen meldingar har venta på svar i tre veker.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spørsmål om barn ubesvart</source>
        <translation>Spørsmål om barn ikkje svart på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alle åpne saker har svart på spørsmålet.</source>
        <translation>Alle opne saker har svart på spørsmålet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Behov uten plan</source>
        <translation>Behov utan plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Alle behov har en plan.</source>
        <translation>Alle behov har ein plan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Svangerskap uten plan</source>
        <translation>Svangerskap utan plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen planer for svangerskap er forsinket.</source>
        <translation>Ingen planar for svangerskap er forseinka.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Oversikt over bekymringer</source>
        <translation>Oversikt over bekymringar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Årstall</source>
        <translation>Årstal</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Henter …</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Oppdatert kl. %1</source>
        <translation>Oppdatert kl. %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Åpne bekymringer (%1)</source>
        <translation>Opne bekymringar (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kunne ikke hente oversikten. Prøv igjen.</source>
        <translation>Kunne ikkje hente oversikta. Prøv att.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kan ikke åpne saken</source>
        <translation>Kan ikkje opne saka</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/overviewtable.py" line="+124"/>
        <source>Henter …</source>
        <translation>Hentar …</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Kunne ikke hente oversikten. Prøv igjen.</source>
        <translation>Kunne ikkje hente oversikta. Prøv att.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Viser %1 av %2</source>
        <translation>Viser %1 av %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 i alt</source>
        <translation>%1 i alt</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <location filename="../../barnearket/ui/passphrasefield.py" line="+30"/>
        <source>Svært svak</source>
        <translation>Svært svak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Svak</source>
        <translation>Svak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Middels</source>
        <translation>Middels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>God</source>
        <translation>God</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sterk</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Minst %1 tegn. Tre eller fire vanlige ord med mellomrom er lett å huske og vanskelig å gjette. Ikke bruk navnet eller brukernavnet ditt.</source>
        <translation>Minst %1 teikn. Tre eller fire vanlege ord med mellomrom er lette å hugse og vanskelege å gjette. Ikkje bruk namnet eller brukarnamnet ditt.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Caps Lock ser ut til å være på.</source>
        <translation>Caps Lock ser ut til å vere på.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Styrke</source>
        <translation>Styrke</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Skjul</source>
        <translation>Skjul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis</source>
        <translation>Vis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul passordet</source>
        <translation>Skjul passordet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis passordet</source>
        <translation>Vis passordet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skjul passordfrasen</source>
        <translation>Skjul passordfrasen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vis passordfrasen</source>
        <translation>Vis passordfrasen</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/text.py" line="+49"/>
        <source>Navn og rolle, f.eks. «mor» eller «helsesykepleier»</source>
        <translation>Namn og rolle, t.d. «mor» eller «helsesjukepleiar»</translation>
    </message>
</context>
<context>
    <name>PlaceBox</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="+70"/>
        <source>Komm&amp;unenummer:</source>
        <translation>Komm&amp;unenummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune&amp;navn:</source>
        <translation>Kommune&amp;namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydelsnummer (hvis bydel):</source>
        <translation>Bydelsnummer (viss bydel):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydel:</source>
        <translation>Bydel:</translation>
    </message>
</context>
<context>
    <name>Pregnancy</name>
    <message>
        <location filename="../../barnearket/ui/pregnancy.py" line="+60"/>
        <source>Plan laget %1</source>
        <translation>Plan laga %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen plan ennå (termin mangler)</source>
        <translation>Ingen plan enno (termin manglar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen plan ennå – skal være laget senest %1</source>
        <translation>Ingen plan enno – skal vere laga seinast %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (forsinket)</source>
        <translation> (forseinka)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>screening %1 %2</source>
        <translation>screening %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ingen screening notert</source>
        <translation>ingen screening notert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ansvarsgruppe: %1</source>
        <translation>ansvarsgruppe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ingen ansvarsgruppe</source>
        <translation>inga ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Svangerskap</source>
        <translation>Svangerskap</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Legg til &amp;medlem</source>
        <translation>Legg til &amp;medlem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern medlemmet</source>
        <translation>&amp;Fjern medlemen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding til &amp;sosialtjenesten / NAV …</source>
        <translation>Melding til &amp;sosialtenesta / NAV …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Melding til spesialisthels&amp;etjenesten …</source>
        <translation>Melding til spesialisthels&amp;etenesta …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lu&amp;kk</source>
        <translation>Lu&amp;kk</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Melding til sosialtjenesten (NAV) eller spesialisthelsetjenesten krever ikke samtykke fra kvinnen. Knappene står nederst.</source>
        <translation>Melding til sosialtenesta (NAV) eller spesialisthelsetenesta krev ikkje samtykke frå kvinna. Knappane står nedst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Verktøy:</source>
        <translation>&amp;Verktøy:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel spørreskjemaet til jordmor, TWEAK eller AUDIT</source>
        <translation>Til dømes spørjeskjemaet til jordmora, TWEAK eller AUDIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resultat:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel TWEAK eller AUDIT</source>
        <translation>Til dømes TWEAK eller AUDIT</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan før fødselen</source>
        <translation>Plan før fødselen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan laget d&amp;ato:</source>
        <translation>Plan laga d&amp;ato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planen:</source>
        <translation>&amp;Planen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meldingen åpnes som utkast under bekymringen for barnet</source>
        <translation>Meldinga blir opna som utkast under bekymringa for barnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ansvarsgruppe</source>
        <translation>Ansvarsgruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvem som er med, etter rolle og tjeneste: for eksempel fastlege, jordmor, NAV og fødeavdelingen.</source>
        <translation>Kven som er med, etter rolle og teneste: til dømes fastlege, jordmor, NAV og fødeavdelinga.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medlemmer av ansvarsgruppen</source>
        <translation>Medlemer av ansvarsgruppa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;olle:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tjeneste:</source>
        <translation>&amp;Teneste:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Navn (valgfritt):</source>
        <translation>&amp;Namn (valfritt):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel jordmor</source>
        <translation>Til dømes jordmor</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Barnet har termin %1.</source>
        <translation>Barnet har termin %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ikke oppgitt)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Svangerskap …</source>
        <translation>Svangerskap …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screening, plan, ansvarsgruppe og melding for et barn som ikke er født ennå (Ctrl+Shift+G, eller Sak-menyen)</source>
        <translation>Screening, plan, ansvarsgruppe og melding for eit barn som ikkje er fødd enno (Ctrl+Shift+G, eller Sak-menyen)</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../barnearket/ui/profile.py" line="+49"/>
        <source>Min profil</source>
        <translation>Min profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profil for %1</source>
        <translation>Profil for %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>f.eks. Teamleder, psykisk helse og rus</source>
        <translation>t.d. Teamleiar, psykisk helse og rus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>f.eks. 400 00 000</source>
        <translation>t.d. 400 00 000</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>navn@kommune.no</source>
        <translation>namn@kommune.no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(ikke valgt)</source>
        <translation>(ikkje vald)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dette står som avsender på bekymringsmeldingen, samtykkeskjemaet og tiltaksplanen. Den nasjonale portalen krever tittel, telefon og e-post.</source>
        <translation>Dette står som avsendar på bekymringsmeldinga, samtykkeskjemaet og tiltaksplanen. Den nasjonale portalen krev tittel, telefon og e-post.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Navn:</source>
        <translation>Namn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tittel / rolle:</source>
        <translation>&amp;Tittel / rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tele&amp;fon:</source>
        <translation>Tele&amp;fon:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-&amp;post:</source>
        <translation>E-&amp;post:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet du melder fra:</source>
        <translation>&amp;Eininga du melder frå:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Portalen trenger feltene som er tomme her.</source>
        <translation>Portalen treng felta som er tomme her.</translation>
    </message>
</context>
<context>
    <name>Purge</name>
    <message>
        <location filename="../../barnearket/ui/rights/purge.py" line="+42"/>
        <source>Sak %1 og alt i den slettes for godt. Bare saksnummeret, hvem som slettet og når, blir stående i loggen. Sikkerhetskopier tatt før i dag har fortsatt saken til de roteres bort. Fortsette?</source>
        <translation>Sak %1 og alt i ho blir sletta for godt. Berre saksnummeret, kven som sletta og når, blir ståande i loggen. Tryggingskopiar tekne før i dag har framleis saka til dei blir rullerte bort. Halde fram?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Slette saken for godt?</source>
        <translation>Slette saka for godt?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Slett saken</source>
        <translation>&amp;Slett saka</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ikke slettet</source>
        <translation>Ikkje sletta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sletter sak %1 og rydder opp etter den …</source>
        <translation>Slettar sak %1 og ryddar opp etter ho …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sletter saken</source>
        <translation>Slettar saka</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/rights/purgejob.py" line="+69"/>
        <source>Saken ble ikke slettet på grunn av en feil. Prøv igjen, eller be en administrator om hjelp.</source>
        <translation>Saka vart ikkje sletta på grunn av ein feil. Prøv igjen, eller be ein administrator om hjelp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sak %1 er slettet.</source>
        <translation>Sak %1 er sletta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loggfilen tømmes helt når saksfilen lukkes.</source>
        <translation>Loggfila blir tømd heilt når saksfila blir lukka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Serveren rydder bort restene av radene ved neste automatiske opprydding. Be IT kjøre «barnearket purge --vacuum» hvis det må skje med en gang.</source>
        <translation>Tenaren ryddar bort restane av radene ved neste automatiske opprydding. Be IT køyre «barnearket purge --vacuum» om det må skje med ein gong.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/rights/purge.py" line="-16"/>
        <source>Slettet</source>
        <translation>Sletta</translation>
    </message>
</context>
<context>
    <name>PurgeQueue</name>
    <message>
        <location line="+33"/>
        <source>Saksnummer</source>
        <translation>Saksnummer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overført</source>
        <translation>Overført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journalreferanse</source>
        <translation>Journalreferanse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kan slettes fra</source>
        <translation>Kan slettast frå</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Klar for sletting</source>
        <translation>Klar for sletting</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Avsluttede saker som er overført til journal, kan slettes når de har ligget %1 måneder etter overføringen. Ingenting slettes før du velger en sak og bekrefter.</source>
        <translation>Avslutta saker som er overførte til journal, kan slettast når dei har lege %1 månader etter overføringa. Ingenting blir sletta før du vel ei sak og stadfestar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vis &amp;også overførte saker som venter</source>
        <translation>Vis &amp;også overførte saker som ventar</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Slett valgt sak …</source>
        <translation>&amp;Slett den valde saka …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Ingen saker er klare for sletting.</source>
        <translation>Ingen saker er klare for sletting.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>På serveren ser en administrator bare saker i enhetene hun er med i.</source>
        <translation>På tenaren ser ein administrator berre saker i einingane ho er med i.</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/question.py" line="+58"/>
        <source>Vis hjelp til spørsmålet (F1)</source>
        <translation>Vis hjelp til spørsmålet (F1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hjelp: %1</source>
        <translation>Hjelp: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Åpne i hjelpevinduet</source>
        <translation>Opne i hjelpevindauget</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>må besvares</source>
        <translation>må svarast på</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (må besvares)</source>
        <translation>%1 (må svarast på)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Forrige samtale: %1</source>
        <translation>Førre samtale: %1</translation>
    </message>
</context>
<context>
    <name>RecordModel</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/model.py" line="+31"/>
        <source>%1 (fristen er passert)</source>
        <translation>%1 (fristen er passert)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Fristen er passert: %1</source>
        <translation>Fristen er passert: %1</translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/table.py" line="+69"/>
        <source>Viser %1 av %2</source>
        <translation>Viser %1 av %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 i alt</source>
        <translation>%1 i alt</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/rekey.py" line="+46"/>
        <source>Ny gjenopprettingsnøkkel</source>
        <translation>Ny gjenopprettingsnøkkel</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <location filename="../../barnearket/ui/recoverykey.py" line="+52"/>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv &amp;ut …</source>
        <translation>Skriv &amp;ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lagre som fil …</source>
        <translation>&amp;Lagre som fil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jeg har skrevet ut eller lagret nøkkelen, og den blir oppbevart trygt, adskilt fra maskinen.</source>
        <translation>Eg har skrive ut eller lagra nøkkelen, og han blir oppbevart trygt, åtskilt frå maskina.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nøkkelen er tatt vare på</source>
        <translation>Nøkkelen er teken vare på</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fortsett</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gjenopprettingsnøkkel – vises bare nå</source>
        <translation>Gjenopprettingsnøkkel – blir berre vist no</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nøkkelen åpner saksfilen hvis alle passordfraser blir glemt. Skriv den ut, eller lagre den på en minnepinne, og oppbevar den innelåst. Den som har både nøkkelen og saksfilen, kan lese alt i filen.</source>
        <translation>Nøkkelen opnar saksfila dersom alle passordfrasane blir gløymde. Skriv han ut, eller lagre han på ein minnepinne, og oppbevar han innelåst. Den som har både nøkkelen og saksfila, kan lese alt i fila.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Barnearket – gjenopprettingsnøkkel

Saksfil: %1
Laget: %2

%3

Oppbevares innelåst, adskilt fra maskinen. Nøkkelen og saksfilen sammen gir tilgang til alt i filen.</source>
        <translation>Barnearket – gjenopprettingsnøkkel

Saksfil: %1
Laga: %2

%3

Blir oppbevart innelåst, åtskilt frå maskina. Nøkkelen og saksfila saman gir tilgang til alt i fila.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nøkkelen er sendt til skriveren.</source>
        <translation>Nøkkelen er sendt til skrivaren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lagre gjenopprettingsnøkkelen</source>
        <translation>Lagre gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tekstfiler (*.txt)</source>
        <translation>Tekstfiler (*.txt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nøkkelen er lagret i %1. Flytt filen til en minnepinne og slett den fra maskinen.</source>
        <translation>Nøkkelen er lagra i %1. Flytt fila til ein minnepinne og slett henne frå maskina.</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../barnearket/ui/checkout/dialogs.py" line="+98"/>
        <source>Frigi en sak som er tatt med</source>
        <translation>Frigje ei sak som er teken med</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>&amp;Frigi</source>
        <translation>&amp;Frigje</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Bruk dette når en bærbar maskin med saker er borte eller ødelagt. Saken kan da endres på serveren igjen. Frigivingen føres i hendelsesloggen, og kopien som ble tatt med, blir avvist hvis noen prøver å levere den tilbake senere.</source>
        <translation>Bruk dette når ei berbar maskin med saker er borte eller øydelagd. Saka kan då endrast på tenaren igjen. Frigjevinga blir ført i hendingsloggen, og kopien som vart teken med, blir avvist om nokon prøver å levere han tilbake seinare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saker som er tatt med</source>
        <translation>Saker som er tekne med</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Saksnummer:</source>
        <translation>&amp;Saksnummer:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Velg eller skriv saksnummeret.</source>
        <translation>Vel eller skriv saksnummeret.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frigi sak %1? Den kan endres på serveren igjen, og kopien som ble tatt med, kan ikke leveres tilbake etterpå.</source>
        <translation>Frigje sak %1? Ho kan endrast på tenaren igjen, og kopien som vart teken med, kan ikkje leverast tilbake etterpå.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Frigi saken</source>
        <translation>Frigje saka</translation>
    </message>
</context>
<context>
    <name>ReportConflict</name>
    <message>
        <location filename="../../barnearket/ui/report/conflict.py" line="+20"/>
        <source>Mottaker</source>
        <translation>Mottakar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunenummer</source>
        <translation>Kommunenummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommune</source>
        <translation>Kommune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydelsnummer</source>
        <translation>Bydelsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bydel</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barnet orientert</source>
        <translation>Barnet orientert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor barnet ikke er orientert</source>
        <translation>Kvifor barnet ikkje er orientert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foreldrene orientert</source>
        <translation>Foreldra orienterte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hvorfor foreldrene ikke er orientert</source>
        <translation>Kvifor foreldra ikkje er orienterte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk</source>
        <translation>Tolk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tolk på språk</source>
        <translation>Tolk på språk</translation>
    </message>
</context>
<context>
    <name>ReportEditor</name>
    <message>
        <location filename="../../barnearket/ui/report/editor.py" line="+114"/>
        <source>Ikke kjent</source>
        <translation>Ikkje kjent</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Mottaker:</source>
        <translation>&amp;Mottakar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3. Barnet</source>
        <translation>3. Barnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Er barnet &amp;orientert om meldingen?</source>
        <translation>Er barnet &amp;orientert om meldinga?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>4. Foreldre eller foresatte</source>
        <translation>4. Foreldre eller føresette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Er foreldrene o&amp;rientert om meldingen?</source>
        <translation>Er foreldra o&amp;rienterte om meldinga?</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>5. Behov for tolk</source>
        <translation>5. Behov for tolk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trengs &amp;tolk?</source>
        <translation>Trengst &amp;tolk?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Språk:</source>
        <translation>Språk:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ferdig – klar til sending</source>
        <translation>&amp;Ferdig – klar til sending</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forhånds&amp;vis og skriv ut …</source>
        <translation>Førehands&amp;vis og skriv ut …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fil til portalen (&amp;JSON) …</source>
        <translation>Fil til portalen (&amp;JSON) …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lukk</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 – sak %2</source>
        <translation>%1 – sak %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Status: %1.</source>
        <translation>Status: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>En sendt versjon endres ikke; lag en rettet versjon ved behov.</source>
        <translation>Ein sendt versjon blir ikkje endra; lag ein retta versjon ved behov.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meldeplikten er personlig: meldingen kan alltid skrives, skrives ut og sendes, også uten samtykke eller ferdige steg.</source>
        <translation>Meldeplikta er personleg: meldinga kan alltid skrivast, skrivast ut og sendast, også utan samtykke eller ferdige steg.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Meldingen er klar til å sendes.</source>
        <translation>Meldinga er klar til å sendast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Registrert som sendt. Fristene står over.</source>
        <translation>Registrert som sendt. Fristane står over.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Oppfølgingen er lagret.</source>
        <translation>Oppfølginga er lagra.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dette er en ny versjon. Den sendte versjonen er beholdt.</source>
        <translation>Dette er ein ny versjon. Den sende versjonen er teken vare på.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Fil til portalen</source>
        <translation>Fil til portalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON-fil (*.json)</source>
        <translation>JSON-fil (*.json)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filen til portalen er lagret. Slett den når meldingen er sendt.</source>
        <translation>Fila til portalen er lagra. Slett henne når meldinga er sendt.</translation>
    </message>
</context>
<context>
    <name>ReportParts</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="-91"/>
        <source>Andre hjelpeinstanser som kjenner barnet</source>
        <translation>Andre hjelpeinstansar som kjenner barnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekymringen: hva du har sett og hørt</source>
        <translation>Bekymringa: kva du har sett og høyrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bakgrunn og historikk</source>
        <translation>Bakgrunn og historikk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hva tjenesten allerede har gjort</source>
        <translation>Kva tenesta alt har gjort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Andre synspunkter (for eksempel foreldrenes)</source>
        <translation>Andre synspunkt (til dømes foreldra sine)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Kommunen der barnet bor</source>
        <translation>Kommunen der barnet bur</translation>
    </message>
</context>
<context>
    <name>ReporterBox</name>
    <message>
        <location filename="../../barnearket/ui/report/reporter.py" line="+30"/>
        <source>Melder</source>
        <translation>Melder</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+25"/>
        <source>Endre min &amp;profil …</source>
        <translation>Endre min &amp;profil …</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Virksomhetens opplysninger …</source>
        <translation>Opplysningar om verksemda …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>tittel mangler</source>
        <translation>tittel manglar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>telefon mangler</source>
        <translation>telefon manglar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e-post mangler</source>
        <translation>e-post manglar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>virksomhet mangler</source>
        <translation>verksemd manglar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Portalen trenger også: %1. PDF-en kan skrives ut uansett.</source>
        <translation>Portalen treng også: %1. PDF-en kan skrivast ut uansett.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fyll inn min &amp;profil …</source>
        <translation>Fyll inn min &amp;profil …</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../barnearket/ui/concern/reportspage.py" line="+51"/>
        <source>Meldinger om denne bekymringen</source>
        <translation>Meldingar om denne bekymringa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mottaker av ny melding</source>
        <translation>Mottakar av ny melding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skriv &amp;ny melding</source>
        <translation>Skriv &amp;ny melding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Å&amp;pne meldingen</source>
        <translation>O&amp;pne meldinga</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Meldeplikten er personlig: en melding kan alltid skrives, skrives ut og sendes, også om samtykke eller steg mangler. En sendt melding låses; rettelser blir en ny versjon.</source>
        <translation>Meldeplikta er personleg: ei melding kan alltid skrivast, skrivast ut og sendast, også om samtykke eller steg manglar. Ei sendt melding blir låst; rettingar blir ein ny versjon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ny melding til:</source>
        <translation>Ny melding til:</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Meldinger</source>
        <translation>Meldingar</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Ingen meldinger ennå.</source>
        <translation>Ingen meldingar enno.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Meldinger (%1)</source>
        <translation>Meldingar (%1)</translation>
    </message>
</context>
<context>
    <name>ResourceGroup</name>
    <message>
        <location filename="../../barnearket/ui/resourcegroup.py" line="-114"/>
        <source>Anonym drøfting</source>
        <translation>Anonym drøfting</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – 1 sak</source>
        <translation>%1 – 1 sak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 – %2 saker</source>
        <translation>%1 – %2 saker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (%1 anonymt)</source>
        <translation> (%1 anonymt)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Råd som ble gitt</source>
        <translation>Råd som vart gitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rutiner som ble avtalt</source>
        <translation>Rutinar som vart avtalte</translation>
    </message>
</context>
<context>
    <name>ResourceGroupDialog</name>
    <message>
        <location line="+138"/>
        <location line="+24"/>
        <source>Ressursgruppen</source>
        <translation>Ressursgruppa</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Møter</source>
        <translation>Møte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referatet</source>
        <translation>Referatet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nytt møte …</source>
        <translation>&amp;Nytt møte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre møtet som &amp;PDF …</source>
        <translation>Lagre møtet som &amp;PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagre &amp;alle som PDF …</source>
        <translation>Lagre &amp;alle som PDF …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Referater fra møtene i ressursgruppen: hvem som var med, saker som ble drøftet (med saksnummer eller anonymt), råd og rutiner som ble avtalt.</source>
        <translation>Referat frå møta i ressursgruppa: kven som var med, saker som vart drøfta (med saksnummer eller anonymt), råd og rutinar som vart avtalte.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Ingen møter er skrevet ennå. Velg «Nytt møte».</source>
        <translation>Ingen møte er skrivne enno. Vel «Nytt møte».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF-dokument (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lagret. Oppbevar filen trygt.</source>
        <translation>Lagra. Oppbevar fila trygt.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/backup.py" line="+54"/>
        <source>Legg tilbake en sikkerhetskopi</source>
        <translation>Legg tilbake ein tryggingskopi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sikkerhetskopien blir lagt tilbake som en ny saksfil; saksfilen du har åpen nå, blir ikke endret. Du trenger et brukernavn og en passordfrase som gjaldt da kopien ble tatt. Kopien blir kontrollert først, og en skadet kopi blir ikke lagt tilbake.</source>
        <translation>Tryggingskopien blir lagd tilbake som ei ny saksfil; saksfila du har open no, blir ikkje endra. Du treng eit brukarnamn og ei passordfrase som galdt då kopien vart teken. Kopien blir kontrollert først, og ein skadd kopi blir ikkje lagd tilbake.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Sikkerhetskopi:</source>
        <translation>Tr&amp;yggingskopi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Velg …</source>
        <translation>&amp;Vel …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv brukernavnet.</source>
        <translation>Skriv brukarnamnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv passordfrasen.</source>
        <translation>Skriv passordfrasen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny saksfil:</source>
        <translation>&amp;Ny saksfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;elg …</source>
        <translation>V&amp;el …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legg &amp;tilbake</source>
        <translation>Legg &amp;tilbake</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Velg en sikkerhetskopi som finnes.</source>
        <translation>Vel ein tryggingskopi som finst.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Velg hvor den nye saksfilen skal ligge.</source>
        <translation>Vel kvar den nye saksfila skal liggje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Det finnes allerede en fil der. Velg et nytt navn.</source>
        <translation>Det finst alt ei fil der. Vel eit nytt namn.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mappen finnes ikke.</source>
        <translation>Mappa finst ikkje.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Velg sikkerhetskopien</source>
        <translation>Vel tryggingskopien</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ny saksfil</source>
        <translation>Ny saksfil</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sikkerhetskopien er lagt tilbake</source>
        <translation>Tryggingskopien er lagd tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Den nye saksfilen er %1. Den står i listen over saksfiler neste gang du starter Barnearket.</source>
        <translation>Den nye saksfila er %1. Ho står i lista over saksfiler neste gong du startar Barnearket.</translation>
    </message>
</context>
<context>
    <name>RightsMenu</name>
    <message>
        <location filename="../../barnearket/ui/rights/menu.py" line="+37"/>
        <source>&amp;Innsyn for familien …</source>
        <translation>Inn&amp;syn for familien …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merk som &amp;overført til journal …</source>
        <translation>Merk som overført til &amp;journal …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett saken for &amp;godt …</source>
        <translation>Slett saka for &amp;godt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Klar for s&amp;letting …</source>
        <translation>Klar for s&amp;letting …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ingen sak valgt</source>
        <translation>Inga sak vald</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak i listen først.</source>
        <translation>Vel ei sak i lista først.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="+135"/>
        <source>Rolle og enhet for %1</source>
        <translation>Rolle og eining for %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rollen styrer hva personen får gjøre. Enheten styrer hvilke saker en saksbehandler ser.</source>
        <translation>Rolla styrer kva personen får gjere. Eininga styrer kva saker ein saksbehandlar ser.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Rollen styrer hva personen får gjøre. Enheten styrer hvilke saker hen ser; det er serveren som håndhever det.</source>
        <translation>Rolla styrer kva personen får gjere. Eininga styrer kva saker hen ser; det er serveren som held oppe det.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Rolle:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhet:</source>
        <translation>&amp;Eining:</translation>
    </message>
</context>
<context>
    <name>RoutineMenu</name>
    <message>
        <location filename="../../barnearket/ui/routinemenu.py" line="+30"/>
        <source>&amp;Teamleders oversikt …</source>
        <translation>&amp;Teamleiaren si oversikt …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ressursgruppen …</source>
        <translation>&amp;Ressursgruppa …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;vangerskap …</source>
        <translation>Svangerska&amp;p …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Screening, plan, ansvarsgruppe og melding for et barn som ikke er født ennå</source>
        <translation>Screening, plan, ansvarsgruppe og melding for eit barn som ikkje er fødd enno</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Svangerskap</source>
        <translation>Svangerskap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Velg en sak med et barn som ikke er født ennå. Har du ikke registrert barnet, velg «Legg til barn», kryss av for «Barnet er ikke født ennå» og skriv termindatoen.</source>
        <translation>Vel ei sak med eit barn som ikkje er fødd enno. Har du ikkje registrert barnet, vel «Legg til barn», kryss av for «Barnet er ikkje fødd enno» og skriv termindatoen.</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/rules.py" line="+19"/>
        <source>&amp;Beslutning innen:</source>
        <translation>Avgjerd &amp;innan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purre på tilbakemelding etter:</source>
        <translation>&amp;Purre på tilbakemelding etter:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Varsle så mange dager før en frist:</source>
        <translation>&amp;Varsle så mange dagar før ein frist:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Frister</source>
        <translation>Fristar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fristene gjelder alle som bruker saksfilen. Standarden er 14 dager fra bekymringen oppsto til beslutning, og purring når barnevernet ikke har svart etter 21 dager. En endring gjelder det som registreres fra nå av; frister som alt står på en bekymring, blir stående. Barnevernets egne frister (én uke til gjennomgang, tre uker til tilbakemelding) og aldersgrensene følger loven og kan ikke endres her.</source>
        <translation>Fristane gjeld alle som bruker saksfila. Standarden er 14 dagar frå bekymringa oppstod til avgjerd, og purring når barnevernet ikkje har svart etter 21 dagar. Ei endring gjeld det som blir registrert frå no av; fristar som alt står på ei bekymring, blir ståande. Barnevernet sine eigne fristar (éi veke til gjennomgang, tre veker til tilbakemelding) og aldersgrensene følgjer lova og kan ikkje endrast her.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> dager</source>
        <translation> dagar</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <location filename="../../barnearket/ui/coordinator/savedfilters.py" line="+32"/>
        <source>Lagrede filtre</source>
        <translation>Lagra filter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lagre filter …</source>
        <translation>&amp;Lagre filter …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slett</source>
        <translation>Slett</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Nullstill filtre</source>
        <translation>&amp;Nullstill filtera</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>La&amp;grede filtre:</source>
        <translation>La&amp;gra filter:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Velg et lagret filter</source>
        <translation>Vel eit lagra filter</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+8"/>
        <source>Lagre filter</source>
        <translation>Lagre filter</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Navn på filteret:</source>
        <translation>Namn på filteret:</translation>
    </message>
</context>
<context>
    <name>SheetDetails</name>
    <message>
        <location filename="../../barnearket/ui/edit/sheetbar.py" line="+28"/>
        <source>Dato og deltakere</source>
        <translation>Dato og deltakarar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Datoen kan ikke ligge fram i tid.</source>
        <translation>Datoen kan ikkje liggje fram i tid.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Samtalen ble &amp;holdt:</source>
        <translation>Samtalen vart &amp;halden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Deltakere:</source>
        <translation>&amp;Deltakarar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For eksempel: brukeren, partneren, tolk</source>
        <translation>Til dømes: brukaren, partnaren, tolk</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Vis vers&amp;jon:</source>
        <translation>Vis vers&amp;jon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vis versjon</source>
        <translation>Vis versjon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dato og deltakere …</source>
        <translation>Dato og deltakarar …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rett et svar …</source>
        <translation>Rett eit svar …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rett et fritekstsvar i en fullført samtale</source>
        <translation>Rett eit fritekstsvar i ein fullført samtale</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>fullført %1</source>
        <translation>fullført %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>utkast</source>
        <translation>utkast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtale %1 (%2)</source>
        <translation>Samtale %1 (%2)</translation>
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
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samtalemodus: temaer og notater (Ctrl+1)</source>
        <translation>Samtalemodus: tema og notat (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fyll ut arket</source>
        <translation>Fyll ut arket</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spørsmål for spørsmål (Ctrl+2)</source>
        <translation>Spørsmål for spørsmål (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fullfør arket</source>
        <translation>Fullfør arket</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lås arket når samtalen er ferdig (Ctrl+Enter)</source>
        <translation>Lås arket når samtalen er ferdig (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Ny samtale</source>
        <translation>Ny samtale</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Start en ny versjon med svarene fra forrige samtale</source>
        <translation>Start ein ny versjon med svara frå førre samtale</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Ingen samtale er startet på denne saken ennå.</source>
        <translation>Ingen samtale er starta på denne saka enno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>Barnearket – samtale %1</source>
        <translation>Barnearket – samtale %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Fullført %1 og låst. Start en ny samtale for å skrive inn noe nytt.</source>
        <translation>Fullført %1 og låst. Start ein ny samtale for å skrive inn noko nytt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Utkast fra %1. Alt du skriver lagres av seg selv.</source>
        <translation>Utkast frå %1. Alt du skriv, blir lagra av seg sjølv.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Start samtale</source>
        <translation>Start samtale</translation>
    </message>
</context>
<context>
    <name>SheetSidebar</name>
    <message>
        <location filename="../../barnearket/ui/sheet/sidebar.py" line="+41"/>
        <source>Sider i arket</source>
        <translation>Sider i arket</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Spørsmål som mangler svar</source>
        <translation>Spørsmål som manglar svar</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Notater fra samtalen</source>
        <translation>Notat frå samtalen</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Stikkord mens dere snakker. Notatene lagres av seg selv.</source>
        <translation>Stikkord medan de snakkar. Notata blir lagra av seg sjølv.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alt+↓ / Alt+↑: neste / forrige spørsmål
Ctrl+PgDn / Ctrl+PgUp: neste / forrige side
F8: neste som mangler svar · F1: hjelp</source>
        <translation>Alt+↓ / Alt+↑: neste / førre spørsmål
Ctrl+PgDn / Ctrl+PgUp: neste / førre side
F8: neste som manglar svar · F1: hjelp</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legg til barn eller søsken …</source>
        <translation>Legg til barn eller sysken …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Mangler svar: %1</source>
        <translation>Manglar svar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle påkrevde spørsmål er besvart ✓</source>
        <translation>Alle påkravde spørsmål er svarte på ✓</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ingen ennå</source>
        <translation>ingen enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn på saken: %1</source>
        <translation>Barn på saka: %1</translation>
    </message>
</context>
<context>
    <name>SignsButton</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/signs.py" line="+114"/>
        <source>Tegn å se etter …</source>
        <translation>Teikn å sjå etter …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valgfri liste over tegn hos barn. Gir ingen poeng.</source>
        <translation>Valfri liste over teikn hos barn. Gir ingen poeng.</translation>
    </message>
</context>
<context>
    <name>SignsDialog</name>
    <message>
        <location line="-68"/>
        <source>Kryss av det du selv har sett eller hørt. Hvert tegn blir en linje med dagens dato i svaret, og så skriver du det om med egne ord: hva skjedde, når og hvor. Listen er bare en hjelp til å huske. Den gir ingen poeng og ingen konklusjon.</source>
        <translation>Kryss av det du sjølv har sett eller høyrt. Kvart teikn blir ei linje med dagens dato i svaret, og så skriv du det om med eigne ord: kva skjedde, når og kvar. Lista er berre ei hjelp til å hugse. Ho gir ingen poeng og ingen konklusjon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Legg til i svaret</source>
        <translation>&amp;Legg til i svaret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../barnearket/ui/startup.py" line="+78"/>
        <source>Demo: brukernavn demo, passordfrase demo (alt er oppdiktet)</source>
        <translation>Demo: brukarnamn demo, passordfrase demo (alt er oppdikta)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lager demofilen med oppdiktede saker … %1 av %2</source>
        <translation>Lagar demofila med oppdikta saker … %1 av %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demofilen kunne ikke lages</source>
        <translation>Demofila kunne ikkje lagast</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n mislykkede forsøk siden sist</source>
        <translation>
            <numerusform>%n mislukka forsøk sidan sist</numerusform>
            <numerusform>%n mislukka forsøk sidan sist</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mislykkede innloggingsforsøk</source>
        <translation>Mislukka innloggingsforsøk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forsøkene står i hendelsesloggen. Si fra til IT hvis det ikke var deg.</source>
        <translation>Forsøka står i hendingsloggen. Sei frå til IT dersom det ikkje var deg.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skjemadefinisjonene har feil</source>
        <translation>Skjemadefinisjonane har feil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hendelsesloggen er endret</source>
        <translation>Hendingsloggen er endra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Noen med tilgang til saksfilen kan ha skrevet om loggen. Funnet er skrevet i loggen. Si fra til administrator og personvernombudet.</source>
        <translation>Nokon med tilgang til saksfila kan ha skrive om loggen. Funnet er skrive i loggen. Sei frå til administratoren og personvernombodet.</translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <location filename="../../barnearket/ui/status.py" line="+33"/>
        <source>Åpen saksfil</source>
        <translation>Open saksfil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Innlogget bruker</source>
        <translation>Innlogga brukar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lagringsstatus</source>
        <translation>Lagringsstatus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Fil: %1</source>
        <translation>Fil: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Innlogget: %1 (%2)</source>
        <translation>Innlogga: %1 (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lagrer …</source>
        <translation>Lagrar …</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>✓ Lagret</source>
        <translation>✓ Lagra</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Ikke lagret</source>
        <translation>Ikkje lagra</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/journalling.py" line="-1"/>
        <location filename="../../barnearket/ui/status.py" line="-9"/>
        <location line="+9"/>
        <source>Ikke lagret – prøver igjen</source>
        <translation>Ikkje lagra – prøver igjen</translation>
    </message>
</context>
<context>
    <name>StepPath</name>
    <message>
        <location filename="../../barnearket/ui/concern/path.py" line="+53"/>
        <source>✓ gjort   … påbegynt   ! ikke gjort ennå
➜ her står bekymringen nå
Stegene kan åpnes i hvilken som helst rekkefølge.</source>
        <translation>✓ gjort   … påbyrja   ! ikkje gjort enno
➜ her står bekymringa no
Stega kan opnast i kva rekkjefølgje som helst.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>påbegynt, men ikke gjort: ingen oppføring har ennå alt skjemaet krever for dette steget</source>
        <translation>påbyrja, men ikkje gjort: inga oppføring har enno alt skjemaet krev for dette steget</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gjort</source>
        <translation>Gjort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke gjort ennå, men senere steg er i gang</source>
        <translation>Ikkje gjort enno, men seinare steg er i gang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Her står bekymringen nå</source>
        <translation>Her står bekymringa no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ikke påbegynt</source>
        <translation>Ikkje påbyrja</translation>
    </message>
</context>
<context>
    <name>TeamLeaderDialog</name>
    <message>
        <location filename="../../barnearket/ui/teamleader.py" line="+86"/>
        <location line="+36"/>
        <source>Teamleders oversikt</source>
        <translation>Oversikt for teamleiaren</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Sak</source>
        <translation>Sak</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Forelder</source>
        <translation>Forelder</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+2"/>
        <location line="+3"/>
        <source>Ansvarlig</source>
        <translation>Ansvarleg</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Foreldre uten ferdig barneark</source>
        <translation>Foreldre utan ferdig barneark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn</source>
        <translation>Barn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Samtale</source>
        <translation>Samtale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planen</source>
        <translation>Planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planlagt, ikke registrert som gitt</source>
        <translation>Planlagt, ikkje registrert som gitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ferdige barneark</source>
        <translation>Ferdige barneark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhetenes åpne saker</source>
        <translation>Opne saker i einingane</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Registrer som gitt</source>
        <translation>&amp;Registrer som gitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Åpne saken</source>
        <translation>&amp;Opne saka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Her ser du de åpne sakene i enhetene du er teamleder eller barneansvarlig for. Sørg for at alle foreldre med barn har hatt samtalen, og at informasjon og oppfølging som er planlagt i barnearket, faktisk blir gitt. Enter åpner saken.</source>
        <translation>Her ser du dei opne sakene i einingane du er teamleiar eller barneansvarleg for. Sjå til at alle foreldre med barn har hatt samtalen, og at informasjon og oppfølging som er planlagd i barnearket, faktisk blir gitt. Enter opnar saka.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gitt &amp;dato:</source>
        <translation>Gitt &amp;dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gitt a&amp;v:</source>
        <translation>Gitt a&amp;v:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Uten ferdig barneark (%1)</source>
        <translation>&amp;Utan ferdig barneark (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Planlagt, ikke gitt (%1)</source>
        <translation>&amp;Planlagt, ikkje gitt (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enhetenes saker (%1)</source>
        <translation>Sakene i &amp;einingane (%1)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Velg en linje i listen først.</source>
        <translation>Vel ei linje i lista først.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Registrert: %1 til %2 i sak %3 er gitt %4 av %5.</source>
        <translation>Registrert: %1 til %2 i sak %3 er gitt %4 av %5.</translation>
    </message>
</context>
<context>
    <name>ToldBox</name>
    <message>
        <location filename="../../barnearket/ui/report/parts.py" line="-25"/>
        <source>Ikke registrert</source>
        <translation>Ikkje registrert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For eksempel: ikke orientert fordi det er mistanke om vold.</source>
        <translation>Til dømes: ikkje orientert fordi det er mistanke om vald.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ingen er registrert i saken.</source>
        <translation>Ingen er registrerte i saka.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gjelder:</source>
        <translation>Gjeld:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hvorfor / hvorfor ikke:</source>
        <translation>Kvifor / kvifor ikkje:</translation>
    </message>
</context>
<context>
    <name>TopicCard</name>
    <message>
        <location filename="../../barnearket/ui/sheet/conversation.py" line="-59"/>
        <source>Enter eller klikk: fyll ut spørsmålene om dette temaet</source>
        <translation>Enter eller klikk: fyll ut spørsmåla om dette temaet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 av %2 besvart</source>
        <translation>%1 av %2 svarte</translation>
    </message>
</context>
<context>
    <name>TrackingBox</name>
    <message>
        <location filename="../../barnearket/ui/report/tracking.py" line="+39"/>
        <source>Sending og oppfølging</source>
        <translation>Sending og oppfølging</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Referansenummeret portalen gir</source>
        <translation>Referansenummeret portalen gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registrer som &amp;sendt</source>
        <translation>Registrer som &amp;sendt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>L&amp;agre tilbakemelding og referanse</source>
        <translation>L&amp;agre tilbakemelding og referanse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lag &amp;rettet versjon …</source>
        <translation>Lag &amp;retta versjon …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ta vare på referansenummeret. Barnevernet skal vurdere meldingen innen en uke og gi deg tilbakemelding innen tre uker.</source>
        <translation>Ta vare på referansenummeret. Barnevernet skal vurdere meldinga innan ei veke og gi deg tilbakemelding innan tre veker.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sendt &amp;dato:</source>
        <translation>Sendt &amp;dato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kanal:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Portalens r&amp;eferanse:</source>
        <translation>R&amp;eferansen til portalen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Til&amp;bakemelding mottatt:</source>
        <translation>Til&amp;bakemelding motteken:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sendt %1%2. Versjonen er låst.</source>
        <translation>Sendt %1%2. Versjonen er låst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Barnevernet vurderer innen: %1</source>
        <translation>Barnevernet vurderer innan: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tilbakemelding innen: %1</source>
        <translation>Tilbakemelding innan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purres hvis ikke svar: %1</source>
        <translation>Purrast viss ikkje svar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tilbakemelding mottatt %1.</source>
        <translation>Tilbakemelding motteken %1.</translation>
    </message>
</context>
<context>
    <name>TransferBanner</name>
    <message>
        <location filename="../../barnearket/ui/rights/banner.py" line="+26"/>
        <source>Saken er overført til journal %1 (referanse %2). Den kan leses, men ikke endres. Den kan slettes fra Barnearket når oppbevaringstiden er ute.</source>
        <translation>Saka er overført til journal %1 (referanse %2). Ho kan lesast, men ikkje endrast. Ho kan slettast frå Barnearket når oppbevaringstida er ute.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../barnearket/ui/rights/transfer.py" line="+26"/>
        <source>Overført til journal: sak %1</source>
        <translation>Overført til journal: sak %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Merk som overført</source>
        <translation>&amp;Merk som overført</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Når journalsammendraget er lagt inn i pasientjournalen, merker du saken som overført. Etterpå kan ingen endre saken, og den kan slettes fra Barnearket når oppbevaringstiden er ute. Dette kan ikke angres.</source>
        <translation>Når journalsamandraget er lagt inn i pasientjournalen, merkjer du saka som overført. Etterpå kan ingen endre saka, og ho kan slettast frå Barnearket når oppbevaringstida er ute. Dette kan ikkje angrast.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Overført &amp;dato:</source>
        <translation>Overført &amp;dato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for eksempel dokumentnummeret i journalen</source>
        <translation>til dømes dokumentnummeret i journalen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Journalreferanse:</source>
        <translation>&amp;Journalreferanse:</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../barnearket/ui/unlock.py" line="+65"/>
        <location line="+116"/>
        <source>Barnearket – lås opp saksfil</source>
        <translation>Barnearket – lås opp saksfil</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Vel fil …</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+181"/>
        <source>&amp;Lås opp</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&amp;Ny saksfil …</source>
        <translation>&amp;Ny saksfil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne med &amp;gjenopprettingsnøkkel …</source>
        <translation>Opne med &amp;gjenopprettingsnøkkel …</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Sakene ligger i:</source>
        <translation>Sakene ligg i:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Saksfil:</source>
        <translation>&amp;Saksfil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&amp;adresse:</source>
        <translation>Server&amp;adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Brukernavn:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>&amp;Passordfrase:</source>
        <translation>&amp;Passordfrase:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Barnearket – logg inn på kommunens server</source>
        <translation>Barnearket – logg inn på serveren til kommunen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Skriv brukernavn og passord.</source>
        <translation>Skriv brukarnamn og passord.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv brukernavn og passordfrase.</source>
        <translation>Skriv brukarnamn og passordfrase.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Låser opp …</source>
        <translation>Låser opp …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Åpne saksfil</source>
        <translation>Opne saksfil</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/unlockparts.py" line="+29"/>
        <source>Barnearket</source>
        <translation>Barnearket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barn som pårørende – samtalen, bekymringen og veien til handling.</source>
        <translation>Barn som pårørande – samtalen, bekymringa og vegen til handling.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ingen saksfil ennå</source>
        <translation>Inga saksfil enno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Det finnes ingen saksfil på denne maskinen. Lag en ny saksfil, åpne en som IT har gitt deg, eller logg inn på kommunens server.</source>
        <translation>Det finst inga saksfil på denne maskina. Lag ei ny saksfil, opne ei som IT har gitt deg, eller logg inn på serveren til kommunen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Opprett ny saksfil …</source>
        <translation>&amp;Opprett ny saksfil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Åpne en &amp;annen fil …</source>
        <translation>Opne ei &amp;anna fil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logg inn på kommunens &amp;server …</source>
        <translation>Logg inn på serveren til &amp;kommunen …</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gjenopprettingsnøkkel</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skriv gjenopprettingsnøkkelen (64 tegn, med eller uten bindestreker):</source>
        <translation>Skriv gjenopprettingsnøkkelen (64 teikn, med eller utan bindestrekar):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nøkkelfilen er laget på nytt</source>
        <translation>Nøkkelfila er laga på nytt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saksfilen er i orden. Logg inn med brukernavn og passordfrase som vanlig.</source>
        <translation>Saksfila er i orden. Logg inn med brukarnamn og passordfrase som vanleg.</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/serverchoice.py" line="+30"/>
        <source>Saks&amp;fil</source>
        <translation>Saks&amp;fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens se&amp;rver</source>
        <translation>Se&amp;rveren til kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>En kryptert saksfil på maskinen eller i en mappe</source>
        <translation>Ei kryptert saksfil på maskina eller i ei mappe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kommunens felles Barnearket-database</source>
        <translation>Den felles Barnearket-databasen til kommunen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Adressen får du av IT. Passordet skal ikke stå i adressen.</source>
        <translation>Adressa får du av IT. Passordet skal ikkje stå i adressa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Skriv adressen til kommunens server (du får den av IT).</source>
        <translation>Skriv adressa til serveren til kommunen (du får ho av IT).</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../barnearket/ui/unsaved.py" line="+39"/>
        <source>Noe er ikke lagret</source>
        <translation>Noko er ikkje lagra</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Noe av det du skrev mens serveren var borte, ble ikke lagret fordi saken er endret, avsluttet eller låst i mellomtiden. Teksten er tatt vare på på denne maskinen.</source>
        <translation>Noko av det du skreiv medan serveren var borte, vart ikkje lagra fordi saka er endra, avslutta eller låst i mellomtida. Teksten er teken vare på på denne maskina.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noe av det du har skrevet, er ikke lagret på serveren ennå. Det er tatt vare på kryptert på denne maskinen og lagres neste gang du logger inn.</source>
        <translation>Noko av det du har skrive, er ikkje lagra på serveren enno. Det er teke vare på kryptert på denne maskina og blir lagra neste gong du loggar inn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Noe av det du har skrevet, er ikke lagret på serveren ennå. Det meste er tatt vare på kryptert på denne maskinen og lagres neste gang du logger inn, men ikke alt: teksten i meldingen du skriver på, går tapt hvis du avslutter nå.</source>
        <translation>Noko av det du har skrive, er ikkje lagra på serveren enno. Det meste er teke vare på kryptert på denne maskina og blir lagra neste gong du loggar inn, men ikkje alt: teksten i meldinga du skriv på, går tapt om du avsluttar no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noe av det du har skrevet, er ikke lagret ennå. Det går tapt hvis du avslutter nå.</source>
        <translation>Noko av det du har skrive, er ikkje lagra enno. Det går tapt om du avsluttar no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avslutt likevel</source>
        <translation>Avslutt likevel</translation>
    </message>
</context>
<context>
    <name>UserForms</name>
    <message>
        <location filename="../../barnearket/ui/admin/userforms.py" line="-209"/>
        <source>ser sakene i egen enhet og sakene hen er ansvarlig for</source>
        <translation>ser sakene i eiga eining og sakene vedkomande er ansvarleg for</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>ser åpne bekymringer i alle enheter og årets tall</source>
        <translation>ser opne bekymringar i alle einingar og tala for året</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>ser alt, og styrer brukere, sikkerhetskopi og innstillinger</source>
        <translation>ser alt, og styrer brukarar, tryggingskopi og innstillingar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ser og skriver sakene i sine enheter</source>
        <translation>ser og skriv sakene i sine einingar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>styrer brukere, enheter og innstillinger; ser sakene bare i enheter hen selv er med i</source>
        <translation>styrer brukarar, einingar og innstillingar; ser sakene berre i einingar hen sjølv er med i</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Ingen enhet (ser ingen saker før hen er med i en enhet)</source>
        <translation>Inga eining (ser ingen saker før hen er med i ei eining)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ingen enhet (ser bare saker hen er ansvarlig for)</source>
        <translation>Inga eining (ser berre saker vedkomande er ansvarleg for)</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <location filename="../../barnearket/ui/admin/users.py" line="+47"/>
        <location line="+44"/>
        <source>Brukere</source>
        <translation>Brukarar</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Brukernavn</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enhet</source>
        <translation>Eining</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Ny bruker …</source>
        <translation>&amp;Ny brukar …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ny &amp;passordfrase …</source>
        <translation>Ny &amp;passordfrase …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rolle og enhet …</source>
        <translation>&amp;Rolle og eining …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;ofil …</source>
        <translation>Pr&amp;ofil …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tittel, telefon og e-post som står på dokumentene</source>
        <translation>Tittel, telefon og e-post som står på dokumenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fjern …</source>
        <translation>&amp;Fjern …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funksjoner i ru&amp;tinen …</source>
        <translation>Funksjonar i ru&amp;tinen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lukk</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nytt &amp;passord …</source>
        <translation>Nytt &amp;passord …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brukere på kommunens server</source>
        <translation>Brukarar på tenaren til kommunen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brukere av saksfilen</source>
        <translation>Brukarar av saksfila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alle som skal bruke serveren, har sitt eget brukernavn og passord; brukernavnet er også deres egen innlogging i databasen. En fjernet bruker kan ikke logge inn lenger, men står fortsatt i hendelsesloggen.</source>
        <translation>Alle som skal bruke tenaren, har sitt eige brukarnamn og passord; brukarnamnet er òg den eigne innlogginga deira i databasen. Ein fjerna brukar kan ikkje logge inn lenger, men står framleis i hendingsloggen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Alle som skal bruke saksfilen, har sitt eget brukernavn og sin egen passordfrase. En fjernet bruker kan ikke logge inn lenger, men står fortsatt i hendelsesloggen.</source>
        <translation>Alle som skal bruke saksfila, har sitt eige brukarnamn og si eiga passordfrase. Ein fjerna brukar kan ikkje logge inn lenger, men står framleis i hendingsloggen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Du kan ikke fjerne deg selv.</source>
        <translation>Du kan ikkje fjerne deg sjølv.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 (%2) kan ikke logge inn på serveren etterpå. Sakene og loggen beholdes.</source>
        <translation>%1 (%2) kan ikkje logge inn på tenaren etterpå. Sakene og loggen blir tekne vare på.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) kan ikke logge inn i saksfilen etterpå. Sakene og loggen beholdes.</source>
        <translation>%1 (%2) kan ikkje logge inn i saksfila etterpå. Sakene og loggen blir tekne vare på.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fjerne brukeren?</source>
        <translation>Fjerne brukaren?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fjern brukeren</source>
        <translation>Fjern brukaren</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../barnearket/ui/concern/withdraw.py" line="+31"/>
        <source>Trekk tilbake samtykke</source>
        <translation>Trekk tilbake samtykke</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For eksempel: mor sa det på telefon til kontaktpersonen</source>
        <translation>Til dømes: mor sa det på telefon til kontaktpersonen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samtykket blir stående i historikken, men gjelder ikke lenger fra denne datoen. Ingen opplysninger kan deles med mottakerne etter det.</source>
        <translation>Samtykket blir ståande i historikken, men gjeld ikkje lenger frå denne datoen. Ingen opplysningar kan delast med mottakarane etter det.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Dato trukket:</source>
        <translation>&amp;Dato trekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hvem sa det, og til hvem:</source>
        <translation>&amp;Kven sa det, og til kven:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trekk tilbake</source>
        <translation>Trekk tilbake</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avbryt</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>formwidgets</name>
    <message>
        <location filename="../../barnearket/ui/formwidgets/display.py" line="+17"/>
        <source>(ikke besvart)</source>
        <translation>(ikkje svart på)</translation>
    </message>
</context>
<context>
    <name>sheet</name>
    <message>
        <location filename="../../barnearket/ui/sheet/missing.py" line="+99"/>
        <source>– ikke besvart</source>
        <translation>– ikkje svart på</translation>
    </message>
    <message>
        <location filename="../../barnearket/ui/sheet/pages.py" line="+43"/>
        <source>Barn uten navn</source>
        <translation>Barn utan namn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (ufødt, termin %2)</source>
        <translation>%1 (ufødd, termin %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 år)</source>
        <translation>%1 (%2 år)</translation>
    </message>
</context>
</TS>
