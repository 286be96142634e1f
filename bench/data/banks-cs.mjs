// Czech sentence banks (formal address: Vy / Vám / Váš, capitalised as in letters).
//
// Gender alternations filled by compose.mjs: `{male|female}` follows the
// customer (Vy jste psal / psala), `[male|female]` follows the agent.
// Other placeholders: {agent}, {order}, {day} (weekday with its preposition).

export default {
  lang: 'cs',
  agents: [
    { name: 'Petra Horáková', g: 'f' },
    { name: 'Tomáš Veselý', g: 'm' },
    { name: 'Lucie Marková', g: 'f' },
    { name: 'Jakub Pokorný', g: 'm' },
  ],
  days: ['v pondělí', 'v úterý', 've středu', 've čtvrtek', 'v pátek'],
  orderPrefix: 'č. ',

  greetings: [
    'Dobrý den,',
    { g: 'f', text: 'Dobrý den, paní Nováková,' },
    { g: 'm', text: 'Dobrý den, pane Dvořáku,' },
    { g: 'f', text: 'Vážená paní Svobodová,' },
    { g: 'm', text: 'Vážený pane Procházko,' },
    { g: 'm', text: 'Dobrý den, pane Černý,' },
    { g: 'f', text: 'Vážená paní Kučerová,' },
  ],
  chatGreetings: ['Dobrý den!', { g: 'f', text: 'Dobrý den, paní Králová!' }, { g: 'm', text: 'Dobrý den, pane Beneši!' }],

  ack: [
    'Děkuji za Vaši zprávu.',
    'Moc se omlouvám za komplikace s Vaší objednávkou.',
    'Chápu, jak nepříjemné je čekat na zásilku, která nedorazila včas.',
    'Děkuji za trpělivost, zatímco jsem vše [prověřoval|prověřovala].',
    'Je mi líto, že jste nám {musel|musela} psát opakovaně.',
    'Děkuji za podrobný popis, hodně mi pomohl.',
    'Rozumím, že Vás dvojí stržení platby znepokojilo.',
    'Omlouvám se, že odpovídám až dnes.',
    'Děkuji, že jste nám {poslal|poslala} snímky obrazovky.',
    'Chápu, že potřebujete věc vyřešit co nejdřív.',
  ],

  topics: {
    shipping: {
      explain: [
        '[Zkontroloval|Zkontrolovala] jsem objednávku {order}: balík opustil náš sklad včera odpoledne.',
        'Kurýr dnes ráno naskenoval zásilku v třídicím centru, takže je na cestě.',
        'Zpoždění způsobilo velké množství zásilek po prodlouženém víkendu.',
      ],
      next: [
        '[Požádal|Požádala] jsem dopravce o přednostní doručení a stav zásilky znovu zkontroluji {day}.',
        'Pokud balík do pátku nedorazí, pošlu Vám nový expresně a zdarma.',
      ],
    },
    refunds: {
      explain: [
        '[Vrátil|Vrátila] jsem Vám 1 290 Kč na kartu, kterou jste {platil|platila}.',
        'Peníze se na účtu objeví do pěti pracovních dnů, podle toho, jak rychlá je Vaše banka.',
      ],
      next: [
        'Jakmile banka převod potvrdí, pošlu Vám potvrzení e-mailem.',
        'Pokud peníze do pátku neuvidíte, stačí odpovědět na tento e-mail a osobně to prověřím.',
      ],
    },
    billing: {
      explain: [
        'Vidím, že platba z Vaší karty proběhla třetího dne v měsíci dvakrát.',
        'Druhá částka je jen dočasná blokace, kterou banka automaticky uvolní.',
        'Všechny faktury najdete v nastavení účtu v sekci Platby.',
      ],
      next: ['[Zrušil|Zrušila] jsem duplicitní platbu a opravenou fakturu posílám v příloze.'],
    },
    login: {
      explain: [
        'Odkaz pro změnu hesla platí jednu hodinu, proto ten včerejší už nefunguje.',
        'Po pěti neúspěšných pokusech o přihlášení se účet z bezpečnostních důvodů zablokoval.',
        'E-mail s odkazem někdy skončí ve složce se spamem.',
      ],
      next: [
        '[Poslal|Poslala] jsem Vám nový odkaz, který bude platit následující hodinu.',
        '[Odblokoval|Odblokovala] jsem Váš účet, takže se můžete přihlásit hned teď.',
      ],
    },
    bug: {
      explain: [
        'Chybu se mi podařilo zopakovat: tlačítko pro export nereaguje, když má přehled víc než 500 řádků.',
        'Chyba se týká jen aplikace pro Android, webová verze funguje normálně.',
        'Oprava je ve verzi 4.2, která dnes vychází v obchodě s aplikacemi.',
      ],
      next: [
        'Než aktualizace dorazí, doporučuji Vám použít webovou verzi.',
        'Vaše hlášení jsem [přidal|přidala] k úkolu pro vývojáře a ozvu se, jakmile bude oprava dostupná.',
      ],
    },
    returns: {
      explain: [
        'Nenošené zboží můžete vrátit do 30 dnů od doručení.',
        'Vaše vratka k nám dorazila v úterý a prošla kontrolou kvality.',
      ],
      next: ['[Poslal|Poslala] jsem Vám štítek pro bezplatné vrácení; stačí ho vytisknout a balík podat na kterékoli pobočce.'],
    },
    subscription: {
      explain: [
        'Předplatné se automaticky obnovuje patnáctého dne každého měsíce.',
        'Po zrušení Vám přístup zůstane až do konce zaplaceného období.',
      ],
      next: [
        '[Zrušil|Zrušila] jsem Vaše předplatné, další platby už se strhávat nebudou.',
        'Předplatné můžete kdykoli znovu aktivovat na stránce účtu.',
      ],
    },
    warranty: {
      explain: [
        'Na kávovar se vztahuje dvouletá záruka až do března příštího roku.',
        'Záruka kryje výrobní vady, včetně problému s čerpadlem, který popisujete.',
      ],
      next: [
        'Kurýr si přístroj vyzvedne {day} mezi 9. a 13. hodinou.',
        'Oprava obvykle trvá pět pracovních dnů a o odeslání zpět Vás budu informovat.',
      ],
    },
    appointment: {
      explain: [
        '[Objednal|Objednala] jsem Vás {day} na 10:30 k paní doktorce Novotné.',
        'Termín můžete bezplatně změnit nejpozději 24 hodin předem.',
      ],
      next: ['Den před návštěvou Vám pošlu připomínku v SMS.'],
    },
    travel: {
      explain: [
        'Letecká společnost přesunula Váš let do Lisabonu z 9:40 na 13:15.',
        'Protože je změna delší než tři hodiny, můžete rezervaci zdarma změnit nebo zrušit.',
      ],
      next: ['[Přerezervoval|Přerezervovala] jsem Vás na dřívější let a nové údaje máte v e-mailu.'],
    },
  },

  transitions: ['[Podíval|Podívala] jsem se i na Váš druhý dotaz.', 'K Vaší druhé otázce jsem [zjistil|zjistila] následující.'],

  next: [
    'Ozvu se Vám nejpozději v pátek.',
    'Osobně na to dohlédnu a zítra ráno Vám dám vědět.',
    'Dnes odpoledne Vám zavolám a probereme další kroky.',
    'Požadavek nechám otevřený, dokud mi nepotvrdíte, že vše funguje.',
  ],

  closings: [
    'Mohu Vám ještě s něčím pomoci?',
    'Pokud budete mít jakékoli otázky, stačí odpovědět na tento e-mail.',
    'Děkuji za trpělivost a přeji hezký den.',
    'Jsme Vám k dispozici každý den od 8 do 20 hodin.',
  ],
  chatClosings: ['Mohu Vám ještě s něčím pomoci?', 'Hezký den!'],
  signoffs: ['S pozdravem\n{agent}', 'S přátelským pozdravem\n{agent}\nZákaznická podpora', 'Hezký den přeje\n{agent}'],
  chatSignoffs: ['{agent}, zákaznická podpora'],

  weak: {
    greetings: ['Ahoj,', 'Čau!', 'Zdravím,'],
    closings: ['Omlouváme se za případné nepříjemnosti.', 'V případě dalších dotazů nás neváhejte kontaktovat.'],
    body: {
      negative: [
        'Bohužel nemůžeme vrátit peníze za zlevněné zboží.',
        'Adresu po odeslání balíku změnit nejde.',
        'Bohužel s tím nic dalšího udělat nemůžeme.',
        'To není náš problém, ale problém dopravce.',
      ],
      jargon: [
        'Váš tiket byl eskalován na second level support.',
        'SLA pro tuto frontu je 72 hodin.',
        'Problém způsobil timeout na backendu po posledním deployi.',
      ],
      stiff: [
        'Sdělujeme Vám, že Vaše reklamace bude vyřízena v zákonné lhůtě.',
        'Váš požadavek byl postoupen příslušnému oddělení k dalšímu řízení.',
      ],
      blame: [
        '{Měl|Měla} jste si před objednáním přečíst obchodní podmínky.',
        '{Zadal|Zadala} jste špatnou adresu, a proto se balík vrátil.',
      ],
      hedge: ['Možná se na to někdo podívá příští týden.', 'Asi by to už mělo fungovat, ale nejsem si [jistý|jistá].'],
      informal: [
        'Zkontroluj si schránku a dej vědět, jestli to přišlo.',
        'Musíš si heslo resetovat znovu.',
        'Pošlete nám to prosím znovu, vaše objednávka se nám nezobrazuje.',
      ],
      caps: ['Je to URGENTNÍ a musí se to vyřešit DNES!!'],
      exclaim: ['Žádný problém!!'],
    },
  },
};
