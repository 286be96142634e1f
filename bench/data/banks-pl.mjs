// Polish sentence banks (formal address: Pan / Pani).
//
// Gender alternations filled by compose.mjs: `{male|female}` follows the
// customer, `[male|female]` follows the agent. Other placeholders: {agent},
// {order}, {day} (weekday with its preposition, e.g. "w czwartek").

export default {
  lang: 'pl',
  agents: [
    { name: 'Marta Zielińska', g: 'f' },
    { name: 'Paweł Wójcik', g: 'm' },
    { name: 'Agnieszka Lis', g: 'f' },
    { name: 'Krzysztof Mazur', g: 'm' },
  ],
  days: ['w poniedziałek', 'we wtorek', 'w środę', 'w czwartek', 'w piątek'],
  orderPrefix: 'nr ',

  greetings: [
    'Dzień dobry,',
    { g: 'f', text: 'Szanowna Pani,' },
    { g: 'm', text: 'Szanowny Panie,' },
    { g: 'f', text: 'Dzień dobry Pani Anno,' },
    { g: 'm', text: 'Dzień dobry Panie Tomaszu,' },
    { g: 'f', text: 'Szanowna Pani Katarzyno,' },
    { g: 'm', text: 'Szanowny Panie Piotrze,' },
    { g: 'f', text: 'Dzień dobry Pani Magdaleno,' },
    { g: 'm', text: 'Szanowny Panie Marku,' },
  ],
  chatGreetings: ['Dzień dobry!', { g: 'f', text: 'Dzień dobry Pani Ewo!' }, { g: 'm', text: 'Dzień dobry Panie Adamie!' }],

  ack: [
    'Dziękuję za {Pana|Pani} wiadomość.',
    'Bardzo przepraszam za kłopot związany z tym zamówieniem.',
    'Rozumiem, jak frustrujące jest czekanie na spóźnioną przesyłkę.',
    'Dziękuję za cierpliwość, kiedy sprawdzał[em|am] szczegóły.',
    'Przykro mi, że {musiał Pan|musiała Pani} pisać do nas kilka razy.',
    'Dziękuję za dokładny opis problemu, bardzo mi to pomogło.',
    'Rozumiem, że podwójne obciążenie karty budzi niepokój.',
    'Przepraszam, że odpowiadam dopiero dziś.',
    'Dziękuję, że {przesłał Pan|przesłała Pani} zrzuty ekranu.',
    'Rozumiem, że zależy {Panu|Pani} na szybkim rozwiązaniu.',
    'Dziękuję, że jest {Pan|Pani} z nami od tylu lat.',
  ],

  topics: {
    shipping: {
      explain: [
        'Sprawdził[em|am] zamówienie {order}: paczka opuściła nasz magazyn wczoraj po południu.',
        'Kurier zeskanował przesyłkę dziś rano w sortowni, więc jest już w drodze.',
        'Opóźnienie wynikło z dużej liczby paczek po długim weekendzie.',
        'Przesyłki w {Pana|Pani} okolicy docierają zwykle w ciągu dwóch lub trzech dni roboczych.',
      ],
      next: [
        'Poprosił[em|am] kuriera o priorytetowe doręczenie i sprawdzę status przesyłki {day}.',
        'Jeśli paczka nie dotrze do piątku, wyślę nową ekspresowo i bez żadnych kosztów.',
      ],
    },
    refunds: {
      explain: [
        'Zlecił[em|am] zwrot kwoty 189,00 zł na kartę, którą {Pan zapłacił|Pani zapłaciła} za zamówienie.',
        'Pieniądze pojawią się na koncie w ciągu pięciu dni roboczych, w zależności od banku.',
        'Ponieważ produkt był kupiony w promocji, zwracamy cenę, którą {Pan faktycznie zapłacił|Pani faktycznie zapłaciła}.',
      ],
      next: [
        'Gdy bank potwierdzi przelew, wyślę {Panu|Pani} potwierdzenie e-mailem.',
        'Jeżeli pieniądze nie pojawią się do piątku, proszę odpowiedzieć na tę wiadomość, a osobiście to sprawdzę.',
      ],
    },
    billing: {
      explain: [
        'Widzę, że trzeciego dnia miesiąca z {Pana|Pani} karty pobrano płatność dwa razy.',
        'Druga kwota to tymczasowa blokada, którą bank zwolni automatycznie.',
        'Wszystkie faktury można pobrać w zakładce Płatności w ustawieniach konta.',
      ],
      next: [
        'Anulował[em|am] podwójną płatność, a korektę faktury przesyłam w załączniku.',
        'Dodał[em|am] nazwę firmy i NIP, więc kolejne faktury będą już poprawne.',
      ],
    },
    login: {
      explain: [
        'Link do zmiany hasła jest ważny przez godzinę, dlatego wczorajszy już nie działa.',
        'Po pięciu nieudanych próbach logowania konto blokuje się automatycznie, żeby chronić je przed włamaniem.',
        'Wiadomość z linkiem czasem trafia do folderu Spam lub Oferty.',
      ],
      next: [
        'Wysłał[em|am] nowy link, który będzie aktywny przez najbliższą godzinę.',
        'Odblokował[em|am] konto, więc może się {Pan|Pani} zalogować już teraz.',
      ],
    },
    bug: {
      explain: [
        'Udało mi się odtworzyć błąd: przycisk eksportu nie reaguje, gdy raport ma ponad 500 wierszy.',
        'Błąd dotyczy tylko aplikacji na Androida, wersja w przeglądarce działa normalnie.',
        'Poprawka jest w wersji 4.2, która trafia dziś do sklepu z aplikacjami.',
      ],
      next: [
        'Do czasu aktualizacji proponuję korzystać z wersji w przeglądarce.',
        'Dołączył[em|am] {Pana|Pani} zgłoszenie do zadania programistów i napiszę, gdy poprawka będzie dostępna.',
      ],
    },
    returns: {
      explain: [
        'Nienoszone produkty można zwrócić w ciągu 30 dni od doręczenia.',
        'Paczka zwrotna dotarła do nas we wtorek i przeszła kontrolę jakości.',
      ],
      next: [
        'Wysłał[em|am] {Panu|Pani} bezpłatną etykietę zwrotną; wystarczy ją wydrukować i nadać paczkę w dowolnym punkcie.',
        'Gdy tylko kurier zeskanuje zwrot, wyślę nowy rozmiar.',
      ],
    },
    subscription: {
      explain: [
        'Subskrypcja odnawia się automatycznie piętnastego dnia każdego miesiąca.',
        'Po anulowaniu ma {Pan|Pani} dostęp do końca opłaconego okresu.',
        'Plan roczny kosztuje o dwa miesiące mniej niż płatność co miesiąc.',
      ],
      next: [
        'Anulował[em|am] subskrypcję, więc kolejne płatności nie będą pobierane.',
        'W każdej chwili może {Pan|Pani} wznowić plan na stronie konta.',
      ],
    },
    warranty: {
      explain: [
        'Ekspres jest objęty dwuletnią gwarancją do marca przyszłego roku.',
        'Gwarancja obejmuje wady materiałowe i fabryczne, w tym opisany problem z pompą.',
      ],
      next: [
        'Kurier odbierze urządzenie {day} między 9:00 a 13:00.',
        'Naprawa trwa zwykle pięć dni roboczych, a o wysyłce powrotnej poinformuję {Pana|Panią} e-mailem.',
      ],
    },
    appointment: {
      explain: [
        'Umówił[em|am] {Pana|Panią} na wizytę {day} o 10:30 u doktor Nowak.',
        'Termin można bezpłatnie zmienić najpóźniej 24 godziny przed wizytą.',
      ],
      next: ['Dzień przed wizytą wyślę {Panu|Pani} przypomnienie SMS-em.'],
    },
    travel: {
      explain: [
        'Linia lotnicza przesunęła {Pana|Pani} lot do Lizbony z 9:40 na 13:15.',
        'Ponieważ zmiana przekracza trzy godziny, można bezpłatnie zmienić rezerwację albo ją anulować.',
      ],
      next: ['Przebukował[em|am] {Pana|Panią} na wcześniejszy lot, a nowe dane są już w skrzynce e-mail.'],
    },
  },

  transitions: [
    'Sprawdził[em|am] też drugą sprawę, o którą {Pan pytał|Pani pytała}.',
    'Co do drugiego pytania, oto czego się dowiedział[em|am].',
  ],

  next: [
    'Odezwę się do {Pana|Pani} najpóźniej w piątek.',
    'Osobiście dopilnuję tej sprawy i jutro rano przekażę {Panu|Pani} informację.',
    'Zadzwonię dziś po południu, żeby omówić kolejne kroki.',
    'Zostawię zgłoszenie otwarte, dopóki nie potwierdzi {Pan|Pani}, że wszystko działa.',
    'Sprawdzę to jeszcze raz i dam znać, co ustalił[em|am].',
  ],

  closings: [
    'Czy mogę jeszcze w czymś pomóc?',
    'W razie pytań wystarczy odpowiedzieć na tę wiadomość.',
    'Dziękuję za cierpliwość i życzę miłego dnia.',
    'Jesteśmy do dyspozycji codziennie od 8:00 do 20:00.',
  ],
  chatClosings: ['Czy mogę jeszcze w czymś pomóc?', 'Miłego dnia!'],
  signoffs: [
    'Z poważaniem\n{agent}',
    'Pozdrawiam serdecznie\n{agent}',
    'Z wyrazami szacunku\n{agent}\nDział Obsługi Klienta',
    'Pozdrawiam\n{agent}',
  ],
  chatSignoffs: ['{agent}, Obsługa Klienta'],

  weak: {
    greetings: ['Witam,', 'Cześć,', 'Hej!'],
    closings: ['Przepraszamy za ewentualne niedogodności.', 'W razie dalszych pytań prosimy o kontakt.'],
    body: {
      negative: [
        'Niestety nie możemy zwrócić pieniędzy za produkty z promocji.',
        'Nie da się zmienić adresu po wysłaniu paczki.',
        'Niestety nic więcej nie możemy zrobić.',
        'To nie jest nasz problem, tylko firmy kurierskiej.',
      ],
      jargon: [
        'Zgłoszenie zostało eskalowane do drugiej linii wsparcia.',
        'SLA dla tej kolejki wynosi 72 godziny.',
        'Problem wynikał z timeoutu na backendzie po ostatnim deployu.',
        'Ticket ma status pending do czasu weryfikacji przez QA.',
      ],
      stiff: [
        'Uprzejmie informujemy, że {Pana|Pani} reklamacja zostanie rozpatrzona w terminie ustawowym.',
        'Wniosek został przekazany do właściwego działu celem dalszego procedowania.',
      ],
      blame: [
        '{Powinien Pan|Powinna Pani} przeczytać regulamin przed złożeniem zamówienia.',
        '{Podał Pan|Podała Pani} błędny adres, dlatego paczka wróciła.',
      ],
      hedge: [
        'Może ktoś się tym zajmie w przyszłym tygodniu.',
        'Chyba powinno już działać, ale nie jestem [pewien|pewna].',
      ],
      informal: ['Sprawdź skrzynkę i daj znać, czy doszło.', 'Musisz zresetować hasło jeszcze raz.'],
      caps: ['To jest PILNE i trzeba to zrobić DZISIAJ!!'],
      exclaim: ['Nie ma problemu!!'],
    },
  },
};
