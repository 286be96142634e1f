// Slovak sentence banks (formal address: Vy / Vám / Váš, capitalised as in letters;
// vykanie takes the plural l-participle: "ste písali").
//
// `[male|female]` alternations follow the agent (compose.mjs fills them);
// `{male|female}` would follow the customer. Other placeholders: {agent},
// {order}, {day} (weekday with its preposition).

export default {
  lang: 'sk',
  agents: [
    { name: 'Zuzana Kováčová', g: 'f' },
    { name: 'Martin Horváth', g: 'm' },
    { name: 'Jana Vargová', g: 'f' },
    { name: 'Peter Baláž', g: 'm' },
  ],
  days: ['v pondelok', 'v utorok', 'v stredu', 'vo štvrtok', 'v piatok'],
  orderPrefix: 'č. ',

  greetings: [
    'Dobrý deň,',
    { g: 'f', text: 'Dobrý deň, pani Kováčová,' },
    { g: 'm', text: 'Dobrý deň, pán Horváth,' },
    { g: 'f', text: 'Vážená pani Vargová,' },
    { g: 'm', text: 'Vážený pán Tóth,' },
    { g: 'f', text: 'Dobrý deň, pani Šimková,' },
    { g: 'm', text: 'Vážený pán Novák,' },
  ],
  chatGreetings: ['Dobrý deň!', { g: 'm', text: 'Dobrý deň, pán Baláž!' }, { g: 'f', text: 'Dobrý deň, pani Lukáčová!' }],

  ack: [
    'Ďakujem za Vašu správu.',
    'Veľmi sa ospravedlňujem za komplikácie s Vašou objednávkou.',
    'Chápem, aké nepríjemné je čakať na zásielku, ktorá neprišla načas.',
    'Ďakujem za trpezlivosť, kým som všetko [preveroval|preverovala].',
    'Mrzí ma, že ste nám museli písať opakovane.',
    'Ďakujem za podrobný popis, veľmi mi pomohol.',
    'Chápem, že Vás dvojité stiahnutie platby znepokojilo.',
    'Ospravedlňujem sa, že odpovedám až dnes.',
    'Ďakujem, že ste nám poslali snímky obrazovky.',
    'Chápem, že potrebujete vec vyriešiť čo najskôr.',
  ],

  topics: {
    shipping: {
      explain: [
        '[Skontroloval|Skontrolovala] som objednávku {order}: balík opustil náš sklad včera popoludní.',
        'Kuriér dnes ráno naskenoval zásielku v triediacom centre, takže je na ceste.',
        'Meškanie spôsobilo veľké množstvo zásielok po predĺženom víkende.',
      ],
      next: [
        '[Požiadal|Požiadala] som prepravcu o prednostné doručenie a stav zásielky znova skontrolujem {day}.',
        'Ak balík do piatku nepríde, pošlem Vám nový expresne a zadarmo.',
      ],
    },
    refunds: {
      explain: [
        '[Vrátil|Vrátila] som Vám 54,90 € na kartu, ktorou ste platili.',
        'Peniaze sa na účte objavia do piatich pracovných dní, podľa toho, ako rýchlo ich spracuje Vaša banka.',
      ],
      next: [
        'Keď banka prevod potvrdí, pošlem Vám potvrdenie e-mailom.',
        'Ak peniaze do piatku neuvidíte, stačí odpovedať na tento e-mail a osobne to preverím.',
      ],
    },
    billing: {
      explain: [
        'Vidím, že platba z Vašej karty prebehla tretieho dňa v mesiaci dvakrát.',
        'Druhá suma je len dočasná blokácia, ktorú banka automaticky uvoľní.',
        'Všetky faktúry nájdete v nastaveniach účtu v časti Platby.',
      ],
      next: ['[Zrušil|Zrušila] som duplicitnú platbu a opravenú faktúru posielam v prílohe.'],
    },
    login: {
      explain: [
        'Odkaz na zmenu hesla platí jednu hodinu, preto ten včerajší už nefunguje.',
        'Po piatich neúspešných pokusoch o prihlásenie sa účet z bezpečnostných dôvodov zablokoval.',
        'E-mail s odkazom niekedy skončí v priečinku so spamom.',
      ],
      next: [
        '[Poslal|Poslala] som Vám nový odkaz, ktorý bude platiť nasledujúcu hodinu.',
        '[Odblokoval|Odblokovala] som Váš účet, takže sa môžete prihlásiť hneď teraz.',
      ],
    },
    bug: {
      explain: [
        'Chybu sa mi podarilo zopakovať: tlačidlo na export nereaguje, keď má prehľad viac ako 500 riadkov.',
        'Chyba sa týka len aplikácie pre Android, webová verzia funguje normálne.',
        'Oprava je vo verzii 4.2, ktorá dnes vychádza v obchode s aplikáciami.',
      ],
      next: [
        'Kým príde aktualizácia, odporúčam Vám použiť webovú verziu.',
        'Vaše hlásenie som [pridal|pridala] k úlohe pre vývojárov a ozvem sa, keď bude oprava dostupná.',
      ],
    },
    returns: {
      explain: [
        'Nenosený tovar môžete vrátiť do 30 dní od doručenia.',
        'Vaša vrátená zásielka k nám dorazila v utorok a prešla kontrolou kvality.',
      ],
      next: ['[Poslal|Poslala] som Vám štítok na bezplatné vrátenie; stačí ho vytlačiť a balík podať na ktorejkoľvek pobočke.'],
    },
    subscription: {
      explain: [
        'Predplatné sa automaticky obnovuje pätnásteho dňa každého mesiaca.',
        'Po zrušení Vám prístup zostane až do konca zaplateného obdobia.',
      ],
      next: [
        '[Zrušil|Zrušila] som Vaše predplatné, ďalšie platby sa už strhávať nebudú.',
        'Predplatné môžete kedykoľvek znova aktivovať na stránke účtu.',
      ],
    },
    warranty: {
      explain: [
        'Na kávovar sa vzťahuje dvojročná záruka až do marca budúceho roka.',
        'Záruka pokrýva výrobné chyby vrátane problému s čerpadlom, ktorý opisujete.',
      ],
      next: [
        'Kuriér si prístroj vyzdvihne {day} medzi 9. a 13. hodinou.',
        'Oprava zvyčajne trvá päť pracovných dní a o odoslaní späť Vás budem informovať.',
      ],
    },
    appointment: {
      explain: [
        '[Objednal|Objednala] som Vás {day} na 10:30 k pani doktorke Novákovej.',
        'Termín môžete bezplatne zmeniť najneskôr 24 hodín vopred.',
      ],
      next: ['Deň pred návštevou Vám pošlem pripomienku v SMS.'],
    },
    travel: {
      explain: [
        'Letecká spoločnosť presunula Váš let do Lisabonu z 9:40 na 13:15.',
        'Keďže je zmena dlhšia ako tri hodiny, môžete rezerváciu bezplatne zmeniť alebo zrušiť.',
      ],
      next: ['[Prerezervoval|Prerezervovala] som Vás na skorší let a nové údaje máte v e-maile.'],
    },
  },

  transitions: ['[Pozrel|Pozrela] som sa aj na Vašu druhú otázku.', 'Pokiaľ ide o Vašu druhú požiadavku, [zistil|zistila] som toto.'],

  next: [
    'Ozvem sa Vám najneskôr v piatok.',
    'Osobne na to dohliadnem a zajtra ráno Vám dám vedieť.',
    'Dnes popoludní Vám zavolám a prejdeme si ďalšie kroky.',
    'Požiadavku nechám otvorenú, kým mi nepotvrdíte, že všetko funguje.',
  ],

  closings: [
    'Môžem Vám ešte s niečím pomôcť?',
    'Ak budete mať akékoľvek otázky, stačí odpovedať na tento e-mail.',
    'Ďakujem za trpezlivosť a prajem pekný deň.',
    'Sme Vám k dispozícii každý deň od 8.00 do 20.00 h.',
  ],
  chatClosings: ['Môžem Vám ešte s niečím pomôcť?', 'Pekný deň!'],
  signoffs: ['S pozdravom\n{agent}', 'S priateľským pozdravom\n{agent}\nZákaznícka podpora', 'Pekný deň praje\n{agent}'],
  chatSignoffs: ['{agent}, zákaznícka podpora'],

  weak: {
    greetings: ['Ahoj,', 'Čau!', 'Zdravím,'],
    closings: ['Ospravedlňujeme sa za prípadné nepríjemnosti.', 'V prípade ďalších otázok nás neváhajte kontaktovať.'],
    body: {
      negative: [
        'Žiaľ, nemôžeme vrátiť peniaze za zľavnený tovar.',
        'Adresu po odoslaní balíka zmeniť nejde.',
        'Bohužiaľ, nič viac s tým urobiť nemôžeme.',
        'To nie je náš problém, ale problém prepravcu.',
      ],
      jargon: [
        'Váš tiket bol eskalovaný na second level support.',
        'SLA pre túto frontu je 72 hodín.',
        'Problém spôsobil timeout na backende po poslednom deployi.',
      ],
      stiff: [
        'Oznamujeme Vám, že Vaša reklamácia bude vybavená v zákonnej lehote.',
        'Vaša požiadavka bola postúpená príslušnému oddeleniu na ďalšie konanie.',
      ],
      blame: ['Mali ste si pred objednaním prečítať obchodné podmienky.', 'Zadali ste zlú adresu, a preto sa balík vrátil.'],
      hedge: ['Možno sa na to niekto pozrie budúci týždeň.', 'Asi by to už malo fungovať, ale nie som si [istý|istá].'],
      informal: [
        'Skontroluj si schránku a daj vedieť, či to prišlo.',
        'Musíš si heslo resetovať znova.',
        'Pošlite nám to prosím znova, vaša objednávka sa nám nezobrazuje.',
      ],
      caps: ['Je to URGENTNÉ a musí sa to vyriešiť DNES!!'],
      exclaim: ['Žiadny problém!!'],
    },
  },
};
