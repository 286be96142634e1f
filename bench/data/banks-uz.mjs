// Uzbek (Latin script) sentence banks, formal address with Siz.
// Apostrophes are written as ASCII ' (o', g', ma'lumot), as most support
// teams type them and as reply-coach's own uz rule files do.
//
// Placeholders filled by compose.mjs: {agent}, {order}, {day} (e.g. "juma kuni").

export default {
  lang: 'uz',
  agents: [{ name: 'Malika Yusupova' }, { name: 'Bobur Karimov' }, { name: "Gulnora To'xtayeva" }, { name: 'Sherzod Aliyev' }],
  days: ['dushanba kuni', 'seshanba kuni', 'chorshanba kuni', 'payshanba kuni', 'juma kuni'],
  orderPrefix: '',

  greetings: [
    'Assalomu alaykum,',
    'Assalomu alaykum, Dilnoza opa!',
    'Assalomu alaykum, Jasur aka!',
    'Hurmatli Nodira Rahimova,',
    'Hurmatli Sardor Aliyev,',
    'Xayrli kun,',
    'Hurmatli Aziz Sobirov,',
  ],
  chatGreetings: ['Assalomu alaykum!', 'Xayrli kun!', 'Assalomu alaykum, Kamola opa!'],

  ack: [
    'Xabaringiz uchun rahmat.',
    "Buyurtmangiz bilan bog'liq noqulaylik uchun uzr so'rayman.",
    'Kechikkan posilkani kutish qanchalik noqulay ekanini tushunaman.',
    "Ma'lumotlarni tekshirayotganimda sabr qilganingiz uchun rahmat.",
    "Bizga bir necha marta yozishga majbur bo'lganingiz uchun uzr so'rayman.",
    'Muammoni batafsil tasvirlab berganingiz uchun rahmat, bu juda yordam berdi.',
    'Kartangizdan ikki marta pul yechilgani sizni xavotirga solganini tushunaman.',
    "Faqat bugun javob berayotganim uchun uzr so'rayman.",
    'Ekran rasmlarini yuborganingiz uchun rahmat.',
    'Masalani tezroq hal qilish siz uchun muhim ekanini tushunaman.',
  ],

  topics: {
    shipping: {
      explain: [
        "{order} raqamli buyurtmangizni tekshirdim: posilka kecha tushdan keyin omborimizdan jo'natildi.",
        "Kuryer bugun ertalab posilkani saralash markazida skanerladi, demak u yo'lda.",
        "Kechikish uzoq dam olish kunlaridan keyin posilkalar ko'payib ketgani sababli yuz berdi.",
      ],
      next: [
        "Kuryerdan posilkani birinchi navbatda yetkazishni so'radim va uning holatini {day} yana tekshiraman.",
        "Agar posilka jumagacha yetib kelmasa, sizga yangisini tezkor pochta orqali bepul jo'nataman.",
      ],
    },
    refunds: {
      explain: [
        "Xarid uchun ishlatilgan kartangizga 350 000 so'm qaytarishni rasmiylashtirdim.",
        'Pul bankingizga qarab besh ish kuni ichida hisobingizga tushadi.',
      ],
      next: [
        "Bank o'tkazmani tasdiqlashi bilan sizga elektron pochta orqali tasdiqnoma yuboraman.",
        "Agar pul jumagacha tushmasa, shu xatga javob yozing, o'zim tekshirib beraman.",
      ],
    },
    billing: {
      explain: [
        "Oyning uchinchi kuni kartangizdan ikki marta to'lov yechilganini ko'rib turibman.",
        "Ikkinchi summa vaqtinchalik bloklash bo'lib, bank uni avtomatik ravishda bekor qiladi.",
        "Barcha hisob-fakturalarni hisob sozlamalaridagi To'lovlar bo'limida topasiz.",
      ],
      next: ["Takroriy to'lovni bekor qildim, tuzatilgan hisob-fakturani ilova qilib yuboryapman."],
    },
    login: {
      explain: [
        'Parolni tiklash havolasi bir soat amal qiladi, shuning uchun kechagisi endi ishlamaydi.',
        'Besh marta muvaffaqiyatsiz kirishga urinishdan keyin hisobingiz xavfsizlik maqsadida bloklandi.',
        "Havola yozilgan xat ba'zan spam jildiga tushib qoladi.",
      ],
      next: [
        'Sizga yangi havola yubordim, u keyingi bir soat davomida amal qiladi.',
        "Hisobingizni blokdan chiqardim, hozirning o'zida tizimga kirishingiz mumkin.",
      ],
    },
    bug: {
      explain: [
        "Xatoni takrorlashga muvaffaq bo'ldim: hisobotda 500 dan ortiq qator bo'lsa, eksport tugmasi ishlamaydi.",
        'Xato faqat Android ilovasida uchraydi, veb-versiya odatdagidek ishlayapti.',
        "Tuzatish 4.2 versiyasida bo'ladi, u bugun ilovalar do'koniga chiqadi.",
      ],
      next: [
        'Yangilanish chiqquncha veb-versiyadan foydalanishingizni tavsiya qilaman.',
        "Murojaatingizni dasturchilar vazifasiga qo'shdim, tuzatish chiqishi bilan sizga xabar beraman.",
      ],
    },
    returns: {
      explain: [
        'Kiyilmagan mahsulotni yetkazib berilgan kundan boshlab 30 kun ichida qaytarishingiz mumkin.',
        "Qaytarilgan posilkangiz seshanba kuni bizga yetib keldi va sifat tekshiruvidan o'tdi.",
      ],
      next: [
        "Sizga bepul qaytarish yorlig'ini yubordim; uni chop etib, posilkani istalgan pochta bo'limiga topshirsangiz bo'ldi.",
      ],
    },
    subscription: {
      explain: [
        "Obunangiz har oyning o'n beshinchi sanasida avtomatik ravishda yangilanadi.",
        "Obunani bekor qilganingizdan keyin ham to'langan davr oxirigacha foydalanishingiz mumkin.",
      ],
      next: ["Obunangizni bekor qildim, boshqa to'lov yechilmaydi.", 'Obunani istalgan vaqtda hisob sahifasida qayta yoqishingiz mumkin.'],
    },
    warranty: {
      explain: [
        'Qahva mashinangizga kelgusi yilning martigacha ikki yillik kafolat amal qiladi.',
        'Kafolat ishlab chiqarishdagi nuqsonlarni, jumladan siz aytgan nasos muammosini ham qoplaydi.',
      ],
      next: [
        'Kuryer qurilmani {day} soat 9:00 dan 13:00 gacha olib ketadi.',
        "Ta'mirlash odatda besh ish kuni davom etadi, qurilma qaytarib jo'natilganda sizga xabar beraman.",
      ],
    },
    appointment: {
      explain: [
        'Sizni {day} soat 10:30 ga doktor Rahimova qabuliga yozdim.',
        "Qabul vaqtini 24 soat oldin bepul o'zgartirishingiz mumkin.",
      ],
      next: ['Qabuldan bir kun oldin sizga SMS orqali eslatma yuboraman.'],
    },
    travel: {
      explain: [
        "Aviakompaniya Lissabonga reysingizni 9:40 dan 13:15 ga ko'chirdi.",
        "O'zgarish uch soatdan oshgani uchun bronni bepul o'zgartirishingiz yoki bekor qilishingiz mumkin.",
      ],
      next: ["Sizni ertaroq reysga qayta bron qildim, yangi ma'lumotlarni elektron pochtangizga yubordim."],
    },
  },

  transitions: ['Ikkinchi savolingizni ham tekshirib chiqdim.', "Boshqa so'rovingiz bo'yicha quyidagilarni aniqladim."],

  next: [
    'Sizga eng kechi bilan juma kuni javob beraman.',
    'Bu masalani shaxsan nazorat qilaman va ertaga ertalab sizga xabar beraman.',
    "Bugun tushdan keyin sizga qo'ng'iroq qilib, keyingi qadamlarni muhokama qilamiz.",
    'Hammasi ishlayotganini tasdiqlamaguningizcha murojaatni ochiq qoldiraman.',
  ],

  closings: [
    'Yana biror narsada yordam bera olamanmi?',
    "Savollaringiz bo'lsa, shu xatga javob yozishingiz kifoya.",
    "Sabringiz uchun rahmat, kuningiz xayrli o'tsin.",
    'Biz har kuni soat 8:00 dan 20:00 gacha xizmatingizdamiz.',
  ],
  chatClosings: ['Yana biror narsada yordam bera olamanmi?', "Kuningiz xayrli o'tsin!"],
  signoffs: [
    'Hurmat bilan,\n{agent}',
    "Hurmat bilan,\n{agent}\nMijozlarni qo'llab-quvvatlash xizmati",
    'Eng yaxshi tilaklar bilan,\n{agent}',
  ],
  chatSignoffs: ["{agent}, qo'llab-quvvatlash xizmati"],

  weak: {
    greetings: ['Salom,', 'Hey!', 'Hurmatli mijoz,'],
    closings: ["Noqulayliklar uchun uzr so'raymiz.", "Qo'shimcha savollar bo'yicha murojaat qilishingiz mumkin."],
    body: {
      negative: [
        'Afsuski, chegirmadagi mahsulotlar uchun pulni qaytara olmaymiz.',
        "Posilka jo'natilgandan keyin manzilni o'zgartirib bo'lmaydi.",
        'Afsuski, boshqa hech narsa qila olmaymiz.',
        'Bu bizning muammomiz emas, kuryer kompaniyasining muammosi.',
      ],
      jargon: [
        'Tiketingiz ikkinchi liniya supportiga eskalatsiya qilindi.',
        'Bu navbat uchun SLA 72 soat.',
        'Muammo oxirgi deploydan keyin backenddagi timeout tufayli yuz berdi.',
      ],
      stiff: ["Ma'lum qilamizki, arizangiz belgilangan tartibda ko'rib chiqiladi.", "Murojaatingiz tegishli bo'limga yo'naltirildi."],
      blame: [
        "Buyurtma berishdan oldin shartlarni o'qib chiqishingiz kerak edi.",
        "Manzilni noto'g'ri kiritgansiz, shuning uchun posilka qaytib keldi.",
      ],
      hedge: ["Balki kelasi hafta kimdir bu bilan shug'ullanar.", 'Menimcha, endi ishlashi kerak, lekin aniq bilmayman.'],
      informal: ["Pochtangni tekshir, keldimi yo'qmi, ayt.", 'Parolni yana bir marta tiklashing kerak.'],
      caps: ['Bu SHOSHILINCH, BUGUN hal qilinishi kerak!!'],
      exclaim: ["Hech qisi yo'q!!"],
    },
  },
};
