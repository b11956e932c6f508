"""Invented Norwegian sentences for the demo file: observations, talks, measures and reasons."""

from __future__ import annotations

CONCERN = (
    "Barnet virker slitent og ukonsentrert de siste ukene.",
    "Barnet har hatt mye fravær fra skolen denne høsten.",
    "Forelderen forteller om mye krangel hjemme om kveldene.",
    "Barnet tar ansvar for småsøsken når forelderen er dårlig.",
    "Det er lite mat i huset ved flere hjemmebesøk.",
    "Barnet har sagt til en ansatt at det er redd for å være hjemme.",
    "Forelderen var tydelig påvirket da barnet kom hjem fra skolen.",
    "Barnet trekker seg unna venner og vil ikke på trening lenger.",
    "Barnehagen har meldt om at barnet ofte hentes sent.",
    "Forelderen har hatt flere innleggelser i år, og barnet har vært mye alene.",
)
OBSERVATION = (
    "Barnet åpnet døren og sa at mamma sov. Klokken var 14.",
    "Tomme flasker på kjøkkenbenken ved hjemmebesøket.",
    "Barnet hadde ikke matpakke med seg, ifølge skolen.",
    "Forelderen glemte avtalen med helsestasjonen for andre gang.",
    "Barnet var uvanlig stille og svarte ikke på spørsmål.",
    "Forelderen fortalte at barnet har sovet hos naboen flere netter.",
    "Barnet hadde for lite klær på seg i kulda.",
    "Forelderen virket forvirret og husket ikke barnets alder.",
    "Barnet fortalte at det lager middag selv de fleste dager.",
    "Høylytt krangel i leiligheten da vi kom, barnet satt på rommet sitt.",
)
CONSULTATION = (
    "Drøftet saken uten navn. Råd om å samle flere observasjoner først.",
    "Vi ble enige om at bekymringen bør tas opp med forelderen.",
    "Leder mener saken bør drøftes i ressursgruppen.",
    "Barnevernet anbefalte å melde hvis situasjonen ikke bedrer seg.",
    "Kollega har sett det samme ved sine besøk.",
)
SHARED = (
    "Vi fortalte hva vi har sett ved besøkene, uten å trekke konklusjoner.",
    "Vi delte bekymringen for barnets skolegang og søvn.",
    "Vi sa at vi er bekymret for hvordan barnet har det når forelderen er dårlig.",
)
RESPONSE = (
    "Forelderen ble lei seg, men kjente seg igjen.",
    "Forelderen var uenig og mente at barnet har det bra.",
    "Forelderen takket for at vi sa det og ønsket hjelp.",
    "Forelderen ble sint, men roet seg etter hvert.",
)
AGREED = (
    "Nytt møte om to uker. Forelderen kontakter fastlegen.",
    "Vi tar kontakt med helsesykepleier på skolen, med samtykke.",
    "Forelderen snakker med barnet, og vi følger opp ved neste besøk.",
    "Ingen avtale nå. Vi tar det opp igjen ved neste samtale.",
)
MEASURE = (
    "Samtale med barnet sammen med helsesykepleier",
    "Henvisning til barnegruppe for barn som pårørende",
    "Ansvarsgruppemøte med skole og fastlege",
    "Støttesamtaler med forelderen om foreldrerollen",
    "Avlastning i helgene i samarbeid med familien",
    "Plan for hvem som passer barnet ved innleggelse",
    "Informasjonssamtale med barnet om forelderens sykdom",
)
EVALUATION = (
    "Tiltaket er i gang og fungerer etter planen.",
    "Barnet har vært på to samlinger og trives.",
    "Lite endring så langt. Vi fortsetter og evaluerer igjen.",
    "Forelderen har ikke møtt til avtalene. Vi vurderer andre tiltak.",
    "Situasjonen er bedre, og skolen melder om mindre fravær.",
)
CLOSING = (
    "Situasjonen er bedret, og tiltakene er avsluttet etter plan.",
    "Familien har flyttet fra kommunen.",
    "Barnevernet har overtatt oppfølgingen.",
    "Bekymringen ble ikke bekreftet etter samtale med forelderen.",
    "Barnet har fylt 18 år.",
)
REOPENING = (
    "Ny bekymring etter hjemmebesøk.",
    "Forelderen har fått tilbakefall, og barnet er mye alene igjen.",
)
REPORT_CONCERN = (
    "Vi er bekymret for barnets omsorgssituasjon når forelderen er syk. Barnet er mye alene og "
    "tar ansvar for husarbeid og søsken.",
    "Vi har over tid sett tegn på at barnet ikke får den omsorgen det trenger. Forelderen har "
    "ikke klart å ta imot hjelp.",
)
REPORT_HISTORY = (
    "Forelderen har fått tjenester fra oss i over et år. Bekymringen har vart i flere måneder.",
    "Vi har drøftet saken anonymt med barnevernet og hatt samtale med forelderen.",
)
NOT_TOLD = (
    "Vi frykter at barnet kan bli utsatt for vold hvis forelderen får vite om meldingen nå.",
    "Forelderen var for dårlig til å ta imot informasjonen. Vi forteller det så snart det går.",
)
CONSENT_PURPOSE = (
    "Samarbeid med skolen om barnets hverdag",
    "Samarbeid med helsestasjonen",
    "Ansvarsgruppe rundt barnet",
    "Informasjon til fastlegen",
    "Henvisning til barnegruppe",
)
SHORT_ANSWER = (
    "Mormor og morfar", "Tante i nabokommunen", "Nabo som kjenner barnet godt", "Helsesykepleier",
    "Kontaktlærer", "Forelderen selv", "Barnekoordinator",
)
LONG_ANSWER = (
    "Barnet vet at forelderen er syk, men ikke hva det betyr. Forelderen ønsker hjelp til å "
    "forklare.",
    "Forelderen opplever at barnet har det bra på skolen, men er bekymret for kveldene.",
    "Vi snakket om hvordan barnet merker sykdommen, og om hva barnet trenger å vite.",
    "Barnet handler mat og passer småsøsken når forelderen er dårlig.",
    "Forelderen vil at barnet skal få snakke med noen utenfor familien.",
    "Avtalt at besteforeldrene tar over hvis forelderen må legges inn.",
    "Forelderen var åpen og opptatt av at barnet skal ha det godt.",
)
PLACES = (
    "Åsen", "Fjellheim", "Sjøgata", "Bjørkelia", "Løvåsen", "Gáisá", "Čearretsuolu", "Nordbyen",
    "Solvang", "Haugtun", "Storøya", "Vågen", "Ruđat", "Eikeli",
)
STREETS = (
    "Fjellveien", "Storgata", "Sjøgata", "Bakkeveien", "Skolegata", "Kirkeveien", "Åsveien",
    "Myrveien", "Ringveien", "Strandgata",
)
CARERS = (
    "Den andre forelderen", "Besteforeldre", "Fosterforeldre", "Tante og onkel", "Barnevernsinstitusjon",
)
LANGUAGES = ("arabisk", "somali", "polsk", "tigrinja", "nordsamisk", "ukrainsk", "litauisk")
