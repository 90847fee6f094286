<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk" sourcelanguage="en">
    <context>
        <name>AccessionDialog</name>
        <message>
            <source>Purchase</source>
            <translation>Сатып алу</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Сыйға тарту</translation>
        </message>
        <message>
            <source>Book exchange</source>
            <translation>Кітап алмасу</translation>
        </message>
        <message>
            <source>State order</source>
            <translation>Мемлекеттік тапсырыс</translation>
        </message>
        <message>
            <source>Legal deposit</source>
            <translation>Міндетті тегін дана</translation>
        </message>
        <message>
            <source>Deadline {deadline}: met</source>
            <translation>Мерзімі {deadline}: сақталды</translation>
        </message>
        <message>
            <source>Deadline {deadline}: missed by {days} day(s)</source>
            <translation>Мерзімі {deadline}: {days} күнге кешіктірілді</translation>
        </message>
        <message>
            <source>New accession batch (акт приёма)</source>
            <translation>Жаңа қабылдау актісі</translation>
        </message>
        <message>
            <source>Supplier, donor or partner library</source>
            <translation>Жеткізуші, сыйлаушы немесе серіктес кітапхана</translation>
        </message>
        <message>
            <source>Invoice, deed of gift, list No.</source>
            <translation>Шот-фактура, сыйға тарту актісі, тізім №</translation>
        </message>
        <message>
            <source>Paper (30 calendar days)</source>
            <translation>Қағаз (30 күнтізбелік күн)</translation>
        </message>
        <message>
            <source>Electronic (3 working days)</source>
            <translation>Электрондық (3 жұмыс күні)</translation>
        </message>
        <message>
            <source>Date received:</source>
            <translation>Қабылданған күні:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Түсім көзі:</translation>
        </message>
        <message>
            <source>Supplier / partner:</source>
            <translation>Жеткізуші / серіктес:</translation>
        </message>
        <message>
            <source>Document No.:</source>
            <translation>Құжат №:</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>Құжат күні:</translation>
        </message>
        <message>
            <source>Print date:</source>
            <translation>Басылған күні:</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>Тасымалдағыш:</translation>
        </message>
        <message>
            <source>Printed on the acceptance act</source>
            <translation>Қабылдау актісінде басылады</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Ескертпе:</translation>
        </message>
        <message>
            <source>Open batch</source>
            <translation>Актіні ашу</translation>
        </message>
    </context>
    <context>
        <name>AddCopiesDialog</name>
        <message>
            <source>Add {n} copies? Each gets an inventory number that cannot be deleted.</source>
            <translation>{n} дана қосылсын ба? Әрқайсысы жойылмайтын инвентарлық нөмір алады.</translation>
        </message>
        <message>
            <source>Add copies</source>
            <translation>Даналарды қосу</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · batch {batch}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · акт {batch}</translation>
        </message>
        <message>
            <source>e.g. 2500.00</source>
            <translation>мысалы, 2500.00</translation>
        </message>
        <message>
            <source>Scan pre-printed labels here (optional)</source>
            <translation>Алдын ала басылған жапсырмаларды осында сканерлеңіз (міндетті емес)</translation>
        </message>
        <message>
            <source>Remove label</source>
            <translation>Жапсырманы алып тастау</translation>
        </message>
        <message>
            <source>Without labels, barcodes are made by the library's scheme.</source>
            <translation>Жапсырмасыз штрихкодтар кітапхананың сызбасы бойынша жасалады.</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Даналар:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Сақтау орны:</translation>
        </message>
        <message>
            <source>Price:</source>
            <translation>Бағасы:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Шифр:</translation>
        </message>
        <message>
            <source>Labels:</source>
            <translation>Жапсырмалар:</translation>
        </message>
        <message>
            <source>Label {code} was just scanned: counted once.</source>
            <translation>{code} жапсырмасы жаңа ғана сканерленді: бір рет есептелді.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN, not a copy label.</source>
            <translation>{code} — кітаптың ISBN-і, дана жапсырмасы емес.</translation>
        </message>
        <message>
            <source>Label {code} is already in the list.</source>
            <translation>{code} жапсырмасы тізімде бар.</translation>
        </message>
        <message>
            <source>Label {n}: {code}</source>
            <translation>{n}-жапсырма: {code}</translation>
        </message>
        <message>
            <source>Add a location first: copies must live somewhere.</source>
            <translation>Алдымен сақтау орнын қосыңыз: даналар бір жерде тұруы керек.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>'{price}' бағасы сан емес.</translation>
        </message>
        <message>
            <source>Adding {n} copies…</source>
            <translation>{n} дана қосылуда…</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>No audit selected: choose or open one.</source>
            <translation>Тексеру таңдалмаған: біреуін таңдаңыз немесе ашыңыз.</translation>
        </message>
        <message>
            <source>Audits…</source>
            <translation>Тексерулер…</translation>
        </message>
        <message>
            <source>Import scanner file…</source>
            <translation>Сканер файлын жүктеу…</translation>
        </message>
        <message>
            <source>Refresh results</source>
            <translation>Нәтижелерді жаңарту</translation>
        </message>
        <message>
            <source>Close audit…</source>
            <translation>Тексеруді жабу…</translation>
        </message>
        <message>
            <source>Scan a shelf's barcode, then its copies (or type and press Enter)</source>
            <translation>Сөренің штрихкодын, содан соң оның даналарын сканерлеңіз (не теріп, Enter басыңыз)</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Күтілетін</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Табылды</translation>
        </message>
        <message>
            <source>Missing so far</source>
            <translation>Әзірге табылмағаны</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>Орнында емес</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <source>Status conflicts</source>
            <translation>Мәртебе қайшылықтары</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Сақтау орны</translation>
        </message>
        <message>
            <source>Found / expected</source>
            <translation>Табылды / күтілетін</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Барысы</translation>
        </message>
        <message>
            <source>Inv. No.</source>
            <translation>Түг. №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Шифр</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Тиесілі орны</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>Табылған орны</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Бағасы</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Табылмағандар</translation>
        </message>
        <message>
            <source>Unknown barcodes</source>
            <translation>Белгісіз штрихкодтар</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Сканерлеулер</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Сканерленген уақыты</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кім</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Бірінші</translation>
        </message>
        <message>
            <source>Set apart at opening</source>
            <translation>Ашылғанда бөлек қойылғандар</translation>
        </message>
        <message>
            <source>Left during the audit</source>
            <translation>Тексеру кезінде шыққандар</translation>
        </message>
        <message>
            <source>Shelf order</source>
            <translation>Сөредегі реті</translation>
        </message>
        <message>
            <source>Scanned after</source>
            <translation>Кейін сканерленген</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV-ге экспорттау…</translation>
        </message>
        <message>
            <source>Move selected to where found</source>
            <translation>Таңдалғандарды табылған орнына ауыстыру</translation>
        </message>
        <message>
            <source>Restore selected missing copies</source>
            <translation>Таңдалған табылмаған даналарды қалпына келтіру</translation>
        </message>
        <message>
            <source>Open a record for this code</source>
            <translation>Осы код үшін жазбаны ашу</translation>
        </message>
        <message>
            <source>Audit {id} ({status}): {scope} — responsible: {who}</source>
            <translation>{id} тексеру ({status}): {scope} — жауапты: {who}</translation>
        </message>
        <message>
            <source>Shelf: {code}   Device: {device}</source>
            <translation>Сөре: {code}   Құрылғы: {device}</translation>
        </message>
        <message>
            <source>none yet — scan a shelf's barcode</source>
            <translation>әлі жоқ — сөренің штрихкодын сканерлеңіз</translation>
        </message>
        <message>
            <source>Scan {code} not counted: choose or open an audit first.</source>
            <translation>{code} сканы есептелмеді: алдымен тексеруді таңдаңыз немесе ашыңыз.</translation>
        </message>
        <message>
            <source>Shelf {shelf}: scan its copies.</source>
            <translation>{shelf} сөресі: оның даналарын сканерлеңіз.</translation>
        </message>
        <message>
            <source>Found: {copy}</source>
            <translation>Табылды: {copy}</translation>
        </message>
        <message>
            <source>Misplaced: {copy} belongs to {home}</source>
            <translation>Орнында емес: {copy} {home} орнына тиесілі</translation>
        </message>
        <message>
            <source>Unknown barcode {code}</source>
            <translation>Белгісіз штрихкод {code}</translation>
        </message>
        <message>
            <source>Already scanned: {copy}</source>
            <translation>Бұрын сканерленген: {copy}</translation>
        </message>
        <message>
            <source>Status conflict: {copy} is {status} in the books</source>
            <translation>Мәртебе қайшылығы: есеп бойынша {copy} — {status}</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV-ге экспорттау</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>{file} жазылуда…</translation>
        </message>
        <message>
            <source>Move {n} copies to the shelf they were found on?</source>
            <translation>{n} дана табылған сөресіне ауыстырылсын ба?</translation>
        </message>
        <message>
            <source>{n} copies done.</source>
            <translation>{n} дана дайын.</translation>
        </message>
        <message>
            <source>No copy has the barcode {code}, and it is not an ISBN. Catalog a new record for it (book template)?</source>
            <translation>{code} штрихкоды бар дана жоқ, бұл ISBN емес. Ол үшін жаңа жазба каталогтайсыз ба (кітап үлгісі)?</translation>
        </message>
        <message>
            <source>Scanner file</source>
            <translation>Сканер файлы</translation>
        </message>
        <message>
            <source>Name of the handheld scanner this file comes from:</source>
            <translation>Осы файл алынған қол сканерінің атауы:</translation>
        </message>
        <message>
            <source>Scanner files (*.txt *.csv *.dat);;All (*)</source>
            <translation>Сканер файлдары (*.txt *.csv *.dat);;Барлығы (*)</translation>
        </message>
        <message>
            <source>Importing scans…</source>
            <translation>Сканерлеулер жүктелуде…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Line {label}; {rejected} rejected</source>
            <translation>{label}-жол; {rejected} қабылданбады</translation>
        </message>
        <message>
            <source>{n} scans recorded, {old} lines imported before.</source>
            <translation>{n} сканерлеу жазылды, {old} жол бұрын жүктелген.</translation>
        </message>
        <message>
            <source>Cancelled: every scan before the stop is kept.</source>
            <translation>Болдырылмады: тоқтағанға дейінгі әр сканерлеу сақталды.</translation>
        </message>
        <message>
            <source>Close audit {id}? Copies not found become missing, and no more scans are taken.</source>
            <translation>{id} тексеруі жабылсын ба? Табылмаған даналар жоқ деп белгіленеді, бұдан әрі сканерлеу қабылданбайды.</translation>
        </message>
        <message>
            <source>Audit act</source>
            <translation>Қорды тексеру актісі</translation>
        </message>
        <message>
            <source>Audit closed: {n} copies marked missing. The act is in {path}.</source>
            <translation>Тексеру жабылды: {n} дана жоқ деп белгіленді. Акт: {path}.</translation>
        </message>
    </context>
    <context>
        <name>AuditsDialog</name>
        <message>
            <source>Audits</source>
            <translation>Тексерулер</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Ашылған</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Қамтуы</translation>
        </message>
        <message>
            <source>Work on the selected audit</source>
            <translation>Таңдалған тексерумен жұмыс істеу</translation>
        </message>
        <message>
            <source>Open a new audit</source>
            <translation>Жаңа тексеру ашу</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Жоспарлы</translation>
        </message>
        <message>
            <source>Change of materially responsible person</source>
            <translation>Материалдық жауапты тұлғаның ауысуы</translation>
        </message>
        <message>
            <source>Loss found</source>
            <translation>Жоғалу анықталды</translation>
        </message>
        <message>
            <source>Reorganisation or closure</source>
            <translation>Қайта ұйымдастыру немесе жабу</translation>
        </message>
        <message>
            <source>e.g. RR- (every location whose code begins so)</source>
            <translation>мысалы, RR- (коды осылай басталатын барлық орын)</translation>
        </message>
        <message>
            <source>names, separated by commas</source>
            <translation>аты-жөндері, үтір арқылы</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Себебі:</translation>
        </message>
        <message>
            <source>Locations:</source>
            <translation>Сақтау орындары:</translation>
        </message>
        <message>
            <source>Location prefixes:</source>
            <translation>Орын кодтарының басы:</translation>
        </message>
        <message>
            <source>Collections:</source>
            <translation>Қорлар:</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>Жауапты тұлға:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Комиссия мүшелері:</translation>
        </message>
        <message>
            <source>Open audit</source>
            <translation>Тексеруді ашу</translation>
        </message>
    </context>
    <context>
        <name>BindingPanel</name>
        <message>
            <source>New order</source>
            <translation>Жаңа тапсырыс</translation>
        </message>
        <message>
            <source>Bindery</source>
            <translation>Түптеу шеберханасы</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Түптеу</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Нұсқаулар</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Мерзімі</translation>
        </message>
        <message>
            <source>Cost, KZT</source>
            <translation>Құны, ₸</translation>
        </message>
        <message>
            <source>Scan into the order</source>
            <translation>Тапсырысқа сканерлеу</translation>
        </message>
        <message>
            <source>Scan back from the bindery</source>
            <translation>Түптеуден қайтқанын сканерлеу</translation>
        </message>
        <message>
            <source>Scan onto the waiting list</source>
            <translation>Күту тізіміне сканерлеу</translation>
        </message>
        <message>
            <source>Scan a copy's barcode</source>
            <translation>Дананың штрихкодын сканерлеңіз</translation>
        </message>
        <message>
            <source>Send order</source>
            <translation>Тапсырысты жіберу</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Тапсырыс</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Даналар</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Қайтпағаны</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Мерзімі өткен</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>МЕРЗІМІ ӨТКЕН</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Қайтарылды</translation>
        </message>
        <message>
            <source>Make an order from the waiting list</source>
            <translation>Күту тізімінен тапсырыс жасау</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Күту тізімі</translation>
        </message>
        <message>
            <source>Order {id}: {status}</source>
            <translation>{id} тапсырыс: {status}</translation>
        </message>
        <message>
            <source>Making up an order from the waiting list…</source>
            <translation>Күту тізімінен тапсырыс жасалуда…</translation>
        </message>
        <message>
            <source>Order {id} made up from the waiting list: {n} copies.</source>
            <translation>{id} тапсырысы күту тізімінен жасалды: {n} дана.</translation>
        </message>
        <message>
            <source>Order {id} opened: scan its copies.</source>
            <translation>{id} тапсырыс ашылды: оның даналарын сканерлеңіз.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Күтуде</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Қайтты</translation>
        </message>
        <message>
            <source>Open or choose an order first.</source>
            <translation>Алдымен тапсырысты ашыңыз немесе таңдаңыз.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Қосылды</translation>
        </message>
        <message>
            <source>Sending order {id}…</source>
            <translation>{id} тапсырысы жіберілуде…</translation>
        </message>
        <message>
            <source>Order {id} sent: {n} copies at the bindery.</source>
            <translation>{id} тапсырыс жіберілді: {n} дана түптеуде.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Delete the record «{title}»? This cannot be undone.</source>
            <translation>«{title}» жазбасы жойылсын ба? Мұны қайтару мүмкін емес.</translation>
        </message>
    </context>
    <context>
        <name>CompleteCopyDialog</name>
        <message>
            <source>Complete copy {number}</source>
            <translation>{number} данасын толықтыру</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Inventory No. {number} · barcode {barcode}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Инв. № {number} · штрихкод {barcode}</translation>
        </message>
        <message>
            <source>Scan the pre-printed label for this copy</source>
            <translation>Осы данаға арналған алдын ала басылған жапсырманы сканерлеңіз</translation>
        </message>
        <message>
            <source>Make a barcode by the library's scheme</source>
            <translation>Кітапхана сызбасы бойынша штрихкод жасау</translation>
        </message>
        <message>
            <source>Scan a label, edit the call number, choose the location; then save.</source>
            <translation>Жапсырманы сканерлеңіз, шифрды түзетіңіз, орынды таңдаңыз; содан кейін сақтаңыз.</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Жапсырма:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Шифр:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Орны:</translation>
        </message>
        <message>
            <source>This label is already on this copy.</source>
            <translation>Бұл жапсырма осы данада бар.</translation>
        </message>
        <message>
            <source>Label {code} goes on copy {number} when you save.</source>
            <translation>Сақтағанда {code} жапсырмасы {number} данасына жапсырылады.</translation>
        </message>
    </context>
    <context>
        <name>CopiesModel</name>
        <message>
            <source>in processing</source>
            <translation>өңдеуде</translation>
        </message>
        <message>
            <source>available</source>
            <translation>қолжетімді</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>оқырманда</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>түптеуде</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>жөндеуде</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>цифрлануда</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>табылмаған</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>есептен шығарылған</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>есептен шығаруға ұсынылған</translation>
        </message>
        <message>
            <source>Inventory No.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Шифр</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Сақтау орны</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Бағасы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(жапсырмасыз)</translation>
        </message>
    </context>
    <context>
        <name>CopyCatPanel</name>
        <message>
            <source>z3950://HOST:PORT/DB or http://HOST:PORT/PATH</source>
            <translation>z3950://HOST:PORT/DB немесе http://HOST:PORT/PATH</translation>
        </message>
        <message>
            <source>Title, author, ISBN or subject</source>
            <translation>Атауы, авторы, ISBN немесе тақырыбы</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Іздеу</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Жүктеу</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жылы</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Кімде бар</translation>
        </message>
        <message>
            <source>The accession batch the copies join</source>
            <translation>Даналар қосылатын қабылдау партиясы</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Даналарды қосу…</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Партия:</translation>
        </message>
        <message>
            <source>{number} of {date}</source>
            <translation>{number}, {date}</translation>
        </message>
        <message>
            <source>Searching {target}…</source>
            <translation>{target} ішінен іздеу…</translation>
        </message>
        <message>
            <source>{total} found in {target}, {shown} shown.</source>
            <translation>{target}: {total} табылды, {shown} көрсетілді.</translation>
        </message>
        <message>
            <source>There is no accession batch for the copies: open one at the intake desk.</source>
            <translation>Даналар үшін қабылдау партиясы жоқ: оны қабылдау үстелінде ашыңыз.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>{n} дана қосылды: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>DigitisationPanel</name>
        <message>
            <source>Scan copies to send</source>
            <translation>Жіберілетін даналарды сканерлеңіз</translation>
        </message>
        <message>
            <source>Scan a copy that came back</source>
            <translation>Қайтып келген дананы сканерлеңіз</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Нәтижені жазу</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Жіберу</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Қайтты</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Беттер</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Copy {code} is back: fill in its file and pages, then Record outcome.</source>
            <translation>{code} данасы қайтты: файлы мен беттерін толтырып, «Нәтижені жазу» батырмасын басыңыз.</translation>
        </message>
        <message>
            <source>Sent: {what}</source>
            <translation>Жіберілді: {what}</translation>
        </message>
        <message>
            <source>Copy {inv} is back: {file}</source>
            <translation>№ {inv} дана қайтты: {file}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export records</source>
            <translation>Жазбаларды экспорттау</translation>
        </message>
        <message>
            <source>Selected records ({n})</source>
            <translation>Таңдалған жазбалар ({n})</translation>
        </message>
        <message>
            <source>All records of the catalog</source>
            <translation>Каталогтың барлық жазбалары</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Шолу…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Пішімі:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Библиографиялық формат:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Жазбалар:</translation>
        </message>
        <message>
            <source>Output file:</source>
            <translation>Шығыс файл:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорттау</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Қайда экспорттау</translation>
        </message>
        <message>
            <source>Choose the output file.</source>
            <translation>Шығыс файлды таңдаңыз.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспортталуда…</translation>
        </message>
        <message>
            <source>{n} records written to {path}.</source>
            <translation>{path} файлына {n} жазба жазылды.</translation>
        </message>
        <message>
            <source>{n} records cannot be written in this format and were skipped:</source>
            <translation>Бұл пішімде {n} жазбаны жазу мүмкін емес, олар өткізіліп жіберілді:</translation>
        </message>
        <message>
            <source>record {id}: {reason}</source>
            <translation>{id} жазба: {reason}</translation>
        </message>
        <message>
            <source>The export failed: {message}</source>
            <translation>Экспорт сәтсіз аяқталды: {message}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Ready to scan.</source>
            <translation>Сканерлеуге дайын.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Qor — set up the library</source>
            <translation>Qor — кітапхананы баптау</translation>
        </message>
        <message>
            <source>This database has no library yet. Name the library, give its MARC organisation code (sigla, written to 003, 040 and 852) and create the first administrator.</source>
            <translation>Бұл дерекқорда әлі кітапхана жоқ. Кітапхананың атауын, MARC ұйым кодын (сигла, 003, 040 және 852 өрістеріне жазылады) енгізіп, алғашқы әкімшіні құрыңыз.</translation>
        </message>
        <message>
            <source>e.g. Ұлттық академиялық кітапхана</source>
            <translation>мысалы, Ұлттық академиялық кітапхана</translation>
        </message>
        <message>
            <source>e.g. KZ-AsNAB</source>
            <translation>мысалы, KZ-AsNAB</translation>
        </message>
        <message>
            <source>Load the demo catalog to try things on</source>
            <translation>Байқап көру үшін демо-каталогты жүктеу</translation>
        </message>
        <message>
            <source>About fifty real Kazakh, Russian and English records, with copies</source>
            <translation>Даналарымен бірге елуге жуық нақты қазақша, орысша және ағылшынша жазба</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Интерфейс тілі:</translation>
        </message>
        <message>
            <source>Library name:</source>
            <translation>Кітапхана атауы:</translation>
        </message>
        <message>
            <source>Sigla (MARC organisation code):</source>
            <translation>Сигла (MARC ұйым коды):</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Әкімші:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Құпиясөзді қайталаңыз:</translation>
        </message>
        <message>
            <source>Create the library</source>
            <translation>Кітапхананы құру</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз сәйкес келмейді.</translation>
        </message>
        <message>
            <source>The library is set up, but the demo catalog: {error}</source>
            <translation>Кітапхана құрылды, бірақ демо-каталог: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import MARC records</source>
            <translation>MARC жазбаларын жүктеу</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Файлдар қосу…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Тазалау</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Анықтау</translation>
        </message>
        <message>
            <source>MarcEdit .mrk</source>
            <translation>MarcEdit .mrk</translation>
        </message>
        <message>
            <source>Detect by the records</source>
            <translation>Жазбалар бойынша анықтау</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Өткізіп жіберу</translation>
        </message>
        <message>
            <source>Overlay the catalog's record (keeps its 001 and copies)</source>
            <translation>Каталогтағы жазбаның үстінен жазу (001 мен даналары сақталады)</translation>
        </message>
        <message>
            <source>Add them as new records</source>
            <translation>Жаңа жазба ретінде қосу</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Пішімі:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Кодталуы:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Библиографиялық формат:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Дублеттер:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Жүктеу</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Files:</source>
            <translation>Файлдар:</translation>
        </message>
        <message>
            <source>Choose MARC files</source>
            <translation>MARC файлдарын таңдаңыз</translation>
        </message>
        <message>
            <source>MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;All files (*)</source>
            <translation>MARC файлдары (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Add at least one file to import.</source>
            <translation>Жүктеу үшін кемінде бір файл қосыңыз.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Оқылуда…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Ағымдағы бөлік біткен соң тоқтатылады…</translation>
        </message>
        <message>
            <source>{done} records read, {rejected} rejected — {file}</source>
            <translation>{done} жазба оқылды, {rejected} қабылданбады — {file}</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({added} added anyway). Rejected: {rejected}.</source>
            <translation>Импортталды: {imported}. Қайталанатындар: {duplicates} (оның {added} бәрібір қосылды). Қабылданбады: {rejected}.</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({overlaid} overlaid). Rejected: {rejected}.</source>
            <translation>Жүктелді: {imported}. Дублеттер: {duplicates} ({overlaid} үстінен жазылды). Қабылданбады: {rejected}.</translation>
        </message>
        <message>
            <source>Converted to MARC 21: {rusmarc} from RUSMARC, {unimarc} from UNIMARC.</source>
            <translation>MARC 21 форматына түрлендірілді: RUSMARC-тан {rusmarc}, UNIMARC-тан {unimarc}.</translation>
        </message>
        <message>
            <source>The import was cancelled: the {n} records imported before it stopped were kept; the rest of the files was not read.</source>
            <translation>Жүктеу тоқтатылды: оған дейін жүктелген {n} жазба сақталды; файлдардың қалғаны оқылмады.</translation>
        </message>
        <message>
            <source>Warnings: {n} (those records were imported; see the list).</source>
            <translation>Ескертулер: {n} (бұл жазбалар импортталды; тізімді қараңыз).</translation>
        </message>
        <message>
            <source>Imported with a warning: {message}</source>
            <translation>Ескертумен импортталды: {message}</translation>
        </message>
        <message>
            <source>The import stopped: {message}</source>
            <translation>Жүктеу тоқтады: {message}</translation>
        </message>
    </context>
    <context>
        <name>IntakeScreen</name>
        <message>
            <source>New batch…</source>
            <translation>Жаңа акт…</translation>
        </message>
        <message>
            <source>Loading the batch…</source>
            <translation>Акт жүктелуде…</translation>
        </message>
        <message>
            <source>Accession batch:</source>
            <translation>Қабылдау актісі:</translation>
        </message>
        <message>
            <source>Scan a book's ISBN or a copy's barcode</source>
            <translation>Кітаптың ISBN-ін немесе дананың штрихкодын сканерлеңіз</translation>
        </message>
        <message>
            <source>Release mode: a scanned copy is released</source>
            <translation>Қорға беру режимі: сканерленген дана қорға беріледі</translation>
        </message>
        <message>
            <source>Scan:</source>
            <translation>Сканер:</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Даналарды қосу…</translation>
        </message>
        <message>
            <source>Look up in remote catalogs</source>
            <translation>Сыртқы каталогтардан іздеу</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>Кітап үлгісінен жаңа жазба</translation>
        </message>
        <message>
            <source>Release this copy</source>
            <translation>Бұл дананы қорға беру</translation>
        </message>
        <message>
            <source>Complete copy…</source>
            <translation>Дананы толықтыру…</translation>
        </message>
        <message>
            <source>Put a label on the copy, edit its call number, choose its location</source>
            <translation>Данаға жапсырма жапсыру, шифрын түзету, орнын таңдау</translation>
        </message>
        <message>
            <source>Release whole batch</source>
            <translation>Бүкіл актіні қорға беру</translation>
        </message>
        <message>
            <source>Labels…</source>
            <translation>Жапсырмалар…</translation>
        </message>
        <message>
            <source>Locations…</source>
            <translation>Орындар…</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>{n} дана</translation>
        </message>
        <message>
            <source>late</source>
            <translation>кешіктірілген</translation>
        </message>
        <message>
            <source>{n} copies in this batch, {waiting} in processing</source>
            <translation>Бұл актіде {n} дана, {waiting} өңдеуде</translation>
        </message>
        <message>
            <source>Batch {number} is open: scan the books.</source>
            <translation>{number} акт ашылды: кітаптарды сканерлеңіз.</translation>
        </message>
        <message>
            <source>Loading the batch: {code} is answered in a moment.</source>
            <translation>Акт жүктелуде: {code} сәлден кейін өңделеді.</translation>
        </message>
        <message>
            <source>{code} scanned again within a second: counted once.</source>
            <translation>{code} бір секунд ішінде қайта сканерленді: бір рет есептелді.</translation>
        </message>
        <message>
            <source>ISBN {isbn} is not in the catalog: look it up or make a record.</source>
            <translation>ISBN {isbn} каталогта жоқ: оны іздеңіз немесе жазба жасаңыз.</translation>
        </message>
        <message>
            <source>New book &lt;b&gt;{isbn}&lt;/b&gt;. &lt;i&gt;Look up in remote catalogs&lt;/i&gt; to copy a record, or start one from the book template.</source>
            <translation>Жаңа кітап &lt;b&gt;{isbn}&lt;/b&gt;. Жазбаны көшіру үшін &lt;i&gt;сыртқы каталогтардан іздеңіз&lt;/i&gt; немесе кітап үлгісінен бастаңыз.</translation>
        </message>
        <message>
            <source>{n} records have ISBN {isbn}: choose one.</source>
            <translation>ISBN {isbn} {n} жазбада бар: біреуін таңдаңыз.</translation>
        </message>
        <message>
            <source>«{title}» is in the catalog ({held} copies held).</source>
            <translation>«{title}» каталогта бар (қорда {held} дана).</translation>
        </message>
        <message>
            <source>{code} is a shelf location, not a copy.</source>
            <translation>{code} — сөре орны, дана емес.</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>{code} штрихкоды бар дана жоқ.</translation>
        </message>
        <message>
            <source>{code} is neither a book's ISBN nor a barcode of this library.</source>
            <translation>{code} — кітаптың ISBN-і де, осы кітапхананың штрихкоды да емес.</translation>
        </message>
        <message>
            <source>Copy {number} · «{title}» · {status}</source>
            <translation>№ {number} дана · «{title}» · {status}</translation>
        </message>
        <message>
            <source>missing: {what}</source>
            <translation>жетіспейді: {what}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;record {control} · {held} copies held</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;жазба {control} · қорда {held} дана</translation>
        </message>
        <message>
            <source>Inventory No. {number} · barcode {barcode} · {status}</source>
            <translation>Инв. № {number} · штрихкод {barcode} · {status}</translation>
        </message>
        <message>
            <source>Location {location} · call number {call}</source>
            <translation>Сақтау орны {location} · шифр {call}</translation>
        </message>
        <message>
            <source>Missing for release: {what}</source>
            <translation>Қорға беру үшін жетіспейді: {what}</translation>
        </message>
        <message>
            <source>Ready for release.</source>
            <translation>Қорға беруге дайын.</translation>
        </message>
        <message>
            <source>Choose or open an accession batch first.</source>
            <translation>Алдымен қабылдау актісін таңдаңыз немесе ашыңыз.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>{n} дана қосылды: {numbers}</translation>
        </message>
        <message>
            <source>No remote catalog is configured: add one on the Union catalog screen.</source>
            <translation>Сыртқы каталог бапталмаған: оны «Жиынтық каталог» экранында қосыңыз.</translation>
        </message>
        <message>
            <source>Looking up {isbn} in {n} catalog(s)…</source>
            <translation>{isbn} {n} каталогтан ізделуде…</translation>
        </message>
        <message>
            <source>No remote catalog has ISBN {isbn}.</source>
            <translation>Сыртқы каталогтардың ешқайсысында ISBN {isbn} жоқ.</translation>
        </message>
        <message>
            <source>{n} record(s) found for {isbn}: choose one.</source>
            <translation>{isbn} бойынша {n} жазба табылды: біреуін таңдаңыз.</translation>
        </message>
        <message>
            <source>Record «{title}» created.</source>
            <translation>«{title}» жазбасы құрылды.</translation>
        </message>
        <message>
            <source>Release the {n} copies in processing of batch {number} to the fund?</source>
            <translation>{number} партиясының өңдеудегі {n} данасы қорға берілсін бе?</translation>
        </message>
        <message>
            <source>Releasing the batch's copies…</source>
            <translation>Актінің даналары қорға берілуде…</translation>
        </message>
        <message>
            <source>Nothing in processing to release.</source>
            <translation>Қорға беретін өңдеудегі дана жоқ.</translation>
        </message>
        <message>
            <source>Released: copy {number} · «{title}»</source>
            <translation>Қорға берілді: № {number} дана · «{title}»</translation>
        </message>
        <message>
            <source>{n} copies released.</source>
            <translation>{n} дана қорға берілді.</translation>
        </message>
        <message>
            <source>{n} refused.</source>
            <translation>{n} бас тартылды.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not released&lt;/b&gt; (what is missing):</source>
            <translation>&lt;b&gt;Қорға берілмеді&lt;/b&gt; (не жетіспейді):</translation>
        </message>
        <message>
            <source>Not released: {why}</source>
            <translation>Қорға берілмеді: {why}</translation>
        </message>
        <message>
            <source>Copy {number} saved.</source>
            <translation>{number} данасы сақталды.</translation>
        </message>
        <message>
            <source>Locations added: {codes}</source>
            <translation>Орындар қосылды: {codes}</translation>
        </message>
    </context>
    <context>
        <name>KaznebPanel</name>
        <message>
            <source>Scan a copy of the record</source>
            <translation>Жазбаның данасын сканерлеңіз</translation>
        </message>
        <message>
            <source>printed matter</source>
            <translation>баспа басылымдары</translation>
        </message>
        <message>
            <source>rare books and manuscripts</source>
            <translation>сирек кітаптар мен қолжазбалар</translation>
        </message>
        <message>
            <source>socially significant works</source>
            <translation>мемлекеттік бағдарламалар шеңберінде шығарылған қоғамдық маңызы бар әдебиеттер мен басылымдар</translation>
        </message>
        <message>
            <source>legal-deposit copies</source>
            <translation>міндетті тегін даналар</translation>
        </message>
        <message>
            <source>research reports, dissertations, abstracts</source>
            <translation>ғылыми есептер, диссертациялар, авторефераттар</translation>
        </message>
        <message>
            <source>local-history works</source>
            <translation>өлкетану шығармалары</translation>
        </message>
        <message>
            <source>editions for blind and partially sighted</source>
            <translation>зағип және нашар көретіндерге арналған басылымдар</translation>
        </message>
        <message>
            <source>copyrighted works (author's agreement)</source>
            <translation>авторлық құқықпен қорғалған шығармалар (автормен шарт)</translation>
        </message>
        <message>
            <source>e.g. agreement No. 15/2026</source>
            <translation>мысалы, № 15/2026 шарт</translation>
        </message>
        <message>
            <source>Mark as KazNEB candidate</source>
            <translation>ҚазҰЭК-ке ұсыну</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Санат</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Беттер</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Шарт</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Белгіленді</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Author's agreement</source>
            <translation>Автормен шарт</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>{code} штрихкоды бар дана жоқ.</translation>
        </message>
        <message>
            <source>Scan a copy of the record first.</source>
            <translation>Алдымен жазбаның данасын сканерлеңіз.</translation>
        </message>
        <message>
            <source>{title} is a KazNEB candidate ({category}, {pages} pages).</source>
            <translation>{title} ҚазҰЭК-ке ұсынылды ({category}, {pages} бет).</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>A4 sheet, 3 × 8 labels of 70 × 37 mm (24 per sheet)</source>
            <translation>A4 парақ, 70 × 37 мм 3 × 8 жапсырма (парақта 24)</translation>
        </message>
        <message>
            <source>A4 sheet, 3 × 7 labels of 70 × 42.3 mm (21 per sheet)</source>
            <translation>A4 парақ, 70 × 42,3 мм 3 × 7 жапсырма (парақта 21)</translation>
        </message>
        <message>
            <source>A4 sheet, 2 × 8 labels of 99.1 × 33.9 mm (16 per sheet)</source>
            <translation>A4 парақ, 99,1 × 33,9 мм 2 × 8 жапсырма (парақта 16)</translation>
        </message>
        <message>
            <source>Roll of 58 × 40 mm labels, one label per page</source>
            <translation>58 × 40 мм жапсырмалар орамы, бетке бір жапсырма</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Жапсырмалар</translation>
        </message>
        <message>
            <source>This batch ({n})</source>
            <translation>Осы акт ({n})</translation>
        </message>
        <message>
            <source>Selected ({n})</source>
            <translation>Таңдалғандар ({n})</translation>
        </message>
        <message>
            <source>Barcode labels</source>
            <translation>Штрихкод жапсырмалары</translation>
        </message>
        <message>
            <source>Spine labels</source>
            <translation>Түбірлік жапсырмалар</translation>
        </message>
        <message>
            <source>One line of the spine label per line</source>
            <translation>Әр жолға түбірлік жапсырманың бір жолы</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Даналар:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Үлгі:</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Бастапқы жапсырма:</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Басып шығару:</translation>
        </message>
        <message>
            <source>Spine lines of the copy chosen below:</source>
            <translation>Төменде таңдалған дананың түбірлік жолдары:</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>Бет:</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF сақтау…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Nothing to print: choose copies and label kinds.</source>
            <translation>Басатын ештеңе жоқ: даналар мен жапсырма түрлерін таңдаңыз.</translation>
        </message>
        <message>
            <source>Preview unavailable (pypdfium2 is not installed).</source>
            <translation>Алдын ала қарау қолжетімсіз (pypdfium2 орнатылмаған).</translation>
        </message>
        <message>
            <source>{labels} labels on {pages} page(s) of {template}.</source>
            <translation>{template}: {pages} бетте {labels} жапсырма.</translation>
        </message>
        <message>
            <source>Warning: written off or to be written off: {numbers}.</source>
            <translation>Назар аударыңыз: есептен шығарылған немесе есептен шығаруға ұсынылған: {numbers}.</translation>
        </message>
        <message>
            <source>Saved {path} ({pages} page(s)).</source>
            <translation>{path} сақталды ({pages} бет).</translation>
        </message>
        <message>
            <source>Save labels</source>
            <translation>Жапсырмаларды сақтау</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print labels for copies that are written off?</source>
            <translation>Есептен шығарылған даналарға жапсырма басып шығарасыз ба?</translation>
        </message>
    </context>
    <context>
        <name>LastResort</name>
        <message>
            <source>Qor</source>
            <translation>Qor</translation>
        </message>
        <message>
            <source>Qor met an error it did not expect: {error}

What you were doing may not have been saved. The details are in the log file {path}; please send it to whoever looks after Qor in your library.</source>
            <translation>Qor күтпеген қатеге тап болды: {error}

Істеп жатқан жұмысыңыз сақталмаған болуы мүмкін. Толығырақ мәлімет журнал файлында: {path}; оны кітапханаңызда Qor-ды қарайтын адамға жіберіңіз.</translation>
        </message>
    </context>
    <context>
        <name>LocationsDialog</name>
        <message>
            <source>Locations</source>
            <translation>Орындар</translation>
        </message>
        <message>
            <source>e.g. ABON or KS-1</source>
            <translation>мысалы, ABON немесе KS-1</translation>
        </message>
        <message>
            <source>optional: scan the shelf's label</source>
            <translation>міндетті емес: сөре жапсырмасын сканерлеңіз</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Орын қосу</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Коды:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Атауы:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Бөлім:</translation>
        </message>
        <message>
            <source>Shelf barcode:</source>
            <translation>Сөре штрихкоды:</translation>
        </message>
        <message>
            <source>shelf barcode {barcode}</source>
            <translation>сөре штрихкоды {barcode}</translation>
        </message>
        <message>
            <source>No locations yet: add the first one.</source>
            <translation>Әзірге орын жоқ: біріншісін қосыңыз.</translation>
        </message>
        <message>
            <source>Location {code} added.</source>
            <translation>{code} орны қосылды.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>{library} — {user} — Qor</source>
            <translation>{library} — {user} — Qor</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Қабылдау</translation>
        </message>
        <message>
            <source>Audits</source>
            <translation>Тексерулер</translation>
        </message>
        <message>
            <source>Preservation</source>
            <translation>Сақталуы</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Есеп құжаттары</translation>
        </message>
        <message>
            <source>Union catalog</source>
            <translation>Жиынтық каталог</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Import MARC…</source>
            <translation>MARC жүктеу…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорттау…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Шығу</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Баптаулар…</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>Пайдаланушылар…</translation>
        </message>
        <message>
            <source>Migrate from IRBIS…</source>
            <translation>IRBIS-тен көшіру…</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Жазба</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>Кітап үлгісінен жаңа жазба</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Өңдеу</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Жою…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Табу</translation>
        </message>
        <message>
            <source>Scan field</source>
            <translation>Сканер өрісі</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пернетақта тіркесімдері</translation>
        </message>
        <message>
            <source>About Qor</source>
            <translation>Qor туралы</translation>
        </message>
        <message>
            <source>User: {user} ({roles})</source>
            <translation>Пайдаланушы: {user} ({roles})</translation>
        </message>
        <message>
            <source>Database: {url}</source>
            <translation>Дерекқор: {url}</translation>
        </message>
        <message>
            <source>Connected as a superuser</source>
            <translation>Суперпайдаланушы ретінде қосылған</translation>
        </message>
        <message>
            <source>Qor will speak the new language when it is started again.</source>
            <translation>Qor келесі іске қосылғанда жаңа тілде сөйлейді.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Cataloging, intake and fund accounting for the libraries of Kazakhstan.&lt;br&gt;Library: {library} ({sigla})</source>
            <translation>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Қазақстан кітапханаларына арналған каталогтау, қабылдау және қорды есепке алу.&lt;br&gt;Кітапхана: {library} ({sigla})</translation>
        </message>
    </context>
    <context>
        <name>MarcEditor</name>
        <message>
            <source>New record</source>
            <translation>Жаңа жазба</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Жазбаны өңдеу</translation>
        </message>
        <message>
            <source>Leader:</source>
            <translation>Маркер:</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Тег</translation>
        </message>
        <message>
            <source>Ind1</source>
            <translation>Инд1</translation>
        </message>
        <message>
            <source>Ind2</source>
            <translation>Инд2</translation>
        </message>
        <message>
            <source>Subfields / data</source>
            <translation>Ішкі өрістер / деректер</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Өріс қосу</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Өрісті жою</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Жоғары</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Төмен</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Кесте</translation>
        </message>
        <message>
            <source>Text (.mrk)</source>
            <translation>Мәтін (.mrk)</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>Ақаулар:</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Тексеру</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сақтау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Discard the changes made to this record?</source>
            <translation>Жазбаға енгізілген өзгерістерден бас тартасыз ба?</translation>
        </message>
        <message>
            <source>Kept by the catalog: the local control number and code.</source>
            <translation>Каталог жүргізеді: жергілікті бақылау нөмірі мен коды.</translation>
        </message>
        <message>
            <source>The leader has {n} characters instead of 24.</source>
            <translation>Маркерде 24 таңбаның орнына {n} таңба.</translation>
        </message>
        <message>
            <source>Row {row}: a tag has three characters, not '{tag}'.</source>
            <translation>{row}-жол: тег үш таңбадан тұрады, '{tag}' емес.</translation>
        </message>
        <message>
            <source>Row {row}, field {tag}: {problem}.</source>
            <translation>{row}-жол, {tag} өрісі: {problem}.</translation>
        </message>
        <message>
            <source>001 and 003 are kept by the catalog.</source>
            <translation>001 мен 003 өрістерін каталог жүргізеді.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Ақау табылмады.</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s).</source>
            <translation>{errors} қате, {warnings} ескерту.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Қате</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Ескерту</translation>
        </message>
        <message>
            <source>(row {n})</source>
            <translation>({n}-жол)</translation>
        </message>
        <message>
            <source>The record has {n} error(s); correct them before saving.</source>
            <translation>Жазбада {n} қате бар; сақтамас бұрын түзетіңіз.</translation>
        </message>
        <message>
            <source>The record has {n} warning(s). Save it anyway?</source>
            <translation>Жазбада {n} ескерту бар. Бәрібір сақтау керек пе?</translation>
        </message>
    </context>
    <context>
        <name>MigrationWizard</name>
        <message>
            <source>number used twice in the source</source>
            <translation>дереккөзде екі рет қолданылған нөмір</translation>
        </message>
        <message>
            <source>no number (б/н)</source>
            <translation>нөмірсіз (б/н)</translation>
        </message>
        <message>
            <source>status Qor does not know</source>
            <translation>Qor білмейтін мәртебе</translation>
        </message>
        <message>
            <source>barcode another copy has</source>
            <translation>басқа данада бар штрихкод</translation>
        </message>
        <message>
            <source>temporarily unavailable: in processing until released</source>
            <translation>уақытша қолжетімсіз: қорға берілгенше өңдеуде</translation>
        </message>
        <message>
            <source>in transit: available (still in the fund)</source>
            <translation>жолда: қолжетімді (қорда)</translation>
        </message>
        <message>
            <source>reserved: available (on its shelf)</source>
            <translation>брондалған: қолжетімді (сөресінде)</translation>
        </message>
        <message>
            <source>Migrate a fund from IRBIS64</source>
            <translation>Қорды IRBIS64-тен көшіру</translation>
        </message>
        <message>
            <source>an IRBIS64 database (.mst), its folder, or an export</source>
            <translation>IRBIS64 дерекқоры (.mst), оның қалтасы немесе экспорт</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>Файл…</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Қалта…</translation>
        </message>
        <message>
            <source>optional: CSV of IRBIS place of storage, Qor location code</source>
            <translation>міндетті емес: IRBIS сақтау орны мен Qor орын коды бар CSV</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Дереккөз:</translation>
        </message>
        <message>
            <source>Location map:</source>
            <translation>Орындар сәйкестігі:</translation>
        </message>
        <message>
            <source>Start with a dry run: it shows what would be created and changes nothing.</source>
            <translation>Сынақтан бастаңыз: ол не құрылатынын көрсетеді және ештеңені өзгертпейді.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Не</translation>
        </message>
        <message>
            <source>Count or detail</source>
            <translation>Саны немесе мәлімет</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Сынақ жүргізу</translation>
        </message>
        <message>
            <source>Migrate</source>
            <translation>Көшіру</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>Save the worklist…</source>
            <translation>Таңбалау тізімін сақтау…</translation>
        </message>
        <message>
            <source>A CSV of every migrated copy that lacks a barcode, location or call number, or is flagged for the librarian</source>
            <translation>Штрихкоды, орны немесе шифры жоқ не кітапханашыға белгіленген әрбір көшірілген данасының CSV файлы</translation>
        </message>
        <message>
            <source>IRBIS64 database or export</source>
            <translation>IRBIS64 дерекқоры немесе экспорты</translation>
        </message>
        <message>
            <source>IRBIS64 (*.mst *.iso *.txt);;All files (*)</source>
            <translation>IRBIS64 (*.mst *.iso *.txt);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>IRBIS64 database folder</source>
            <translation>IRBIS64 дерекқорының қалтасы</translation>
        </message>
        <message>
            <source>Location map</source>
            <translation>Сақтау орындарының сәйкестігі</translation>
        </message>
        <message>
            <source>CSV (*.csv);;All files (*)</source>
            <translation>CSV (*.csv);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <source>Save the worklist</source>
            <translation>Таңбалау тізімін сақтау</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The worklist was not saved: {reason}</source>
            <translation>Таңбалау тізімі сақталмады: {reason}</translation>
        </message>
        <message>
            <source>{n} copies on the worklist, saved to {file}</source>
            <translation>Тізімде {n} дана, {file} файлына сақталды</translation>
        </message>
        <message>
            <source>Dry run: reading the source…</source>
            <translation>Сынақ: дереккөз оқылуда…</translation>
        </message>
        <message>
            <source>Migrating…</source>
            <translation>Көшірілуде…</translation>
        </message>
        <message>
            <source>{n} records read…</source>
            <translation>{n} жазба оқылды…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Ағымдағы топтан кейін тоқтатылады…</translation>
        </message>
        <message>
            <source>The migration stopped: {reason}</source>
            <translation>Көшіру тоқтады: {reason}</translation>
        </message>
        <message>
            <source>Cancelled. What was committed stays; migrating again resumes where it stopped.</source>
            <translation>Тоқтатылды. Сақталғаны қалады; қайта көшіру тоқтаған жерінен жалғасады.</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed. This is what a migration would create.</source>
            <translation>Сынақ: ештеңе өзгерген жоқ. Көшіру мыналарды құрар еді.</translation>
        </message>
        <message>
            <source>Migration finished. Running it again adds nothing.</source>
            <translation>Көшіру аяқталды. Қайта іске қосу ештеңе қоспайды.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Жазбалар</translation>
        </message>
        <message>
            <source>Records migrated before (skipped now)</source>
            <translation>Бұрын көшірілген жазбалар (қазір өткізілді)</translation>
        </message>
        <message>
            <source>Logically deleted records (skipped)</source>
            <translation>Логикалық жойылған жазбалар (өткізілді)</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Даналар</translation>
        </message>
        <message>
            <source>Group holdings (copies counted by amount)</source>
            <translation>Топтық есеп (саны бойынша есептелген даналар)</translation>
        </message>
        <message>
            <source>Awaited copies (not in the fund yet, left out)</source>
            <translation>Күтілетін даналар (әлі қорда жоқ, алынбады)</translation>
        </message>
        <message>
            <source>Locations created</source>
            <translation>Құрылған сақтау орындары</translation>
        </message>
        <message>
            <source>Accession batches</source>
            <translation>Қабылдау актілері</translation>
        </message>
        <message>
            <source>Copies with status: {status}</source>
            <translation>Мәртебесі бар даналар: {status}</translation>
        </message>
        <message>
            <source>IRBIS status {code}: nearest Qor status</source>
            <translation>IRBIS мәртебесі {code}: Qor-дағы ең жақын мәртебе</translation>
        </message>
        <message>
            <source>IRBIS status {code}: unknown to Qor, held in processing</source>
            <translation>IRBIS мәртебесі {code}: Qor білмейді, өңдеуде ұсталады</translation>
        </message>
        <message>
            <source>Flagged for the librarian: {flag}</source>
            <translation>Кітапханашыға белгіленді: {flag}</translation>
        </message>
        <message>
            <source>Labelling worklist: {lack}</source>
            <translation>Таңбалау тізімі: {lack}</translation>
        </message>
        <message>
            <source>Fields with no MARC 21 home (kept in 887)</source>
            <translation>MARC 21-де орны жоқ өрістер (887-де сақталды)</translation>
        </message>
        <message>
            <source>Copy subfields kept with the copies</source>
            <translation>Данамен сақталған ішкі өрістер</translation>
        </message>
        <message>
            <source>Rejected: {record}</source>
            <translation>Қабылданбады: {record}</translation>
        </message>
        <message>
            <source>Flagged: {record}, inventory number {number}</source>
            <translation>Белгіленді: {record}, инвентарлық нөмір {number}</translation>
        </message>
        <message>
            <source>{n} more flagged copies</source>
            <translation>Тағы {n} белгіленген дана</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one: Save the worklist…</source>
            <translation>таңбалау тізімінің CSV файлында бәрі бар: Таңбалау тізімін сақтау…</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one after the migration</source>
            <translation>көшіруден кейін таңбалау тізімінің CSV файлында бәрі болады</translation>
        </message>
        <message>
            <source>Warning: {record}</source>
            <translation>Ескерту: {record}</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Жаңа пайдаланушы</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Пайдаланушы аты:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Толық аты-жөні:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Рөлдер:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Password of {user}</source>
            <translation>{user} құпиясөзі</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Құпиясөзді қайталаңыз:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Екі құпиясөз сәйкес емес.</translation>
        </message>
    </context>
    <context>
        <name>PreservationScreen</name>
        <message>
            <source>Binding</source>
            <translation>Түптеу</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Жөндеу</translation>
        </message>
        <message>
            <source>Digitisation</source>
            <translation>Цифрландыру</translation>
        </message>
        <message>
            <source>Repair reports</source>
            <translation>Жөндеу есептері</translation>
        </message>
        <message>
            <source>KazNEB</source>
            <translation>ҚазҰЭК</translation>
        </message>
    </context>
    <context>
        <name>RatePanel</name>
        <message>
            <source>Foreign prices in tenge</source>
            <translation>Шетел валютасындағы бағалар теңгемен</translation>
        </message>
        <message>
            <source>tenge for one unit, e.g. 470,50</source>
            <translation>бір бірлік үшін теңге, мысалы 470,50</translation>
        </message>
        <message>
            <source>Value in tenge</source>
            <translation>Теңгемен бағалау</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>Қабылдау актісі</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Бағам</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, {left} not valued</source>
            <translation>{day} күнгі {number}: {currency} бағасындағы {n} дана, {left} данасы бағаланбаған</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, at {rate}</source>
            <translation>{day} күнгі {number}: {currency} бағасындағы {n} дана, бағамы {rate}</translation>
        </message>
        <message>
            <source>No copy is priced in another currency.</source>
            <translation>Шетел валютасында бағаланған дана жоқ.</translation>
        </message>
        <message>
            <source>{n} copies priced in {currency} valued at {rate} for one unit.</source>
            <translation>{currency} бағасындағы {n} дана бір бірлігі {rate} бағамымен бағаланды.</translation>
        </message>
    </context>
    <context>
        <name>RecordChoiceDialog</name>
        <message>
            <source>Choose the record</source>
            <translation>Жазбаны таңдаңыз</translation>
        </message>
        <message>
            <source>{n} records in the catalog have ISBN {isbn}. Which is this book?</source>
            <translation>Каталогта ISBN {isbn} бар {n} жазба бар. Бұл кітап қайсысы?</translation>
        </message>
        <message>
            <source>{title} — {author} · {publisher} {year} · record {control} · {held} copies held</source>
            <translation>{title} — {author} · {publisher} {year} · жазба {control} · {held} дана бар</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Card</source>
            <translation>Карточка</translation>
        </message>
        <message>
            <source>MARC</source>
            <translation>MARC</translation>
        </message>
        <message>
            <source>Select a record to see its card.</source>
            <translation>Карточкасын көру үшін жазбаны таңдаңыз.</translation>
        </message>
        <message>
            <source>001 {number}
Created {created} by {creator}
Updated {updated} by {updater}</source>
            <translation>001 {number}
Құрылған: {created}, {creator}
Жаңартылған: {updated}, {updater}</translation>
        </message>
    </context>
    <context>
        <name>RegistersScreen</name>
        <message>
            <source>Print the last act</source>
            <translation>Соңғы актіні басып шығару</translation>
        </message>
        <message>
            <source>Head and commission…</source>
            <translation>Басшы және комиссия…</translation>
        </message>
        <message>
            <source>No act was drawn up in this session.</source>
            <translation>Бұл сеанста акт жасалмады.</translation>
        </message>
    </context>
    <context>
        <name>RemoteHitsDialog</name>
        <message>
            <source>ISBN {isbn} in remote catalogs</source>
            <translation>Сыртқы каталогтардағы ISBN {isbn}</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жылы</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Кімде бар</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>{n} жазба табылды.</translation>
        </message>
        <message>
            <source>Import and add copies</source>
            <translation>Жүктеп, даналарды қосу</translation>
        </message>
    </context>
    <context>
        <name>RepairPanel</name>
        <message>
            <source>Scan the repaired copy</source>
            <translation>Жөнделген дананы сканерлеңіз</translation>
        </message>
        <message>
            <source>Log repair</source>
            <translation>Жөндеуді тіркеу</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Жөндеу</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Орындаған</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Күні</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Материалдар</translation>
        </message>
        <message>
            <source>Time, minutes</source>
            <translation>Уақыты, минут</translation>
        </message>
        <message>
            <source>Condition before</source>
            <translation>Бұрынғы күйі</translation>
        </message>
        <message>
            <source>Condition after</source>
            <translation>Кейінгі күйі</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минут</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Кейін</translation>
        </message>
        <message>
            <source>Scan the repaired copy first.</source>
            <translation>Алдымен жөнделген дананы сканерлеңіз.</translation>
        </message>
        <message>
            <source>Repair {id} of copy {inv} logged.</source>
            <translation>№ {inv} дананың {id} жөндеуі тіркелді.</translation>
        </message>
    </context>
    <context>
        <name>RepairReportPanel</name>
        <message>
            <source>by type of repair</source>
            <translation>жөндеу түрі бойынша</translation>
        </message>
        <message>
            <source>by month</source>
            <translation>ай бойынша</translation>
        </message>
        <message>
            <source>by who did them</source>
            <translation>орындаушы бойынша</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Бүкіл тарих</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF сақтау…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Топ</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Жөндеулер</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Даналар</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минут</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <source>{repairs} repairs, {minutes} minutes.</source>
            <translation>{repairs} жөндеу, {minutes} минут.</translation>
        </message>
        <message>
            <source>Reading the repairs…</source>
            <translation>Жөндеулер оқылуда…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Есепті сақтау</translation>
        </message>
        <message>
            <source>Saved {out}.</source>
            <translation>{out} сақталды.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Registers</source>
            <translation>Есеп құжаттары</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Бүкіл тарихы</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Мүшелері, ';' арқылы бөліп</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>PDF сақтау…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Есеп құжаты</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Бастап</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Дейін</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Тілі</translation>
        </message>
        <message>
            <source>Act / audit id</source>
            <translation>Акт / тексеру id</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Комиссия төрағасы</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Комиссия мүшелері</translation>
        </message>
        <message>
            <source>Save register</source>
            <translation>Есеп құжатын сақтау</translation>
        </message>
        <message>
            <source>Writing {kind}…</source>
            <translation>{kind} жазылуда…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <source>{label}: {done}</source>
            <translation>{label}: {done}</translation>
        </message>
        <message>
            <source>Saved {out} ({figures}).</source>
            <translation>{out} сақталды ({figures}).</translation>
        </message>
        <message>
            <source>received</source>
            <translation>түсті</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>шығарылды</translation>
        </message>
        <message>
            <source>at the start</source>
            <translation>басында</translation>
        </message>
        <message>
            <source>at the end</source>
            <translation>соңында</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>жолдар</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>беттер</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>нысандар</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>даналар</translation>
        </message>
        <message>
            <source>total</source>
            <translation>барлығы</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>тексеру</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жылы</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>001</source>
            <translation>001</translation>
        </message>
    </context>
    <context>
        <name>ScanRouter</name>
        <message>
            <source>{code} was just scanned: counted once.</source>
            <translation>{code} жаңа ғана сканерленді: бір рет есептелді.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: finish or close this window first.</source>
            <translation>{code} сканы қабылданбады: алдымен осы терезені аяқтаңыз немесе жабыңыз.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: this screen takes no scans.</source>
            <translation>{code} сканы қабылданбады: бұл экран сканерлеуді қабылдамайды.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: words of title, author, subject; ISBN; 001; ti: au: year: …</source>
            <translation>Іздеу: атаудың, автордың, тақырыптың сөздері; ISBN; 001; ti: au: year: …</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Ең соңғылары</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Авторы</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Жылы</translation>
        </message>
        <message>
            <source>Sort:</source>
            <translation>Сұрыптау:</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Ізделуде…</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 жазба</translation>
        </message>
        <message>
            <source>%s records</source>
            <translation>%s жазба</translation>
        </message>
        <message>
            <source>Search failed</source>
            <translation>Іздеу сәтсіз</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Баптаулар</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Интерфейс тілі:</translation>
        </message>
        <message>
            <source>A new language applies when Qor is started again.</source>
            <translation>Жаңа тіл Qor қайта іске қосылғанда қолданылады.</translation>
        </message>
        <message>
            <source>none (e.g. \x02 for STX)</source>
            <translation>жоқ (мысалы, STX үшін \x02)</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> мс</translation>
        </message>
        <message>
            <source>&amp;Tab ends a scan, as Enter does</source>
            <translation>&amp;Tab сканерлеуді Enter сияқты аяқтайды</translation>
        </message>
        <message>
            <source>&amp;Sound for each scan result</source>
            <translation>Әр сканерлеу нәтижесіне &amp;дыбыс</translation>
        </message>
        <message>
            <source>Barcode scanner</source>
            <translation>Штрихкод сканері</translation>
        </message>
        <message>
            <source>&amp;Prefix it sends:</source>
            <translation>Жіберетін &amp;префиксі:</translation>
        </message>
        <message>
            <source>S&amp;uffix it sends:</source>
            <translation>Жіберетін &amp;суффиксі:</translation>
        </message>
        <message>
            <source>Keys at most this far apart are a &amp;scan:</source>
            <translation>Пернелер арасы осыдан аспаса — &amp;сканерлеу:</translation>
        </message>
        <message>
            <source>The same code again within this counts &amp;once:</source>
            <translation>Осы уақытта қайталанған код &amp;бір рет саналады:</translation>
        </message>
        <message>
            <source>This library (all workstations)</source>
            <translation>Осы кітапхана (барлық жұмыс орындары)</translation>
        </message>
        <message>
            <source>Adding more copies than this at once asks to &amp;type their number:</source>
            <translation>Бір мезгілде осыдан көп дана қосқанда олардың санын &amp;теру сұралады:</translation>
        </message>
        <message>
            <source>The scanner's prefix or suffix is not readable: {error}</source>
            <translation>Сканердің префиксі немесе суффиксі оқылмайды: {error}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Qor — sign in</source>
            <translation>Qor — кіру</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пайдаланушы:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Кіру</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Head and commission</source>
            <translation>Басшы және комиссия</translation>
        </message>
        <message>
            <source>e.g. Library director</source>
            <translation>мысалы, Кітапхана директоры</translation>
        </message>
        <message>
            <source>One member per line</source>
            <translation>Әр жолға бір мүше</translation>
        </message>
        <message>
            <source>Head's position</source>
            <translation>Басшының лауазымы</translation>
        </message>
        <message>
            <source>Head's name</source>
            <translation>Басшының аты-жөні</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Комиссия төрағасы</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Комиссия мүшелері</translation>
        </message>
        <message>
            <source>Catalog record address</source>
            <translation>Каталогтағы жазба мекенжайы</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Commit (shadow registers)</source>
            <translation>Бекіту (көлеңкелі)</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Сынақ іске қосу</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхрондау</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Болдырмау</translation>
        </message>
        <message>
            <source>Union catalog:</source>
            <translation>Жиынтық каталог:</translation>
        </message>
        <message>
            <source>new</source>
            <translation>жаңа</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>өзгерген</translation>
        </message>
        <message>
            <source>withdraw</source>
            <translation>алып тастау</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>өзгермеген</translation>
        </message>
        <message>
            <source>%v of %m records</source>
            <translation>%m жазбаның %v</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Өзгерістер</translation>
        </message>
        <message>
            <source>The fields changed in the selected record</source>
            <translation>Таңдалған жазбада өзгерген өрістер</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Нәтиже</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Іске қосу</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Басталды</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Нысана</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Жіберілді</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Жаңартылды</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Алынып тасталды</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Сәтсіз</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Қате</translation>
        </message>
        <message>
            <source>Pending changes</source>
            <translation>Күтудегі өзгерістер</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Өрістер</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Есеп</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Тарих</translation>
        </message>
        <message>
            <source>{n} record(s) waiting to go up.</source>
            <translation>{n} жазба жіберуді күтуде.</translation>
        </message>
        <message>
            <source>Choose a union catalog to list them.</source>
            <translation>Оларды тізімдеу үшін жиынтық каталогты таңдаңыз.</translation>
        </message>
        <message>
            <source>The first {n} are listed.</source>
            <translation>Алғашқы {n} жазба тізімде көрсетілген.</translation>
        </message>
        <message>
            <source>Choose a union catalog or type its z3950:// address.</source>
            <translation>Жиынтық каталогты таңдаңыз немесе оның z3950:// мекенжайын теріңіз.</translation>
        </message>
        <message>
            <source>Reading the outbox…</source>
            <translation>Жіберілетіндер оқылуда…</translation>
        </message>
        <message>
            <source>No password for {user} at {target} in the keyring: set it under Targets.</source>
            <translation>Кілттер қоймасында {target} үшін {user} құпиясөзі жоқ: оны «Нысаналар» бөлімінде орнатыңыз.</translation>
        </message>
        <message>
            <source>Sending to {target}…</source>
            <translation>{target} мекенжайына жіберілуде…</translation>
        </message>
        <message>
            <source>Sent and checked {done} of {total}: {label}</source>
            <translation>{total} ішінен {done} жіберіліп, тексерілді: {label}</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Ағымдағы бөлік біткен соң тоқтатылады…</translation>
        </message>
    </context>
    <context>
        <name>TargetEditor</name>
        <message>
            <source>Sync target (records go up to it)</source>
            <translation>Синхрондау нысанасы (жазбалар соған жіберіледі)</translation>
        </message>
        <message>
            <source>Search target (copy cataloging)</source>
            <translation>Іздеу нысанасы (көшіріп каталогтау)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>күні</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>Нысананы өзгерту</translation>
        </message>
        <message>
            <source>Add target</source>
            <translation>Нысана қосу</translation>
        </message>
        <message>
            <source>/DATABASE (SRU only)</source>
            <translation>/ДЕРЕКҚОР (тек SRU)</translation>
        </message>
        <message>
            <source>empty: anonymous</source>
            <translation>бос болса: анонимді</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>кілттер қоймасында сақтаулы: өзгертпеу үшін бос қалдырыңыз</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>жүйелік кілттер қоймасында сақталады, ешқашан файлда емес</translation>
        </message>
        <message>
            <source>Send the commit package (shadow registers)</source>
            <translation>Растау пакетін жіберу (көлеңкелі регистрлер)</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Индекс</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Ондағы атауы</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Атауы:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Рөлі:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Түрі:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Хост:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Порт:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Дерекқор:</translation>
        </message>
        <message>
            <source>SRU path:</source>
            <translation>SRU жолы:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пайдаланушы:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Құпиясөз:</translation>
        </message>
        <message>
            <source>Index profile (empty: the target cannot be searched by it):</source>
            <translation>Индекстер профилі (бос болса: нысанадан ол бойынша іздеу мүмкін емес):</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Union catalog targets</source>
            <translation>Жиынтық каталог нысаналары</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Рөлі</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Мекенжайы</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Құпиясөз</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Қосу…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Өзгерту…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Жою</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>анонимді</translation>
        </message>
        <message>
            <source>in the keyring</source>
            <translation>кілттер қоймасында</translation>
        </message>
        <message>
            <source>Remove the target {name} and forget its password?</source>
            <translation>{name} нысанасын жойып, оның құпиясөзін ұмыту керек пе?</translation>
        </message>
    </context>
    <context>
        <name>UnionCatalogScreen</name>
        <message>
            <source>Send to the union catalog</source>
            <translation>Жиынтық каталогқа жіберу</translation>
        </message>
        <message>
            <source>Copy cataloging</source>
            <translation>Көшіріп каталогтау</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>Нысаналар…</translation>
        </message>
        <message>
            <source>Configure the union catalogs and search targets, and their passwords</source>
            <translation>Жиынтық каталогтарды, іздеу нысаналарын және олардың құпиясөздерін баптау</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>Пайдаланушылар</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пайдаланушы</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Толық аты-жөні</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Рөлдер</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Пайдаланушы қосу…</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Құпиясөз орнату…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Өшіру</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <source>active</source>
            <translation>белсенді</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>өшірілген</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Қосу</translation>
        </message>
        <message>
            <source>The password of {user} was changed.</source>
            <translation>{user} құпиясөзі өзгертілді.</translation>
        </message>
        <message>
            <source>Deactivate {user}? They will no longer be able to sign in; what they did stays in the log under their name.</source>
            <translation>{user} өшірілсін бе? Ол енді жүйеге кіре алмайды; оның істегені журналда өз атымен қалады.</translation>
        </message>
    </context>
    <context>
        <name>WriteOffPanel</name>
        <message>
            <source>Write-off act</source>
            <translation>Есептен шығару актісі</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Мүшелері, ';' арқылы бөліп</translation>
        </message>
        <message>
            <source>Scan the copies to write off</source>
            <translation>Есептен шығарылатын даналарды сканерлеңіз</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Мәртебесі</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Бағасы</translation>
        </message>
        <message>
            <source>Designation or title of a group holding</source>
            <translation>Топтық қордың белгісі немесе атауы</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Табу</translation>
        </message>
        <message>
            <source>Add amount</source>
            <translation>Санын қосу</translation>
        </message>
        <message>
            <source>Group holding</source>
            <translation>Топтық қор</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Саны</translation>
        </message>
        <message>
            <source>Take off the act</source>
            <translation>Актіден алып тастау</translation>
        </message>
        <message>
            <source>Group holdings (counted by amount)</source>
            <translation>Топтық қорлар (санымен есептелетін)</translation>
        </message>
        <message>
            <source>Draw up the act</source>
            <translation>Акт жасау</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Тізімді тазалау</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <source>Act date</source>
            <translation>Акт күні</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Комиссия төрағасы</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Комиссия мүшелері</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Дана</translation>
        </message>
        <message>
            <source>Approved by (the head's name)</source>
            <translation>Бекіткен (басшының аты-жөні)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Бекіту</translation>
        </message>
        <message>
            <source>Cancel the act</source>
            <translation>Актінің күшін жою</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Өзгерту</translation>
        </message>
        <message>
            <source>Draft acts</source>
            <translation>Акт жобалары</translation>
        </message>
        <message>
            <source>Draft act {number} saved: {n} copies, {value}.</source>
            <translation>{number} акт жобасы сақталды: {n} дана, {value}.</translation>
        </message>
        <message>
            <source>{name} ({location}): {left} of {amount} left</source>
            <translation>{name} ({location}): {amount} дананың {left} данасы қалды</translation>
        </message>
        <message>
            <source>Group holding {name} has {left} copies left to write off; {amount} asked.</source>
            <translation>{name} топтық қорында есептен шығаруға {left} дана қалды; {amount} дана сұралды.</translation>
        </message>
        <message>
            <source>{number}: {n} copies, {value}</source>
            <translation>{number}: {n} дана, {value}</translation>
        </message>
        <message>
            <source>{n} copies, {value}</source>
            <translation>{n} дана, {value}</translation>
        </message>
        <message>
            <source>Draft act {number} (id {id}): {n} copies, {value}.</source>
            <translation>{number} акт жобасы (id {id}): {n} дана, {value}.</translation>
        </message>
        <message>
            <source>Editing draft act {number}.</source>
            <translation>{number} акт жобасы өзгертілуде.</translation>
        </message>
        <message>
            <source>Enter who approved the act.</source>
            <translation>Актіні кім бекіткенін енгізіңіз.</translation>
        </message>
        <message>
            <source>Approve act {act}? Its copies leave the fund; this cannot be undone.</source>
            <translation>{act} актісін бекітесіз бе? Оның даналары қордан шығарылады; мұны кері қайтаруға болмайды.</translation>
        </message>
        <message>
            <source>Act {number} approved: {n} copies written off.</source>
            <translation>{number} актісі бекітілді: {n} дана есептен шығарылды.</translation>
        </message>
        <message>
            <source>Cancel act {act}? Its copies go back to the fund.</source>
            <translation>{act} актісінің күшін жоясыз ба? Оның даналары қорға қайтарылады.</translation>
        </message>
        <message>
            <source>Act {number} cancelled.</source>
            <translation>{number} актісінің күші жойылды.</translation>
        </message>
        <message>
            <source>Save the draft</source>
            <translation>Жобаны сақтау</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>{code} штрихкоды бар дана жоқ.</translation>
        </message>
        <message>
            <source>Copy {number} is already in the act.</source>
            <translation>{number} данасы актіде бар.</translation>
        </message>
        <message>
            <source>Copy {number} «{title}» added ({n} in the act).</source>
            <translation>{number} «{title}» данасы қосылды (актіде {n}).</translation>
        </message>
        <message>
            <source>Scan the copies to write off first.</source>
            <translation>Алдымен есептен шығарылатын даналарды сканерлеңіз.</translation>
        </message>
        <message>
            <source>Draw up a write-off act for {n} copies ({reason})? They are held until the act is approved or cancelled.</source>
            <translation>{n} данаға есептен шығару актісін жасайсыз ба ({reason})? Акт бекітілгенше немесе оның күші жойылғанша даналар ұсталып тұрады.</translation>
        </message>
        <message>
            <source>Refused: {what}</source>
            <translation>Бас тартылды: {what}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>add copies</source>
            <translation>даналарды қосу</translation>
        </message>
        <message>
            <source>add locations</source>
            <translation>сақтау орындарын қосу</translation>
        </message>
        <message>
            <source>add users</source>
            <translation>пайдаланушыларды қосу</translation>
        </message>
        <message>
            <source>change the numbering settings</source>
            <translation>нөмірлеу баптауларын өзгерту</translation>
        </message>
        <message>
            <source>close audits</source>
            <translation>тексерулерді жабу</translation>
        </message>
        <message>
            <source>collect copies for binding</source>
            <translation>түптеуге даналар жинау</translation>
        </message>
        <message>
            <source>configure union catalog targets</source>
            <translation>жиынтық каталогтарды баптау</translation>
        </message>
        <message>
            <source>create records</source>
            <translation>жазбалар құру</translation>
        </message>
        <message>
            <source>delete records</source>
            <translation>жазбаларды жою</translation>
        </message>
        <message>
            <source>edit records</source>
            <translation>жазбаларды өңдеу</translation>
        </message>
        <message>
            <source>import records</source>
            <translation>жазбаларды жүктеу</translation>
        </message>
        <message>
            <source>keep the exchange lists</source>
            <translation>алмасу тізімдерін жүргізу</translation>
        </message>
        <message>
            <source>label copies</source>
            <translation>даналарға жапсырма жапсыру</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>пайдаланушылар тізімін көру</translation>
        </message>
        <message>
            <source>log digitisation</source>
            <translation>цифрландыруды тіркеу</translation>
        </message>
        <message>
            <source>log repairs</source>
            <translation>жөндеуді тіркеу</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>сақтық көшірмелер жасау</translation>
        </message>
        <message>
            <source>make up binding orders</source>
            <translation>түптеу тапсырыстарын жасақтау</translation>
        </message>
        <message>
            <source>mark records as already in the union catalog</source>
            <translation>жазбаларды жиынтық каталогта бар деп белгілеу</translation>
        </message>
        <message>
            <source>move copies</source>
            <translation>даналарды ауыстыру</translation>
        </message>
        <message>
            <source>open accession batches</source>
            <translation>қабылдау актілерін ашу</translation>
        </message>
        <message>
            <source>open audits</source>
            <translation>тексерулерді ашу</translation>
        </message>
        <message>
            <source>print labels</source>
            <translation>жапсырмаларды басып шығару</translation>
        </message>
        <message>
            <source>propose records to KazNEB</source>
            <translation>жазбаларды ҚазҰЭК-ке ұсыну</translation>
        </message>
        <message>
            <source>read audits</source>
            <translation>тексерулерді қарау</translation>
        </message>
        <message>
            <source>receive copies from the bindery</source>
            <translation>даналарды түптеуден қабылдау</translation>
        </message>
        <message>
            <source>release copies</source>
            <translation>даналарды қорға беру</translation>
        </message>
        <message>
            <source>restore missing copies</source>
            <translation>табылмаған даналарды қалпына келтіру</translation>
        </message>
        <message>
            <source>scan in audits</source>
            <translation>тексеруде сканерлеу</translation>
        </message>
        <message>
            <source>send binding orders</source>
            <translation>түптеу тапсырыстарын жіберу</translation>
        </message>
        <message>
            <source>send copies for digitisation</source>
            <translation>даналарды цифрландыруға жіберу</translation>
        </message>
        <message>
            <source>send records to the union catalog</source>
            <translation>жазбаларды жиынтық каталогқа жіберу</translation>
        </message>
        <message>
            <source>write copies off</source>
            <translation>даналарды есептен шығару</translation>
        </message>
        <message>
            <source>approve write-off acts</source>
            <translation>есептен шығару актілерін бекіту</translation>
        </message>
        <message>
            <source>migrate a fund</source>
            <translation>қорды көшіру</translation>
        </message>
        <message>
            <source>change the library's settings</source>
            <translation>кітапхана баптауларын өзгерту</translation>
        </message>
        <message>
            <source>change other users' passwords</source>
            <translation>басқа пайдаланушылардың құпиясөзін өзгерту</translation>
        </message>
        <message>
            <source>deactivate users</source>
            <translation>пайдаланушыларды өшіру</translation>
        </message>
        <message>
            <source>export records</source>
            <translation>жазбаларды экспорттау</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>UDC</source>
            <translation>ӘОЖ</translation>
        </message>
        <message>
            <source>DDC</source>
            <translation>ДДЖ</translation>
        </message>
        <message>
            <source>LCC</source>
            <translation>LCC</translation>
        </message>
        <message>
            <source>BBK</source>
            <translation>КБЖ</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Жіктеу</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>hard cover</source>
            <translation>қатты мұқаба</translation>
        </message>
        <message>
            <source>paperback rebinding</source>
            <translation>жұмсақ мұқабаны қайта түптеу</translation>
        </message>
        <message>
            <source>rebinding</source>
            <translation>қайта түптеу</translation>
        </message>
        <message>
            <source>restoration</source>
            <translation>қалпына келтіру</translation>
        </message>
        <message>
            <source>spine replacement</source>
            <translation>түбін ауыстыру</translation>
        </message>
        <message>
            <source>other</source>
            <translation>басқа</translation>
        </message>
        <message>
            <source>collecting</source>
            <translation>жиналуда</translation>
        </message>
        <message>
            <source>partly returned</source>
            <translation>ішінара қайтарылды</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>қайтарылды</translation>
        </message>
        <message>
            <source>re-gluing loose pages</source>
            <translation>түскен беттерді желімдеу</translation>
        </message>
        <message>
            <source>mending tears</source>
            <translation>жыртылған жерлерді жамау</translation>
        </message>
        <message>
            <source>gluing the cover</source>
            <translation>мұқабаны желімдеу</translation>
        </message>
        <message>
            <source>spine</source>
            <translation>түбі</translation>
        </message>
        <message>
            <source>digitise</source>
            <translation>цифрландыру</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>көшірме жасау</translation>
        </message>
        <message>
            <source>heavily used</source>
            <translation>жиі пайдаланылады</translation>
        </message>
        <message>
            <source>valuable</source>
            <translation>құнды</translation>
        </message>
        <message>
            <source>rare</source>
            <translation>сирек</translation>
        </message>
        <message>
            <source>wear</source>
            <translation>тозу</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>жоғалу</translation>
        </message>
        <message>
            <source>outdated content</source>
            <translation>мазмұны ескірген</translation>
        </message>
        <message>
            <source>not in the library's profile</source>
            <translation>кітапхана бейініне сәйкес емес</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>дублет</translation>
        </message>
        <message>
            <source>lost by a reader, replaced</source>
            <translation>оқырман жоғалтып, орнын толтырған</translation>
        </message>
        <message>
            <source>summary accounting book (КСУ)</source>
            <translation>жиынтық есеп кітабы (ЖЕК)</translation>
        </message>
        <message>
            <source>inventory book</source>
            <translation>инвентарлық кітап</translation>
        </message>
        <message>
            <source>accession act</source>
            <translation>қабылдау актісі</translation>
        </message>
        <message>
            <source>write-off act</source>
            <translation>есептен шығару актісі</translation>
        </message>
        <message>
            <source>audit act</source>
            <translation>қорды тексеру актісі</translation>
        </message>
        <message>
            <source>KazNEB application</source>
            <translation>ҚазҰЭК-ке өтінім</translation>
        </message>
        <message>
            <source>in processing</source>
            <translation>өңдеуде</translation>
        </message>
        <message>
            <source>available</source>
            <translation>қолжетімді</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>оқырманда</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>түптеуде</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>жөндеуде</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>цифрлануда</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>табылмаған</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>есептен шығарылған</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>есептен шығаруға ұсынылған</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>жіберілді</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>жаңартылды</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>алынып тасталды</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>өзгеріссіз</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>сәтсіз</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>күтуде</translation>
        </message>
        <message>
            <source>running</source>
            <translation>орындалуда</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>аяқталды</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>үзілді</translation>
        </message>
        <message>
            <source>open</source>
            <translation>ашық</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>жабық</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>жоспарлы</translation>
        </message>
        <message>
            <source>change of materially responsible person</source>
            <translation>материалдық жауапты тұлғаның ауысуы</translation>
        </message>
        <message>
            <source>loss found</source>
            <translation>жоғалу анықталды</translation>
        </message>
        <message>
            <source>reorganisation or closure</source>
            <translation>қайта ұйымдастыру немесе жабу</translation>
        </message>
        <message>
            <source>title</source>
            <translation>атауы</translation>
        </message>
        <message>
            <source>author</source>
            <translation>авторы</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>тақырыбы</translation>
        </message>
        <message>
            <source>any word</source>
            <translation>кез келген сөз</translation>
        </message>
        <message>
            <source>local number</source>
            <translation>жергілікті нөмір</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>Confirm</source>
            <translation>Растау</translation>
        </message>
        <message>
            <source>Type {what} to confirm:</source>
            <translation>Растау үшін {what} деп теріңіз:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Бас тарту</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>Demo catalog: {records} records, {copies} copies in {batches} accession batches ({released} released, the rest in processing), locations {locations}.</source>
            <translation>Демо-каталог: {records} жазба, {batches} қабылдау актісінде {copies} дана ({released} қорға берілді, қалғаны өңдеуде), сақтау орындары {locations}.</translation>
        </message>
        <message>
            <source>The demo catalog is already loaded.</source>
            <translation>Демо-каталог бұрын жүктелген.</translation>
        </message>
    </context>
    <context>
        <name>desk</name>
        <message>
            <source>{code} was just scanned: counted once.</source>
            <translation>{code} жаңа ғана сканерленді: бір рет есептелді.</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>binding order</source>
            <translation>түптеу тапсырысы</translation>
        </message>
        <message>
            <source>open digitisation of copy</source>
            <translation>дананың ашық цифрландыруы</translation>
        </message>
        <message>
            <source>repair entry</source>
            <translation>жөндеу жазбасы</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The database has no library yet: run the first-run setup (qor init).</source>
            <translation>Дерекқорда әлі кітапхана жоқ: алғашқы баптауды іске қосыңыз (qor init).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> немесе </translation>
        </message>
        <message>
            <source>User '{user}' may not {action}: it needs the role {needed}.</source>
            <translation>'{user}' пайдаланушысы {action} құқығына ие емес: {needed} рөлі қажет.</translation>
        </message>
        <message>
            <source>Wrong user name or password for '{user}'.</source>
            <translation>'{user}' үшін пайдаланушы аты немесе құпиясөз қате.</translation>
        </message>
        <message>
            <source>A user named '{name}' already exists.</source>
            <translation>'{name}' атты пайдаланушы бар.</translation>
        </message>
        <message>
            <source>No record {ref} in the catalog.</source>
            <translation>Каталогта {ref} жазбасы жоқ.</translation>
        </message>
        <message>
            <source>{file}, record {index}: {reason}</source>
            <translation>{file}, {index}-жазба: {reason}</translation>
        </message>
        <message>
            <source>The record has errors: </source>
            <translation>Жазбада қателер бар: </translation>
        </message>
        <message>
            <source>Inventory number {number} cannot be changed or removed: inventory numbers are never changed, corrected or removed, and never given to another copy.</source>
            <translation>{number} инвентарлық нөмірін өзгертуге немесе жоюға болмайды: инвентарлық нөмірлері ешқашан өзгертілмейді, түзетілмейді, жойылмайды және басқа данаға берілмейді.</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number} of «{title}».</source>
            <translation>{barcode} штрихкоды «{title}» кітабының № {number} данасында тұр.</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number}.</source>
            <translation>{barcode} штрихкоды № {number} данада тұр.</translation>
        </message>
        <message>
            <source>copy {number}: {what}</source>
            <translation>№ {number} дана: {what}</translation>
        </message>
        <message>
            <source>Copy {number} cannot go from '{old}' to '{new}'.</source>
            <translation>№ {number} дана '{old}' күйінен '{new}' күйіне өте алмайды.</translation>
        </message>
        <message>
            <source>A copy cannot go from '{old}' to '{new}'.</source>
            <translation>Дана '{old}' күйінен '{new}' күйіне өте алмайды.</translation>
        </message>
        <message>
            <source>Copy {number} is '{status}': labels are put on copies only while they are in processing.</source>
            <translation>№ {number} дана — '{status}': жапсырмалар даналарға тек өңдеу кезінде жапсырылады.</translation>
        </message>
        <message>
            <source>No copy {ref} in the fund.</source>
            <translation>Қорда {ref} данасы жоқ.</translation>
        </message>
        <message>
            <source>No location '{code}': add it first (qor locations add).</source>
            <translation>'{code}' сақтау орны жоқ: алдымен оны қосыңыз (qor locations add).</translation>
        </message>
        <message>
            <source>A location '{code}' (or one with that barcode) already exists.</source>
            <translation>'{code}' сақтау орны (немесе осындай штрихкоды бар орын) бар.</translation>
        </message>
        <message>
            <source>No accession batch {ref}.</source>
            <translation>{ref} қабылдау актісі жоқ.</translation>
        </message>
        <message>
            <source>No {kind} {ref}.</source>
            <translation>{ref}: {kind} жоқ.</translation>
        </message>
        <message>
            <source>No write-off act {ref}.</source>
            <translation>{ref} есептен шығару актісі жоқ.</translation>
        </message>
        <message>
            <source>No audit {ref}.</source>
            <translation>{ref} тексеруі жоқ.</translation>
        </message>
        <message>
            <source>Other stock-checkers kept finding copies of {file} while it was imported: its lines from line {line} on are not saved. Import the file again to add them.</source>
            <translation>Файл импортталып жатқанда басқа тексерушілер {file} файлындағы даналарды таба берді: оның {line}-жолдан бастап жолдары сақталмады. Оларды қосу үшін файлды қайта импорттаңыз.</translation>
        </message>
        <message>
            <source>Audit {audit_id} is closed: its scans and results can only be read.</source>
            <translation>{audit_id} тексеруі жабық: оның сканерлеулері мен нәтижелерін тек оқуға болады.</translation>
        </message>
        <message>
            <source>The catalog's database is older than this version of Qor, and this workstation may not upgrade it. Ask the administrator to upgrade it from an administrator's connection (qor init), then start Qor again.</source>
            <translation>Каталогтың дерекқоры Qor-дың осы нұсқасынан ескі, ал бұл жұмыс орны оны жаңарта алмайды. Әкімшіден оны әкімші қосылымынан жаңартуды сұраңыз (qor init), содан кейін Qor-ды қайта іске қосыңыз.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Qor reconnects on the next attempt: try again.</source>
            <translation>Дерекқор серверімен байланыс үзілді. Qor келесі әрекетте қайта қосылады: қайталап көріңіз.</translation>
        </message>
        <message>
            <source>Another workstation was changing the same copies at the same moment, so nothing was saved: try again.</source>
            <translation>Дәл сол сәтте басқа жұмыс орны да сол даналарды өзгертіп жатқан еді, сондықтан ештеңе сақталмады: қайталап көріңіз.</translation>
        </message>
        <message>
            <source>there is no such file or folder</source>
            <translation>мұндай файл немесе қалта жоқ</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>рұқсат жоқ</translation>
        </message>
        <message>
            <source>the operation is not permitted</source>
            <translation>бұл әрекетке рұқсат етілмеген</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>бұл файл емес, қалта</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>жолдың бір бөлігі қалта емес</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск толы</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск тек оқуға арналған</translation>
        </message>
        <message>
            <source>the device could not be read or written (an input/output error)</source>
            <translation>құрылғыдан оқу немесе оған жазу мүмкін болмады (енгізу-шығару қатесі)</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>файл атауы тым ұзын</translation>
        </message>
        <message>
            <source>the file already exists</source>
            <translation>файл бұрыннан бар</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>файл қолданыста</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>тым көп файл ашық</translation>
        </message>
        <message>
            <source>The accompanying document's number is empty.</source>
            <translation>Ілеспе құжаттың нөмірі бос.</translation>
        </message>
        <message>
            <source>A legal-deposit batch needs the print date (--print-date).</source>
            <translation>Міндетті дана актісіне басылған күні қажет (--print-date).</translation>
        </message>
        <message>
            <source>Print date {printed} is after the date received {received}.</source>
            <translation>Басылған күні {printed} қабылданған күннен {received} кейін.</translation>
        </message>
        <message>
            <source>A print date is recorded only for legal-deposit batches.</source>
            <translation>Басылған күні тек міндетті дана актілеріне жазылады.</translation>
        </message>
        <message>
            <source>The library's name is empty.</source>
            <translation>Кітапхананың атауы бос.</translation>
        </message>
        <message>
            <source>The sigla '{sigla}' is not a MARC organisation code (2–16 Latin letters, digits or hyphens, e.g. KZ-AsNAB).</source>
            <translation>'{sigla}' сигласы MARC ұйым коды емес (2–16 латын әрпі, цифр немесе дефис, мысалы KZ-AsNAB).</translation>
        </message>
        <message>
            <source>This database already has a library; it was upgraded.</source>
            <translation>Бұл дерекқорда кітапхана бар; ол жаңартылды.</translation>
        </message>
        <message>
            <source>The record URL '{url}' must start with http:// or https:// and contain {{id}} where the record's number goes.</source>
            <translation>'{url}' жазба сілтемесі http:// немесе https:// деп басталып, жазба нөмірінің орнында {{id}} болуы керек.</translation>
        </message>
        <message>
            <source>The password must have at least 6 characters.</source>
            <translation>Құпиясөзде кемінде 6 таңба болуы керек.</translation>
        </message>
        <message>
            <source>The user name is empty.</source>
            <translation>Пайдаланушы аты бос.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>Пайдаланушыға кемінде бір рөл қажет.</translation>
        </message>
        <message>
            <source>No user named '{name}'.</source>
            <translation>'{name}' атты пайдаланушы жоқ.</translation>
        </message>
        <message>
            <source>'{name}' is the last active administrator and cannot be deactivated.</source>
            <translation>'{name}' — соңғы белсенді әкімші, оны өшіруге болмайды.</translation>
        </message>
        <message>
            <source>'{scan}' is not an ISBN or a book's EAN barcode.</source>
            <translation>'{scan}' — ISBN де, кітаптың EAN штрихкоды да емес.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>'{price}' бағасы сан емес.</translation>
        </message>
        <message>
            <source>Price {price} is out of range.</source>
            <translation>{price} бағасы рұқсат етілген шектен тыс.</translation>
        </message>
        <message>
            <source>A pre-printed label is empty: scan or type the barcode printed on it.</source>
            <translation>Алдын ала басылған жапсырма бос: оған басылған штрихкодты сканерлеңіз немесе теріңіз.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN barcode, not a copy label.</source>
            <translation>{code} — кітаптың ISBN штрихкоды, дана жапсырмасы емес.</translation>
        </message>
        <message>
            <source>Label {code} has the form of an inventory number: the library's barcodes are the inventory numbers, so copy {code} will carry it. Use labels of another form (e.g. with letters), or let the barcodes be made.</source>
            <translation>{code} жапсырмасы инвентарлық нөмір пішінінде: кітапхананың штрихкодтары — инвентарлық нөмірлер, сондықтан оны {code} данасы алады. Басқа пішіндегі жапсырмаларды қолданыңыз (мысалы, әріптермен) немесе штрихкодтарды жасатыңыз.</translation>
        </message>
        <message>
            <source>Barcode {code} is given twice.</source>
            <translation>{code} штрихкоды екі рет берілген.</translation>
        </message>
        <message>
            <source>The number of copies must be 1 to {most}, not {copies}.</source>
            <translation>Даналар саны 1-ден {most}-ге дейін болуы керек, {copies} емес.</translation>
        </message>
        <message>
            <source>{n} barcodes were given for {copies} copies.</source>
            <translation>{copies} данаға {n} штрихкод берілген.</translation>
        </message>
        <message>
            <source>Currency '{currency}' is not an ISO 4217 code such as KZT.</source>
            <translation>'{currency}' валютасы ISO 4217 коды емес (мысалы, KZT).</translation>
        </message>
        <message>
            <source>Give the barcodes of the copies to release, or an accession batch.</source>
            <translation>Қорға берілетін даналардың штрихкодтарын немесе қабылдау актісін көрсетіңіз.</translation>
        </message>
        <message>
            <source>not found on a known shelf in this audit</source>
            <translation>бұл тексеруде белгілі сөреден табылмады</translation>
        </message>
        <message>
            <source>no such copy</source>
            <translation>мұндай дана жоқ</translation>
        </message>
        <message>
            <source>no copy has barcode {code}</source>
            <translation>{code} штрихкоды бар дана жоқ</translation>
        </message>
        <message>
            <source>{status}, not missing</source>
            <translation>күйі «{status}», «табылмаған» емес</translation>
        </message>
        <message>
            <source>copy {number}: {status}, not in processing</source>
            <translation>№ {number} дана: {status}, өңдеуде емес</translation>
        </message>
        <message>
            <source>Unknown audit reason '{text}'; reasons are: {valid}.</source>
            <translation>Тексерудің белгісіз себебі '{text}'; себептер: {valid}.</translation>
        </message>
        <message>
            <source>No location belongs to the collection '{name}'.</source>
            <translation>'{name}' жинағына бірде-бір сақтау орны тиесілі емес.</translation>
        </message>
        <message>
            <source>No location code begins with '{prefix}'.</source>
            <translation>'{prefix}' деп басталатын сақтау орнының коды жоқ.</translation>
        </message>
        <message>
            <source>An audit needs a scope: at least one location or location prefix.</source>
            <translation>Тексеруге қамту аясы қажет: кемінде бір сақтау орны немесе орын кодының басы.</translation>
        </message>
        <message>
            <source>'{code}' is not a barcode.</source>
            <translation>'{code}' — штрихкод емес.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {p1}</source>
            <translation>{file} оқылмады: {p1}</translation>
        </message>
        <message>
            <source>'{value}' is not an amount of money.</source>
            <translation>'{value}' — ақша сомасы емес.</translation>
        </message>
        <message>
            <source>Amount {value} is negative.</source>
            <translation>{value} сомасы теріс.</translation>
        </message>
        <message>
            <source>already on the waiting list</source>
            <translation>күту тізімінде бар</translation>
        </message>
        <message>
            <source>The bindery's name is empty.</source>
            <translation>Түптеу шеберханасының атауы бос.</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be added.</source>
            <translation>{id} түптеу тапсырысы жіберілген; дана қосуға болмайды.</translation>
        </message>
        <message>
            <source>Binding order {id} was already sent on {sent_on}.</source>
            <translation>{id} түптеу тапсырысы {sent_on} күні жіберілген.</translation>
        </message>
        <message>
            <source>Binding order {id} has no copies to send.</source>
            <translation>{id} түптеу тапсырысында жіберетін дана жоқ.</translation>
        </message>
        <message>
            <source>Binding order {id} cannot be sent: {copies}. Take those copies out of the order first.</source>
            <translation>{id} түптеу тапсырысын жіберуге болмайды: {copies}. Алдымен ол даналарды тапсырыстан алып тастаңыз.</translation>
        </message>
        <message>
            <source>Due date {due_on} is before the date sent {sent_on}.</source>
            <translation>Мерзімі {due_on} жіберілген күннен {sent_on} бұрын.</translation>
        </message>
        <message>
            <source>binding order {id}</source>
            <translation>{id} түптеу тапсырысы</translation>
        </message>
        <message>
            <source>a binding order</source>
            <translation>түптеу тапсырысы</translation>
        </message>
        <message>
            <source>copy {number} is not out in {where}</source>
            <translation>№ {number} дана {where} ішінде сыртта емес</translation>
        </message>
        <message>
            <source>copy {number} was written off while at the bindery; closed in binding order {id}, not returned to the fund</source>
            <translation>{number} дана түптеуханада болған кезде есептен шығарылды; {id} түптеу тапсырысында жабылды, қорға қайтарылмады</translation>
        </message>
        <message>
            <source>copy {number} is in binding order {id}, still being collected; take it out of the order first</source>
            <translation>{number} дана әлі жиналып жатқан {id} түптеу тапсырысында; алдымен оны тапсырыстан алып тастаңыз</translation>
        </message>
        <message>
            <source>copy {number} is at the bindery in binding order {id}; receive it first</source>
            <translation>{number} дана {id} түптеу тапсырысы бойынша түптеуханада; алдымен оны қабылдаңыз</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be taken out.</source>
            <translation>{id} түптеу тапсырысы жіберілді; даналарды алып тастауға болмайды.</translation>
        </message>
        <message>
            <source>{code} is not in binding order {id}</source>
            <translation>{code} {id} түптеу тапсырысында жоқ</translation>
        </message>
        <message>
            <source>copy {number} is {status}, not available</source>
            <translation>№ {number} дана — {status}, қолжетімді емес</translation>
        </message>
        <message>
            <source>copy {number} is already in binding order {id}</source>
            <translation>№ {number} дана {id} түптеу тапсырысында тұр</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} оқылмайды: {reason}</translation>
        </message>
        <message>
            <source>copy {number} is {status}</source>
            <translation>№ {number} дана — {status}</translation>
        </message>
        <message>
            <source>The number of pages must be positive.</source>
            <translation>Беттер саны оң сан болуы керек.</translation>
        </message>
        <message>
            <source>No copy has barcode {barcode}.</source>
            <translation>{barcode} штрихкоды бар дана жоқ.</translation>
        </message>
        <message>
            <source>Time spent cannot be negative.</source>
            <translation>Жұмсалған уақыт теріс бола алмайды.</translation>
        </message>
        <message>
            <source>Repair {entry_id} was finished on {finished_on}.</source>
            <translation>{entry_id} жөндеуі {finished_on} күні аяқталған.</translation>
        </message>
        <message>
            <source>Finish date {day} is before the start {started_on}.</source>
            <translation>Аяқталған күні {day} басталған күннен {started_on} бұрын.</translation>
        </message>
        <message>
            <source>Group repairs by type, period or staff, not '{by}'.</source>
            <translation>Жөндеулерді түрі, кезеңі немесе орындаушысы бойынша топтаңыз, '{by}' бойынша емес.</translation>
        </message>
        <message>
            <source>A desideratum wants at least one copy.</source>
            <translation>Дезидерат кемінде бір данаға арналады.</translation>
        </message>
        <message>
            <source>A desideratum needs a title (or a record).</source>
            <translation>Дезидератқа атау (немесе жазба) қажет.</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is written off.</source>
            <translation>№ {inventory_number} дана есептен шығарылған.</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is missing.</source>
            <translation>{inventory_number} дана жоғалған.</translation>
        </message>
        <message>
            <source>Scan the copies to offer, or give a record.</source>
            <translation>Ұсынылатын даналарды сканерлеңіз немесе жазбаны көрсетіңіз.</translation>
        </message>
        <message>
            <source>Exchange lists are 'desiderata' or 'offers', not '{which}'.</source>
            <translation>Алмасу тізімдері 'desiderata' немесе 'offers' болады, '{which}' емес.</translation>
        </message>
        <message>
            <source>Write exchange lists as {p0}, not '{format}'.</source>
            <translation>Алмасу тізімдерін {p0} түрінде жазыңыз, '{format}' емес.</translation>
        </message>
        <message>
            <source>Electronic copies of copyrighted works go to KazNEB only under an agreement with the author: give the agreement's reference.</source>
            <translation>Авторлық құқықпен қорғалған шығармалардың электрондық көшірмелері ҚазҰЭК-ке тек автормен келісім бойынша беріледі: келісімнің деректемелерін көрсетіңіз.</translation>
        </message>
        <message>
            <source>No records are marked as KazNEB candidates for that period.</source>
            <translation>Бұл кезеңде ҚазҰЭК-ке ұсынылатын жазба белгіленбеген.</translation>
        </message>
        <message>
            <source>The period starts ({date_from}) after it ends ({date_to}).</source>
            <translation>Кезеңнің басы ({date_from}) соңынан ({date_to}) кейін.</translation>
        </message>
        <message>
            <source>The {kind} needs the act's number (id).</source>
            <translation>{kind} үшін актінің нөмірі (id) қажет.</translation>
        </message>
        <message>
            <source>Unknown register '{kind}'; use one of: {p1}.</source>
            <translation>Белгісіз есеп құжаты '{kind}'; мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>The audit act is not available: the audit desk is not installed.</source>
            <translation>Қорды тексеру актісі қолжетімсіз: тексеру бөлімі орнатылмаған.</translation>
        </message>
        <message>
            <source>Scan or list the copies to write off.</source>
            <translation>Есептен шығарылатын даналарды сканерлеңіз немесе тізіммен беріңіз.</translation>
        </message>
        <message>
            <source>copy {number} is already written off</source>
            <translation>№ {number} дана есептен шығарылған</translation>
        </message>
        <message>
            <source>copy {number} is on a draft write-off act already</source>
            <translation>{number} данасы есептен шығару актісінің жобасында тұр</translation>
        </message>
        <message>
            <source>copy {number} is {status}: bring it back first</source>
            <translation>№ {number} дана — {status}: алдымен оны қайтарыңыз</translation>
        </message>
        <message>
            <source>No copy can be written off: {reasons}</source>
            <translation>Бірде-бір дана есептен шығарылмайды: {reasons}</translation>
        </message>
        <message>
            <source>'{text}' is not a group holding and an amount (HOLDING_ID:AMOUNT).</source>
            <translation>'{text}' — топтық есеп нөмірі мен сан емес (нөмір:сан, мысалы 7:2).</translation>
        </message>
        <message>
            <source>No group holding has id {id}.</source>
            <translation>{id} идентификаторлы топтық есеп жоқ.</translation>
        </message>
        <message>
            <source>Write off at least one copy of group holding {id}.</source>
            <translation>{id} топтық есебінен кемінде бір дананы есептен шығарыңыз.</translation>
        </message>
        <message>
            <source>Group holding {id} ({name}) has {left} copies left to write off; {amount} asked.</source>
            <translation>{id} топтық қорында ({name}) есептен шығаруға {left} дана қалды; {amount} дана сұралды.</translation>
        </message>
        <message>
            <source>The act date {day} is before group holding {id} was received ({received}).</source>
            <translation>Акт күні {day} — {id} топтық есебі түскенге дейін ({received}).</translation>
        </message>
        <message>
            <source>Write-off act {number} is approved already, not a draft.</source>
            <translation>{number} есептен шығару актісі бекітілген, ол жоба емес.</translation>
        </message>
        <message>
            <source>Write-off act {number} was cancelled; it is not a draft.</source>
            <translation>{number} есептен шығару актісінің күші жойылған, ол жоба емес.</translation>
        </message>
        <message>
            <source>copy {code} is not on act {number}</source>
            <translation>{code} данасы {number} актісінде жоқ</translation>
        </message>
        <message>
            <source>group holding {id} is not on act {number}</source>
            <translation>{id} топтық есебі {number} актісінде жоқ</translation>
        </message>
        <message>
            <source>Act {number} would list no copy: cancel it instead.</source>
            <translation>{number} актісінде бірде-бір дана қалмайды: оның орнына актінің күшін жойыңыз.</translation>
        </message>
        <message>
            <source>Act {number} cannot be approved ({on}) before its date ({day}).</source>
            <translation>{number} актісін оның күнінен ({day}) бұрын ({on}) бекітуге болмайды.</translation>
        </message>
        <message>
            <source>The act date {day} is in the future.</source>
            <translation>Акт күні {day} — болашақ күн.</translation>
        </message>
        <message>
            <source>The act date {day} is before copy {number} was received ({received}).</source>
            <translation>Акт күні {day} {number} дананың түскен күнінен ({received}) бұрын.</translation>
        </message>
        <message>
            <source>Unknown export scheme '{scheme}'; use marc21 or rusmarc.</source>
            <translation>Экспорттың белгісіз схемасы '{scheme}'; marc21 немесе rusmarc қолданыңыз.</translation>
        </message>
        <message>
            <source>Unknown export format '{format}'; use iso2709, marcxml or mrk.</source>
            <translation>Белгісіз экспорт пішімі '{format}'; iso2709, marcxml немесе mrk қолданыңыз.</translation>
        </message>
        <message>
            <source>No record with id {p0} in the catalog; nothing exported.</source>
            <translation>Каталогта {p0} id-і бар жазба жоқ; ештеңе экспортталмады.</translation>
        </message>
        <message>
            <source>'{term}' is not an ISBN.</source>
            <translation>'{term}' — ISBN емес.</translation>
        </message>
        <message>
            <source>The query has {n} different terms; a search takes at most {max}.</source>
            <translation>Сұрауда {n} түрлі термин бар; іздеу ең көбі {max} терминді қабылдайды.</translation>
        </message>
        <message>
            <source>Unknown sort '{sort}'; use one of {p1}.</source>
            <translation>Белгісіз сұрыптау '{sort}'; мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>Unknown sort language '{language}'; use one of {p1}.</source>
            <translation>Белгісіз сұрыптау тілі: '{language}'; мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>Unknown barcode scheme '{scheme}'; schemes are: {known}.</source>
            <translation>Белгісіз штрихкод сызбасы '{scheme}'; сызбалар: {known}.</translation>
        </message>
        <message>
            <source>An EAN-13 check digit needs 12 digits, not '{digits12}'.</source>
            <translation>EAN-13 бақылау цифрына 12 цифр қажет, '{digits12}' емес.</translation>
        </message>
        <message>
            <source>A mod-10 check digit needs digits, not '{digits}'.</source>
            <translation>mod-10 бақылау цифрына цифрлар қажет, '{digits}' емес.</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: a copy's Codabar barcode starts with {CODABAR_ITEM_TYPE} (2 is a reader's card).</source>
            <translation>{code} штрихкоды {p1}-ден басталады: дананың Codabar штрихкоды {CODABAR_ITEM_TYPE}-ден басталады (2 — оқырман билеті).</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: internal EAN-13 barcodes start with {EAN13_INTERNAL_PREFIX}.</source>
            <translation>{code} штрихкоды {p1}-ден басталады: ішкі EAN-13 штрихкодтары {EAN13_INTERNAL_PREFIX}-ден басталады.</translation>
        </message>
        <message>
            <source>'{code}' is not an ISBN barcode (EAN-13 starting 978 or 979).</source>
            <translation>'{code}' — ISBN штрихкоды емес (978 не 979-дан басталатын EAN-13).</translation>
        </message>
        <message>
            <source>The library's barcode prefix '{prefix}' must be {LIBRARY_PREFIX_DIGITS} digits.</source>
            <translation>Кітапхананың '{prefix}' штрихкод префиксі {LIBRARY_PREFIX_DIGITS} цифр болуы керек.</translation>
        </message>
        <message>
            <source>Copy sequence {sequence} does not fit the barcode's {width} digits (1 to {p2}).</source>
            <translation>{sequence} дана реттік нөмірі штрихкодтың {width} цифрына сыймайды (1-ден {p2}-ге дейін).</translation>
        </message>
        <message>
            <source>The inventory number is empty: there is nothing to put in a barcode.</source>
            <translation>Инвентарлық нөмірі бос: штрихкодқа салатын ештеңе жоқ.</translation>
        </message>
        <message>
            <source>Barcode '{code}' has {p1} characters; at most {CODE128_MAX_LENGTH} fit a label.</source>
            <translation>'{code}' штрихкодында {p1} таңба; жапсырмаға ең көбі {CODE128_MAX_LENGTH} сияды.</translation>
        </message>
        <message>
            <source>Barcode '{code}' contains '{bad}': Code 128 prints only Latin letters, digits and ASCII punctuation.</source>
            <translation>'{code}' штрихкодында '{bad}' бар: Code 128 тек латын әріптерін, цифрларды және ASCII тыныс белгілерін басады.</translation>
        </message>
        <message>
            <source>{what} is digits only; '{code}' is not.</source>
            <translation>{what} тек цифрлардан тұрады; '{code}' олай емес.</translation>
        </message>
        <message>
            <source>{what} has {length} digits; '{code}' has {p3}.</source>
            <translation>{what} {length} цифрдан тұрады; '{code}' ішінде {p3}.</translation>
        </message>
        <message>
            <source>Barcode {code} has a bad {kind} check digit {p2}: expected {expected}.</source>
            <translation>{code} штрихкодының {kind} бақылау цифры {p2} қате: {expected} болуы керек.</translation>
        </message>
        <message>
            <source>A spine label line of {max_chars} characters is too short.</source>
            <translation>{max_chars} таңбалы түбірлік жапсырма жолы тым қысқа.</translation>
        </message>
        <message>
            <source>Unknown classification '{scheme}'; use one of {p1}.</source>
            <translation>Белгісіз жіктеу '{scheme}'; мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>The call number is empty.</source>
            <translation>Шифр бос.</translation>
        </message>
        <message>
            <source>Cell {cell} is not on the {name} sheet (cells 1 to {cells_per_page}).</source>
            <translation>{cell} ұяшығы {name} парағында жоқ (ұяшықтар 1-ден {cells_per_page}-ге дейін).</translation>
        </message>
        <message>
            <source>Unknown label template '{name}'; templates are: {p1}.</source>
            <translation>Белгісіз жапсырма үлгісі '{name}'; үлгілер: {p1}.</translation>
        </message>
        <message>
            <source>The labels fill {pages} page(s); there is no page {p1}.</source>
            <translation>Жапсырмалар {pages} бетті алады; {p1}-бет жоқ.</translation>
        </message>
        <message>
            <source>Start position {start_position} is not on the {name} sheet (positions 1 to {cells_per_page}).</source>
            <translation>{start_position} бастапқы орны {name} парағында жоқ (орындар 1-ден {cells_per_page}-ге дейін).</translation>
        </message>
        <message>
            <source>There are no labels to print.</source>
            <translation>Басып шығаратын жапсырма жоқ.</translation>
        </message>
        <message>
            <source>Barcode {barcode} ({symbology}) does not fit a {label_width_mm} mm wide {name} label: at the smallest scannable bar of {MIN_MODULE_MM} mm it needs {needed} mm.</source>
            <translation>{barcode} штрихкоды ({symbology}) ені {label_width_mm} мм {name} жапсырмасына сыймайды: ең жіңішке {MIN_MODULE_MM} мм сызықпен оған {needed} мм қажет.</translation>
        </message>
        <message>
            <source>The {name} label is too low for barcode {barcode} and its text.</source>
            <translation>{name} жапсырмасы {barcode} штрихкоды мен оның мәтіні үшін тым аласа.</translation>
        </message>
        <message>
            <source>A spine label has no call number lines.</source>
            <translation>Түбірлік жапсырмада шифр жолдары жоқ.</translation>
        </message>
        <message>
            <source>The call number ({p0}) is too long for a {name} label.</source>
            <translation>Шифр ({p0}) {name} жапсырмасы үшін тым ұзын.</translation>
        </message>
        <message>
            <source>Unknown barcode symbology '{name}'; symbologies are: {p1}.</source>
            <translation>Белгісіз штрихкод түрі '{name}'; түрлері: {p1}.</translation>
        </message>
        <message>
            <source>A barcode label has an empty barcode.</source>
            <translation>Штрихкод жапсырмасында штрихкод бос.</translation>
        </message>
        <message>
            <source>Barcode '{code}': Code 128 prints only ASCII characters.</source>
            <translation>'{code}' штрихкоды: Code 128 тек ASCII таңбаларын басады.</translation>
        </message>
        <message>
            <source>Barcode '{code}' is not an EAN-13 (13 digits, valid check).</source>
            <translation>'{code}' штрихкоды EAN-13 емес (13 цифр, дұрыс бақылау цифры).</translation>
        </message>
        <message>
            <source>Barcode '{code}' cannot be printed as {symbology}: {error}</source>
            <translation>'{code}' штрихкодын {symbology} ретінде басып шығару мүмкін емес: {error}</translation>
        </message>
        <message>
            <source>Barcode {barcode} is the shelf barcode of location {code}; a copy cannot carry it.</source>
            <translation>{barcode} штрихкоды — {code} орнының сөре штрихкоды; оны данаға жапсыруға болмайды.</translation>
        </message>
        <message>
            <source>Shelf barcode {barcode} has the form of an inventory number: under the Code 128 scheme a copy will carry it. Give the shelf a barcode of another form (e.g. with letters).</source>
            <translation>{barcode} сөре штрихкоды инвентарлық нөмір пішінінде: Code 128 сызбасында оны бір дана алады. Сөреге басқа пішіндегі штрихкод беріңіз (мысалы, әріптермен).</translation>
        </message>
        <message>
            <source>Location code '{code}' must be 1–32 characters without blanks or '@'.</source>
            <translation>'{code}' сақтау орнының коды бос орынсыз және '@'-сыз 1–32 таңба болуы керек.</translation>
        </message>
        <message>
            <source>Location {code} needs a name.</source>
            <translation>{code} сақтау орнына атау қажет.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' is malformed: {exc}.</source>
            <translation>'{fmt}' инвентарлық нөмірі пішімі қате жазылған: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' must contain the number as {{n}} (e.g. '{{n}}' or 'KZ-{{n:06d}}') and no other field.</source>
            <translation>'{fmt}' инвентарлық нөмірі пішімінде нөмір {{n}} ретінде болуы керек (мысалы, '{{n}}' немесе 'KZ-{{n:06d}}'), басқа өріс болмауы керек.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' does not work: {exc}.</source>
            <translation>'{fmt}' инвентарлық нөмірі пішімі жұмыс істемейді: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives '{text}': numbers must be printable Latin text of at most {INVENTORY_NUMBER_MAX} characters.</source>
            <translation>'{fmt}' инвентарлық нөмірі пішімі '{text}' береді: нөмірлер ең көбі {INVENTORY_NUMBER_MAX} таңбалы басылатын латын мәтіні болуы керек.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives blanks at its ends.</source>
            <translation>'{fmt}' инвентарлық нөмірі пішімі шеттерінде бос орын береді.</translation>
        </message>
        <message>
            <source>The barcode prefix '{prefix}' must be 4 digits.</source>
            <translation>'{prefix}' штрихкод префиксі 4 цифр болуы керек.</translation>
        </message>
        <message>
            <source>The {value} scheme puts the library's 4-digit prefix in every barcode: give it with --barcode-prefix.</source>
            <translation>{value} сызбасы әр штрихкодқа кітапхананың 4 цифрлы префиксін қояды: оны --barcode-prefix арқылы беріңіз.</translation>
        </message>
        <message>
            <source>Author table {source}, line {line}: '{sign}' / '{letters}' is not a sign and the letters it covers.</source>
            <translation>Авторлық белгілер кестесі {source}, {line}-жол: '{sign}' / '{letters}' — белгі мен ол қамтитын әріптер емес.</translation>
        </message>
        <message>
            <source>No target '{ref}': add it (Targets… on the union catalog screen, or qor unioncat target add) or give its URL (z3950://USER@HOST:PORT/DB, or http://HOST:PORT/PATH for SRU).</source>
            <translation>'{ref}' нысанасы жоқ: оны қосыңыз (жиынтық каталог экранындағы «Нысаналар…» немесе qor unioncat target add) немесе URL мекенжайын беріңіз (z3950://USER@HOST:PORT/DB, SRU үшін http://HOST:PORT/PATH).</translation>
        </message>
        <message>
            <source>A target named '{name}' is already configured.</source>
            <translation>'{name}' деп аталатын нысана бапталған.</translation>
        </message>
        <message>
            <source>A target needs a name.</source>
            <translation>Каталогқа атау қажет.</translation>
        </message>
        <message>
            <source>A target needs a host.</source>
            <translation>Каталогқа хост қажет.</translation>
        </message>
        <message>
            <source>The port {port} is not a number from 1 to 65535.</source>
            <translation>{port} порты 1-ден 65535-ке дейінгі сан емес.</translation>
        </message>
        <message>
            <source>'{database}' is not a database name.</source>
            <translation>'{database}' — дерекқор атауы емес.</translation>
        </message>
        <message>
            <source>A target is for 'union' or 'search', not '{role}'.</source>
            <translation>Каталог 'union' немесе 'search' үшін болады, '{role}' емес.</translation>
        </message>
        <message>
            <source>A target speaks 'z3950' or 'sru', not '{protocol}'.</source>
            <translation>Каталог 'z3950' немесе 'sru' хаттамасымен жұмыс істейді, '{protocol}' емес.</translation>
        </message>
        <message>
            <source>Records go up to a union catalog over Z39.50 only (z3950).</source>
            <translation>Жазбалар жиынтық каталогқа тек Z39.50 (z3950) арқылы жіберіледі.</translation>
        </message>
        <message>
            <source>Unknown index(es) {p0} in the profile.</source>
            <translation>Профильде белгісіз индекс(тер) {p0}.</translation>
        </message>
        <message>
            <source>An SRU target is http://HOST:PORT/PATH, not {ref}</source>
            <translation>SRU каталогы http://HOST:PORT/PATH түрінде болады, {ref} емес</translation>
        </message>
        <message>
            <source>No record {identity} in {target}.</source>
            <translation>{target} ішінде {identity} жазбасы жоқ.</translation>
        </message>
        <message>
            <source>Unknown search index '{index}'; use {p1}.</source>
            <translation>Белгісіз іздеу индексі '{index}'; {p1} қолданыңыз.</translation>
        </message>
        <message>
            <source>The search is empty.</source>
            <translation>Іздеу сұрауы бос.</translation>
        </message>
        <message>
            <source>{name} cannot be searched by {index}.</source>
            <translation>{name} каталогында {index} бойынша іздеуге болмайды.</translation>
        </message>
        <message>
            <source>The record found is not MARCXML.</source>
            <translation>Табылған жазба MARCXML емес.</translation>
        </message>
        <message>
            <source>The record was refused: {p0}</source>
            <translation>Жазба қабылданбады: {p0}</translation>
        </message>
        <message>
            <source>The import matched a duplicate that cannot be found again.</source>
            <translation>Жүктеу дублетті тапты, бірақ оны қайта табу мүмкін емес.</translation>
        </message>
        <message>
            <source>No secure password store is available here ({detail}). Qor does not keep passwords in plain text: set the environment variable {variable} for the sync instead, or install a keyring service (GNOME Keyring, KWallet).</source>
            <translation>Мұнда құпиясөздердің қауіпсіз қоймасы жоқ ({detail}). Qor құпиясөздерді ашық мәтінмен сақтамайды: синхрондау үшін оның орнына {variable} орта айнымалысын орнатыңыз немесе кілттер қоймасы қызметін орнатыңыз (GNOME Keyring, KWallet).</translation>
        </message>
        <message>
            <source>A union catalog target is z3950://USER@HOST:PORT/DB, not {url}</source>
            <translation>Жиынтық каталог мекенжайы z3950://USER@HOST:PORT/DB түрінде болады, {url} емес</translation>
        </message>
        <message>
            <source>Do not put the password in the target URL; use the keyring or {PASSWORD_ENV}</source>
            <translation>Құпиясөзді мекенжайға жазбаңыз; кілттер қоймасын немесе {PASSWORD_ENV} қолданыңыз</translation>
        </message>
        <message>
            <source>The port in {url} is not a number from 1 to 65535</source>
            <translation>{url} ішіндегі порт 1-ден 65535-ке дейінгі сан емес</translation>
        </message>
        <message>
            <source>Unknown {what} '{value}'; use one of: {known}.</source>
            <translation>Белгісіз {what} '{value}'; мыналардың бірін алыңыз: {known}.</translation>
        </message>
        <message>
            <source>line {number}: expected '=TAG  data' (an equals sign, a three-character tag and two spaces), found {p1}</source>
            <translation>{number}-жол: '=ТЕГ  деректер' күтілген (теңдік белгісі, үш таңбалы тег және екі бос орын), табылғаны {p1}</translation>
        </message>
        <message>
            <source>line {number}: the leader has {p1} characters instead of 24</source>
            <translation>{number}-жол: маркерде 24 таңбаның орнына {p1}</translation>
        </message>
        <message>
            <source>line {number}: field {tag}: {exc}</source>
            <translation>{number}-жол: {tag} өрісі: {exc}</translation>
        </message>
        <message>
            <source>line {number}: field {tag} has a '$' without a code</source>
            <translation>{number}-жол: {tag} өрісінде кодсыз '$' бар</translation>
        </message>
        <message>
            <source>line {first_line}: the record has no =LDR line</source>
            <translation>{first_line}-жол: жазбада =LDR жолы жоқ</translation>
        </message>
        <message>
            <source>expected '$' after the two indicators, found {found}</source>
            <translation>екі индикатордан кейін '$' күтілген, табылғаны {found}</translation>
        </message>
        <message>
            <source>line {number}: {p1} is not a Unicode character</source>
            <translation>{number}-жол: {p1} — Юникод таңбасы емес</translation>
        </message>
        <message>
            <source>The text holds no MARC record.</source>
            <translation>Мәтінде MARC жазбасы жоқ.</translation>
        </message>
        <message>
            <source>line {p0}: a blank line ends the record; the text holds {p1} records</source>
            <translation>{p0}-жол: бос жол жазбаны аяқтайды; мәтінде {p1} жазба бар</translation>
        </message>
        <message>
            <source>a field without indicators ({data})</source>
            <translation>индикаторлары жоқ өріс ({data})</translation>
        </message>
        <message>
            <source>a field with one indicator instead of two ({data})</source>
            <translation>екі индикатордың орнына біреуі ғана бар өріс ({data})</translation>
        </message>
        <message>
            <source>a field with more than two indicators ({data})</source>
            <translation>екіден көп индикаторы бар өріс ({data})</translation>
        </message>
        <message>
            <source>MARC-8: {count} character(s) could not be converted ({detail})</source>
            <translation>MARC-8: {count} таңба түрлендірілмеді ({detail})</translation>
        </message>
        <message>
            <source>a subfield code that is not a Latin letter or digit ({data})</source>
            <translation>ішкі өріс коды латын әрпі де, цифр да емес ({data})</translation>
        </message>
        <message>
            <source>the MARC reader noted: {text}</source>
            <translation>MARC оқу құралының ескертпесі: {text}</translation>
        </message>
        <message>
            <source>Unknown encoding '{encoding}': use auto or one of {p1}.</source>
            <translation>Белгісіз кодталу '{encoding}': auto немесе мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>{name}: not a MARC file Qor can read (expected ISO 2709, MARCXML or MarcEdit .mrk).</source>
            <translation>{name}: Qor оқи алатын MARC файлы емес (ISO 2709, MARCXML немесе MarcEdit .mrk күтілген).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {p1}</source>
            <translation>{path} оқылмады: {p1}</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use auto or one of {p1}.</source>
            <translation>Белгісіз пішім '{format}': auto немесе мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>the file ends inside this record: {count} bytes with no record terminator (0x1D)</source>
            <translation>файл осы жазбаның ішінде аяқталады: жазба терминаторы (0x1D) жоқ {count} байт</translation>
        </message>
        <message>
            <source>; the leader says {count} bytes</source>
            <translation>; маркер бойынша {count} байт</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but byte {count} is not the record terminator (0x1D)</source>
            <translation>маркер бойынша жазба ұзындығы {count} байт, бірақ {count}-байт жазба терминаторы (0x1D) емес</translation>
        </message>
        <message>
            <source>record length in leader is not a number ({head})</source>
            <translation>маркердегі жазба ұзындығы сан емес ({head})</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but the record ends at {actual}</source>
            <translation>маркер бойынша жазба ұзындығы {count} байт, бірақ жазба {actual}-байтта аяқталады</translation>
        </message>
        <message>
            <source>the directory does not end where the base address says</source>
            <translation>анықтамалық базалық адрес көрсеткен жерде аяқталмайды</translation>
        </message>
        <message>
            <source>the directory entry for field {tag} points outside the field data</source>
            <translation>{tag} өрісінің анықтамалық жазбасы өріс деректерінің сыртын көрсетеді</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs</source>
            <translation>маркерде немесе анықтамалықта сан тұруы керек жерде сан емес мән тұр</translation>
        </message>
        <message>
            <source>only {count} bytes before the record terminator; a record needs a 24-byte leader, a directory and fields</source>
            <translation>жазба терминаторына дейін тек {count} байт; жазбаға 24 байттық маркер, анықтамалық және өрістер қажет</translation>
        </message>
        <message>
            <source>; read up to the record terminator</source>
            <translation>; жазба терминаторына дейін оқылды</translation>
        </message>
        <message>
            <source>leader/09 says MARC-8 but the bytes are {used}</source>
            <translation>маркер/09 бойынша MARC-8, бірақ байттар {used}</translation>
        </message>
        <message>
            <source>field 100 $a</source>
            <translation>100 $a өрісі</translation>
        </message>
        <message>
            <source>leader/09</source>
            <translation>маркер/09</translation>
        </message>
        <message>
            <source>{said} says {charset} but the bytes are {used}</source>
            <translation>{said} бойынша {charset}, бірақ байттар {used}</translation>
        </message>
        <message>
            <source>MARC-8: characters that could not be converted became blanks</source>
            <translation>MARC-8: түрлендірілмеген таңбалар бос орынмен алмастырылды</translation>
        </message>
        <message>
            <source>field {tag}: its MARC-8 text is escape sequences or bytes that are no MARC-8 characters; nothing of it can be read</source>
            <translation>{tag} өрісі: оның MARC-8 мәтіні escape-тізбектерден немесе MARC-8 таңбасы емес байттардан тұрады; одан ештеңе оқылмайды</translation>
        </message>
        <message>
            <source>the record has no fields</source>
            <translation>жазбада өрістер жоқ</translation>
        </message>
        <message>
            <source>tag {tag} is not three characters (a digit, letter or sign each)</source>
            <translation>{tag} тегі үш таңба емес (әрқайсысы цифр, әріп немесе белгі)</translation>
        </message>
        <message>
            <source>field {tag} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>{tag} өрісі өріс терминаторын қамтиды: оның анықтамалық жазбасы өрістің соңынан асып кетеді</translation>
        </message>
        <message>
            <source>field {tag}: subfield code {code} is not one character</source>
            <translation>{tag} өрісі: {code} ішкі өріс коды бір таңба емес</translation>
        </message>
        <message>
            <source>field {tag} ${code} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>{tag} өрісі ${code} өріс терминаторын қамтиды: оның анықтамалық жазбасы өрістің соңынан асып кетеді</translation>
        </message>
        <message>
            <source>the leader is not 24 characters</source>
            <translation>маркер 24 таңбадан тұрмайды</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 is {base}, not a position in the record</source>
            <translation>маркер/12-16 ішіндегі деректердің базалық адресі {base} — жазбадағы позиция емес</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 ({base}) is beyond the end of the record ({count} bytes)</source>
            <translation>маркер/12-16 ішіндегі деректердің базалық адресі ({base}) жазбаның соңынан ({count} байт) асып кетеді</translation>
        </message>
        <message>
            <source>the record is shorter than its leader says</source>
            <translation>жазба маркерде айтылғаннан қысқа</translation>
        </message>
        <message>
            <source>the directory is damaged: its length is not a multiple of 12 bytes (tag, length, start)</source>
            <translation>анықтамалық бүлінген: оның ұзындығы 12 байтқа (тег, ұзындық, басы) еселік емес</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs ({error})</source>
            <translation>маркерде немесе анықтамалықта сан тұруы керек жерде сан емес мән тұр ({error})</translation>
        </message>
        <message>
            <source>a subfield code is not a Latin letter or digit ({code}): {error}</source>
            <translation>ішкі өріс коды латын әрпі де, цифр да емес ({code}): {error}</translation>
        </message>
        <message>
            <source>the record cannot be read</source>
            <translation>жазбаны оқу мүмкін емес</translation>
        </message>
        <message>
            <source>the record cannot be parsed: {kind}: {error}</source>
            <translation>жазбаны талдау мүмкін емес: {kind}: {error}</translation>
        </message>
        <message>
            <source>the leader or directory holds non-ASCII bytes</source>
            <translation>маркерде немесе анықтамалықта ASCII емес байттар бар</translation>
        </message>
        <message>
            <source>directory entry {number} holds a non-number</source>
            <translation>анықтамалықтың {number}-жазбасында сан емес мән тұр</translation>
        </message>
        <message>
            <source>field {tag} has text where its two indicators belong (records from IRBIS-like systems without indicators are not MARC 21)</source>
            <translation>{tag} өрісінде екі индикатордың орнында мәтін тұр (индикаторсыз ИРБИС сияқты жүйелердің жазбалары MARC 21 емес)</translation>
        </message>
        <message>
            <source>invalid {label} in field {tag} (byte 0x{byte} at position {position} of the field)</source>
            <translation>{tag} өрісінде жарамсыз {label} (өрістің {position}-позициясындағы 0x{byte} байты)</translation>
        </message>
        <message>
            <source>invalid {label} in the record</source>
            <translation>жазбада жарамсыз {label}</translation>
        </message>
        <message>
            <source>field {tag}: NUL characters removed</source>
            <translation>{tag} өрісі: нөлдік (0x00) таңбалар алынып тасталды</translation>
        </message>
        <message>
            <source>field {tag} ${code}: NUL characters removed</source>
            <translation>{tag} өрісі ${code}: нөлдік (0x00) таңбалар алынып тасталды</translation>
        </message>
        <message>
            <source>not well-formed XML at line {line}, column {column}: {what}; the rest of the file cannot be read</source>
            <translation>XML {line}-жолда, {column}-бағанда дұрыс құрылмаған: {what}; файлдың қалған бөлігін оқу мүмкін емес</translation>
        </message>
        <message>
            <source>the leader has {count} characters instead of 24</source>
            <translation>маркерде 24 таңбаның орнына {count} таңба бар</translation>
        </message>
        <message>
            <source>a controlfield has no tag attribute (its text: {text})</source>
            <translation>controlfield элементінде tag атрибуты жоқ (мәтіні: {text})</translation>
        </message>
        <message>
            <source>&lt;controlfield tag={tag}&gt;: {tag} is not a control field's tag (001-009)</source>
            <translation>&lt;controlfield tag={tag}&gt;: {tag} — басқару өрісінің тегі емес (001-009)</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; in the record was ignored</source>
            <translation>жазбадағы белгісіз &lt;{name}&gt; элементі еленбеді</translation>
        </message>
        <message>
            <source>a datafield has no tag attribute</source>
            <translation>datafield элементінде tag атрибуты жоқ</translation>
        </message>
        <message>
            <source>&lt;datafield tag={tag}&gt;: {tag} is a control field's tag</source>
            <translation>&lt;datafield tag={tag}&gt;: {tag} — басқару өрісінің тегі</translation>
        </message>
        <message>
            <source>field {tag}: unknown element &lt;{name}&gt; was ignored</source>
            <translation>{tag} өрісі: белгісіз &lt;{name}&gt; элементі еленбеді</translation>
        </message>
        <message>
            <source>field {tag}: a subfield has no code attribute (its text: {text})</source>
            <translation>{tag} өрісі: ішкі өрісте code атрибуты жоқ (мәтіні: {text})</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; was ignored</source>
            <translation>белгісіз &lt;{name}&gt; элементі еленбеді</translation>
        </message>
        <message>
            <source>field {tag} came as a data field (the export loses a character of it); read as {data}</source>
            <translation>{tag} өрісі деректер өрісі ретінде келді (экспорт оның бір таңбасын жоғалтады); {data} ретінде оқылды</translation>
        </message>
        <message>
            <source>the &lt;rusmarc&gt; element holds no fields</source>
            <translation>&lt;rusmarc&gt; элементінде өрістер жоқ</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written: {p1}.</source>
            <translation>{p0} жазбасын жазу мүмкін емес: {p1}.</translation>
        </message>
        <message>
            <source>Record {p0} is {p1} bytes long; ISO 2709 allows 99999: export it as MARCXML instead.</source>
            <translation>{p0} жазбасының ұзындығы {p1} байт; ISO 2709 99999-ға дейін рұқсат етеді: оны MARCXML ретінде экспорттаңыз.</translation>
        </message>
        <message>
            <source>Record {p0} has a field longer than ISO 2709's 9999 bytes: export it as MARCXML instead.</source>
            <translation>{p0} жазбасында ISO 2709 рұқсат ететін 9999 байттан ұзын өріс бар: оны MARCXML ретінде экспорттаңыз.</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written as .mrk: {p1}.</source>
            <translation>{p0} жазбасын .mrk ретінде жазу мүмкін емес: {p1}.</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use one of {p1}.</source>
            <translation>Белгісіз пішім '{format}': мыналардың бірін алыңыз: {p1}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {p1}</source>
            <translation>{path} жазылмады: {p1}</translation>
        </message>
        <message>
            <source>Record {number} has {copies} copies; copies keep their inventory numbers for ever, so the record cannot be deleted (write the copies off instead).</source>
            <translation>{number} жазбасының {copies} данасы бар; даналар инвентарлық нөмірлерін мәңгі сақтайды, сондықтан жазбаны жоюға болмайды (оның орнына даналарды есептен шығарыңыз).</translation>
        </message>
        <message>
            <source>with 001 {number}</source>
            <translation>001 өрісі {number} болатын</translation>
        </message>
        <message>
            <source>Give a scanned label or ask for a barcode to be made, not both.</source>
            <translation>Сканерленген жапсырманы беріңіз немесе штрихкод жасауды сұраңыз, екеуін бірдей емес.</translation>
        </message>
        <message>
            <source>Nothing to change: give a barcode, a call number or a location.</source>
            <translation>Өзгертетін ештеңе жоқ: штрихкодты, шифрды немесе орынды беріңіз.</translation>
        </message>
        <message>
            <source>Copy {number} is written off: it no longer changes.</source>
            <translation>{number} данасы есептен шығарылған: ол енді өзгертілмейді.</translation>
        </message>
        <message>
            <source>A call number cannot be empty.</source>
            <translation>Шифр бос болмауы керек.</translation>
        </message>
        <message>
            <source>A call number has at most {most} characters.</source>
            <translation>Шифрда ең көбі {most} таңба болады.</translation>
        </message>
        <message>
            <source>Back up a PostgreSQL catalog with pg_dump; `qor backup` copies an SQLite catalog.</source>
            <translation>PostgreSQL каталогының сақтық көшірмесін pg_dump арқылы жасаңыз; `qor backup` SQLite каталогын көшіреді.</translation>
        </message>
        <message>
            <source>The rate '{rate}' is not a positive number.</source>
            <translation>'{rate}' бағамы оң сан емес.</translation>
        </message>
        <message>
            <source>Accession {number} has no copy priced in {currency}.</source>
            <translation>{number} қабылдау актісінде {currency} валютасында бағаланған дана жоқ.</translation>
        </message>
        <message>
            <source>Unknown scheme '{scheme}'; use auto, marc21, rusmarc or unimarc.</source>
            <translation>Белгісіз схема '{scheme}'; auto, marc21, rusmarc немесе unimarc қолданыңыз.</translation>
        </message>
        <message>
            <source>Unknown duplicate policy '{policy}'; use skip, overlay or add.</source>
            <translation>Қайталанған жазбалар ережесі белгісіз: '{policy}'; skip, overlay немесе add қолданыңыз.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the folder must hold exactly one IRBIS64 master file (.mst); it holds {n}.</source>
            <translation>қалтада дәл бір IRBIS64 мастер-файлы (.mst) болуы керек; онда {n}.</translation>
        </message>
        <message>
            <source>no such file.</source>
            <translation>мұндай файл жоқ.</translation>
        </message>
        <message>
            <source>the cross-reference file {xrf} is missing beside it.</source>
            <translation>жанында {xrf} сілтемелер файлы жоқ.</translation>
        </message>
        <message>
            <source>not an IRBIS64 master file, ISO 2709 export or text export (#tag: value lines).</source>
            <translation>бұл IRBIS64 мастер-файлы да, ISO 2709 экспорты да, мәтіндік экспорт (#тег: мән жолдары) та емес.</translation>
        </message>
        <message>
            <source>too short for an IRBIS64 master file.</source>
            <translation>IRBIS64 мастер-файлы үшін тым қысқа.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the .xrf points past the end of the file.</source>
            <translation>MFN {mfn}: .xrf файлы файлдың соңынан әрі нұсқайды.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the record at offset {offset} is damaged (its leader says MFN {found}, length {length}, base {base}, {nvf} fields).</source>
            <translation>MFN {mfn}: {offset} ығысуындағы жазба бүлінген (маркерінде MFN {found}, ұзындығы {length}, база {base}, {nvf} өріс).</translation>
        </message>
        <message>
            <source>line {line}: '{text}' is not a field (#tag: value)</source>
            <translation>{line}-жол: '{text}' өріс емес (#тег: мән)</translation>
        </message>
        <message>
            <source>ISO 2709 record {index}: {reason}</source>
            <translation>ISO 2709 жазбасы {index}: {reason}</translation>
        </message>
        <message>
            <source>{file}, line {line}: give the source code and the Qor code.</source>
            <translation>{file}, {line}-жол: бастапқы кодты және Qor кодын беріңіз.</translation>
        </message>
        <message>
            <source>{file}, line {line}: '{code}' is not a location code.</source>
            <translation>{file}, {line}-жол: '{code}' орын коды емес.</translation>
        </message>
        <message>
            <source>This workstation connects to PostgreSQL as a superuser, who can disable the triggers that keep inventory numbers and the event log unaltered. Connect it as a role of its own that is neither a superuser nor the schema's owner.</source>
            <translation>Бұл жұмыс орны PostgreSQL-ге суперпайдаланушы ретінде қосылады, ал ол инвентарлық нөмірлер мен оқиғалар журналын өзгертпей сақтайтын триггерлерді өшіре алады. Оны суперпайдаланушы да, схема иесі де емес өз рөлімен қосыңыз.</translation>
        </message>
        <message>
            <source>the file holds no MARC record (it is empty)</source>
            <translation>файлда бірде-бір MARC жазбасы жоқ (ол бос)</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>оқу мүмкін емес: {reason}</translation>
        </message>
        <message>
            <source>The import's reading process stopped (exit code {code}).</source>
            <translation>Импорттың оқу процесі тоқтады (шығу коды {code}).</translation>
        </message>
        <message>
            <source>The import's reading process failed:
{text}</source>
            <translation>Импорттың оқу процесі сәтсіз аяқталды:
{text}</translation>
        </message>
        <message>
            <source>The stored record is not valid: {error}</source>
            <translation>Сақталған жазба жарамсыз: {error}</translation>
        </message>
        <message>
            <source>Registers are printed in kk or ru, not '{language}'.</source>
            <translation>Есеп құжаттары қазақша (kk) немесе орысша (ru) басылады, '{language}' емес.</translation>
        </message>
        <message>
            <source>The register was cancelled; the file is incomplete.</source>
            <translation>Есеп құжаты тоқтатылды; файл толық емес.</translation>
        </message>
        <message>
            <source>The answer is not XML</source>
            <translation>Жауап XML емес</translation>
        </message>
        <message>
            <source>The answer is not an SRU searchRetrieve response</source>
            <translation>Жауап SRU іздеу жауабы (searchRetrieve) емес</translation>
        </message>
        <message>
            <source>HTTP error from {url}</source>
            <translation>{url} HTTP қатесін қайтарды</translation>
        </message>
        <message>
            <source>Cannot reach {url}</source>
            <translation>{url} қолжетімсіз</translation>
        </message>
        <message>
            <source>The catalog server answered with Z39.50 diagnostic {code}: {meaning}</source>
            <translation>Каталог сервері Z39.50 {code} диагностикасымен жауап берді: {meaning}</translation>
        </message>
        <message>
            <source>nothing answers at the address.</source>
            <translation>мекенжай бойынша ешкім жауап бермейді.</translation>
        </message>
        <message>
            <source>the connection was lost.</source>
            <translation>байланыс үзілді.</translation>
        </message>
        <message>
            <source>the server did not answer in time.</source>
            <translation>сервер уақытында жауап бермеді.</translation>
        </message>
        <message>
            <source>the user name or the password was refused.</source>
            <translation>пайдаланушы аты немесе құпиясөз қабылданбады.</translation>
        </message>
        <message>
            <source>the session was refused.</source>
            <translation>сеанс қабылданбады.</translation>
        </message>
        <message>
            <source>the database is unknown or holds no record yet.</source>
            <translation>дерекқор белгісіз немесе онда әлі бірде-бір жазба жоқ.</translation>
        </message>
        <message>
            <source>this user may search but not send records.</source>
            <translation>бұл пайдаланушы іздей алады, бірақ жазба жібере алмайды.</translation>
        </message>
        <message>
            <source>the change could not be carried out.</source>
            <translation>өзгерісті орындау мүмкін болмады.</translation>
        </message>
        <message>
            <source>see the details.</source>
            <translation>толығырақ қараңыз.</translation>
        </message>
        <message>
            <source>The Z39.50 library libyaz5 cannot be loaded ({error}). Install it (Debian/Ubuntu: apt-get install libyaz5) to use the union catalog over Z39.50.</source>
            <translation>Z39.50 кітапханасы libyaz5 жүктелмейді ({error}). Жиынтық каталогпен Z39.50 арқылы жұмыс істеу үшін оны орнатыңыз (Debian/Ubuntu: apt-get install libyaz5).</translation>
        </message>
        <message>
            <source>The system keyring cannot be used for the database password ({detail}). Unlock it or install a keyring service (GNOME Keyring, KWallet); or put the password in your ~/.pgpass file (mode 0600) instead.</source>
            <translation>Дерекқор құпиясөзі үшін жүйенің кілттер қоймасын пайдалану мүмкін емес ({detail}). Қойманы ашыңыз немесе кілттер қоймасы қызметін орнатыңыз (GNOME Keyring, KWallet); не құпиясөзді оның орнына ~/.pgpass файлыңызға жазыңыз (0600 рұқсатымен).</translation>
        </message>
        <message>
            <source>Only a PostgreSQL database has a password to keep: give --db postgresql+psycopg://ROLE@HOST/DATABASE (or set QOR_DB).</source>
            <translation>Сақтайтын құпиясөз тек PostgreSQL дерекқорында болады: --db postgresql+psycopg://РӨЛ@ХОСТ/ДЕРЕКҚОР деп беріңіз (немесе QOR_DB орнатыңыз).</translation>
        </message>
        <message>
            <source>The database address names no role: give it as postgresql+psycopg://ROLE@HOST/DATABASE.</source>
            <translation>Дерекқор мекенжайында рөл аталмаған: оны postgresql+psycopg://РӨЛ@ХОСТ/ДЕРЕКҚОР түрінде беріңіз.</translation>
        </message>
        <message>
            <source>Do not put the password in the database address: it would stay in the shell's history. Give the address without it; the password is asked for.</source>
            <translation>Құпиясөзді дерекқор мекенжайына жазбаңыз: ол командалық қабықтың тарихында қалып қояды. Мекенжайды құпиясөзсіз беріңіз; құпиясөз сұралады.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Құпиясөз бос.</translation>
        </message>
        <message>
            <source>field {tag} could not be converted ({error}); kept as it came in 887</source>
            <translation>{tag} өрісін түрлендіру мүмкін болмады ({error}); 887 өрісінде келген күйінде сақталды</translation>
        </message>
        <message>
            <source>no coded data field 100: the dates and languages of 008 were left unknown</source>
            <translation>100 кодталған деректер өрісі жоқ: 008 өрісінің күндері мен тілдері белгісіз қалды</translation>
        </message>
        <message>
            <source>no title field 200: the record has no title</source>
            <translation>200 тақырып өрісі жоқ: жазбаның тақырыбы жоқ</translation>
        </message>
        <message>
            <source>the coded data of field 100 is damaged: the dates and languages of 008 were left unknown</source>
            <translation>100 өрісінің кодталған деректері бүлінген: 008 өрісінің күндері мен тілдері белгісіз қалды</translation>
        </message>
        <message>
            <source>record type {code} (leader/06) is unknown: converted as printed text</source>
            <translation>{code} жазба түрі (маркер/06) белгісіз: баспа мәтіні ретінде түрлендірілді</translation>
        </message>
        <message>
            <source>country {code} (field 102) has no MARC 21 country code: 008 says xx (unknown)</source>
            <translation>{code} елінің (102 өріс) MARC 21 ел коды жоқ: 008 өрісінде xx (белгісіз) жазылды</translation>
        </message>
        <message>
            <source>relator code {code} in field {tag} is not a RUSMARC code: kept as it came, without a relator term</source>
            <translation>{tag} өрісіндегі {code} қатынас коды RUSMARC коды емес: келген күйінде, қатынас терминінсіз сақталды</translation>
        </message>
        <message>
            <source>The holiday table {source} is not valid: {error}</source>
            <translation>{source} мерекелер кестесі жарамсыз: {error}</translation>
        </message>
        <message>
            <source>The confirmation limit must be a whole number from 1 to {most}, not {limit}.</source>
            <translation>Растау шегі 1-ден {most}-ге дейінгі бүтін сан болуы керек, {limit} емес.</translation>
        </message>
        <message>
            <source>The status mapping '{entry}' is not an IRBIS code, '=' and one of the statuses: {statuses}.</source>
            <translation>'{entry}' күй сәйкестігі IRBIS коды, '=' және мына күйлердің бірі емес: {statuses}.</translation>
        </message>
        <message>
            <source>The holdings mode '{mode}' is unknown; use one of: {modes}.</source>
            <translation>'{mode}' дана деректері режимі белгісіз; мыналардың бірін қолданыңыз: {modes}.</translation>
        </message>
        <message>
            <source>no keyring service is installed or running</source>
            <translation>кілттер қоймасы қызметі орнатылмаған немесе іске қосылмаған</translation>
        </message>
        <message>
            <source>the only keyring is a file store ({kind})</source>
            <translation>жалғыз кілттер қоймасы — файлдық қойма ({kind})</translation>
        </message>
        <message>
            <source>The branch table {source} is not valid: {error}</source>
            <translation>{source} білім салалары кестесі жарамсыз: {error}</translation>
        </message>
        <message>
            <source>The branch table {source} sends '{key}' to '{group}'; the groups are: {groups}.</source>
            <translation>{source} білім салалары кестесі '{key}' белгісін '{group}' тобына жібереді; топтар: {groups}.</translation>
        </message>
    </context>
    <context>
        <name>keyboard</name>
        <message>
            <source>Everywhere</source>
            <translation>Барлық жерде</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Экран</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Перне</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Пернетақта тіркесімдері</translation>
        </message>
    </context>
    <context>
        <name>messages</name>
        <message>
            <source>Qor</source>
            <translation>Qor</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>ОК</translation>
        </message>
    </context>
    <context>
        <name>missing</name>
        <message>
            <source>no record</source>
            <translation>жазба жоқ</translation>
        </message>
        <message>
            <source>no inventory number</source>
            <translation>инвентарлық нөмірі жоқ</translation>
        </message>
        <message>
            <source>no barcode</source>
            <translation>штрихкод жоқ</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>сақтау орны жоқ</translation>
        </message>
        <message>
            <source>no call number</source>
            <translation>шифр жоқ</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>cataloger</source>
            <translation>каталогтаушы</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>қабылдау операторы</translation>
        </message>
        <message>
            <source>stock-checker</source>
            <translation>тексеруші</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>әкімші</translation>
        </message>
    </context>
    <context>
        <name>run_gui</name>
        <message>
            <source>Updating the catalog to this version of Qor…</source>
            <translation>Каталог Qor-дың осы нұсқасына жаңартылуда…</translation>
        </message>
        <message>
            <source>Qor</source>
            <translation>Qor</translation>
        </message>
        <message>
            <source>The database cannot be opened: {error}</source>
            <translation>Дерекқорды ашу мүмкін емес: {error}</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <source>in-processing</source>
            <translation>өңдеуде</translation>
        </message>
        <message>
            <source>available</source>
            <translation>қолжетімді</translation>
        </message>
        <message>
            <source>on-loan</source>
            <translation>оқырманда</translation>
        </message>
        <message>
            <source>at-bindery</source>
            <translation>түптеуде</translation>
        </message>
        <message>
            <source>in-repair</source>
            <translation>жөндеуде</translation>
        </message>
        <message>
            <source>being-digitised</source>
            <translation>цифрлануда</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>табылмаған</translation>
        </message>
        <message>
            <source>written-off</source>
            <translation>есептен шығарылған</translation>
        </message>
        <message>
            <source>to-be-written-off</source>
            <translation>есептен шығаруға ұсынылған</translation>
        </message>
    </context>
    <context>
        <name>unioncat</name>
        <message>
            <source>Imported «{title}» as record {record}.</source>
            <translation>«{title}» {record} жазбасы ретінде импортталды.</translation>
        </message>
        <message>
            <source>«{title}» replaced the content of record {record} (its 001 and copies kept).</source>
            <translation>«{title}» {record} жазбасының мазмұнын ауыстырды (оның 001 өрісі мен даналары сақталды).</translation>
        </message>
        <message>
            <source>The catalog already has «{title}» as record {record}; nothing imported.</source>
            <translation>Каталогта «{title}» {record} жазбасы ретінде бар; ештеңе импортталған жоқ.</translation>
        </message>
        <message>
            <source>Would send: {new} new, {changed} changed, {withdraw} to withdraw, {unchanged} unchanged</source>
            <translation>Жіберілетіні: {new} жаңа, {changed} өзгерген, {withdraw} алынатын, {unchanged} өзгермеген</translation>
        </message>
        <message>
            <source>{sent} sent, {updated} updated, {withdrawn} withdrawn, {failed} failed, {unchanged} unchanged; {remaining} left in the outbox</source>
            <translation>{sent} жіберілді, {updated} жаңартылды, {withdrawn} алынды, {failed} сәтсіз, {unchanged} өзгермеген; кезекте {remaining} қалды</translation>
        </message>
        <message>
            <source>; cancelled</source>
            <translation>; тоқтатылды</translation>
        </message>
        <message>
            <source>; stopped: {error}</source>
            <translation>; тоқтады: {error}</translation>
        </message>
        <message>
            <source>the program stopped during the sync</source>
            <translation>бағдарлама синхрондау кезінде тоқтап қалды</translation>
        </message>
        <message>
            <source>deleted from the catalog</source>
            <translation>каталогтан жойылды</translation>
        </message>
        <message>
            <source>withdrawn: the library holds no copies</source>
            <translation>алынып тасталды: кітапханада даналары жоқ</translation>
        </message>
        <message>
            <source>the library holds no copies any more</source>
            <translation>кітапханада енді даналары жоқ</translation>
        </message>
        <message>
            <source>the union catalog already holds this version</source>
            <translation>жиынтық каталогта бұл нұсқа бар</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but does not hold the record: it could not index it (see the server's log)</source>
            <translation>жиынтық каталог «done» деп жауап берді, бірақ жазба онда жоқ: оны индекстей алмады (сервер журналын қараңыз)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds another version of the record: it could not index the one sent (see the server's log)</source>
            <translation>жиынтық каталог «done» деп жауап берді, бірақ онда жазбаның басқа нұсқасы тұр: жіберілгенін индекстей алмады (сервер журналын қараңыз)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds the record</source>
            <translation>жиынтық каталог «done» деп жауап берді, бірақ жазба онда әлі тұр</translation>
        </message>
        <message>
            <source>the record cannot be written as well-formed MARCXML: {error}</source>
            <translation>жазбаны дұрыс құрылған MARCXML ретінде жазу мүмкін емес: {error}</translation>
        </message>
        <message>
            <source>the union catalog holds it more than once</source>
            <translation>жиынтық каталогта ол бірнеше рет бар</translation>
        </message>
        <message>
            <source>refused by the union catalog: {error}</source>
            <translation>жиынтық каталог қабылдамады: {error}</translation>
        </message>
        <message>
            <source>it could not be checked on the union catalog: {error}</source>
            <translation>оны жиынтық каталогтан тексеру мүмкін болмады: {error}</translation>
        </message>
        <message>
            <source>the union catalog cannot be reached</source>
            <translation>жиынтық каталогқа қосылу мүмкін емес</translation>
        </message>
        <message>
            <source>the union catalog refused the user name or password</source>
            <translation>жиынтық каталог пайдаланушы атын немесе құпиясөзді қабылдамады</translation>
        </message>
        <message>
            <source>the connection to the union catalog was lost</source>
            <translation>жиынтық каталогпен байланыс үзілді</translation>
        </message>
        <message>
            <source>the union catalog stopped answering</source>
            <translation>жиынтық каталог жауап беруді тоқтатты</translation>
        </message>
        <message>
            <source>this user may search the union catalog but not send to it</source>
            <translation>бұл пайдаланушы жиынтық каталогтан іздей алады, бірақ оған жібере алмайды</translation>
        </message>
        <message>
            <source>{hint} ({error})</source>
            <translation>{hint} ({error})</translation>
        </message>
    </context>
    <context>
        <name>validation</name>
        <message>
            <source>books</source>
            <translation>кітаптар</translation>
        </message>
        <message>
            <source>continuing resources</source>
            <translation>жалғасатын ресурстар</translation>
        </message>
        <message>
            <source>music</source>
            <translation>музыка</translation>
        </message>
        <message>
            <source>sound recordings</source>
            <translation>дыбыс жазбалары</translation>
        </message>
        <message>
            <source>maps</source>
            <translation>карталар</translation>
        </message>
        <message>
            <source>visual materials</source>
            <translation>визуалды материалдар</translation>
        </message>
        <message>
            <source>computer files</source>
            <translation>компьютерлік файлдар</translation>
        </message>
        <message>
            <source>mixed materials</source>
            <translation>аралас материалдар</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>бос орын</translation>
        </message>
        <message>
            <source>The leader must be {n} characters, it has {length}</source>
            <translation>Маркер {n} таңбадан тұруы керек, онда {length}</translation>
        </message>
        <message>
            <source>Leader/{pos} ({name}) is {value}; valid: {choices}</source>
            <translation>Маркер/{pos} ({name}) мәні {value}; рұқсат етілгені: {choices}</translation>
        </message>
        <message>
            <source>The record has no title (field 245)</source>
            <translation>Жазбада атау жоқ (245 өрісі)</translation>
        </message>
        <message>
            <source>The title proper (245 $a) is missing or empty</source>
            <translation>Негізгі атау (245 $a) жоқ немесе бос</translation>
        </message>
        <message>
            <source>A record has one main entry (1XX), this one has {n}: {tags}</source>
            <translation>Жазбада бір ғана негізгі тақырып (1XX) болады, мұнда {n}: {tags}</translation>
        </message>
        <message>
            <source>Unknown tag {tag}</source>
            <translation>Белгісіз тег {tag}</translation>
        </message>
        <message>
            <source>Field {tag} has no subfields</source>
            <translation>{tag} өрісінде ішкі өріс жоқ</translation>
        </message>
        <message>
            <source>Tag '{tag}' is not a MARC 21 tag</source>
            <translation>'{tag}' — MARC 21 тегі емес</translation>
        </message>
        <message>
            <source>Tag '{tag}' is impossible: a MARC 21 tag is three digits</source>
            <translation>'{tag}' тегі мүмкін емес: MARC 21 тегі үш цифрдан тұрады</translation>
        </message>
        <message>
            <source>Field {tag} is obsolete; use {other}</source>
            <translation>{tag} өрісі ескірген; орнына {other} қолданыңыз</translation>
        </message>
        <message>
            <source>Field {tag} is not repeatable but occurs {n} times</source>
            <translation>{tag} өрісі қайталанбайды, бірақ {n} рет кездеседі</translation>
        </message>
        <message>
            <source>blank only</source>
            <translation>тек бос орын</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}, a value MARC 21 has made obsolete; valid now: {choices}</source>
            <translation>{name} өрісінің {position}-индикаторы {value} — MARC 21-де ескірген мән; қазір рұқсат етілгені: {choices}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is undefined and should be blank; it is {value}</source>
            <translation>{name} өрісінің {position}-индикаторы анықталмаған, бос болуы керек; онда {value}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}; valid: {choices}</source>
            <translation>{name} өрісінің {position}-индикаторы {value}; рұқсат етілгені: {choices}</translation>
        </message>
        <message>
            <source>Subfield {code} is not defined for {name}</source>
            <translation>{code} ішкі өрісі {name} өрісі үшін анықталмаған</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is not repeatable but occurs {n} times</source>
            <translation>{name} өрісінің ${code} ішкі өрісі қайталанбайды, бірақ {n} рет кездеседі</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is empty</source>
            <translation>{name} өрісінің ${code} ішкі өрісі бос</translation>
        </message>
        <message>
            <source>Field 880 needs subfield $6 naming the field it pairs with (e.g. 245-01)</source>
            <translation>880 өрісіне жұбын атайтын $6 ішкі өрісі қажет (мысалы, 245-01)</translation>
        </message>
        <message>
            <source>Field 880 is linked to unknown tag {tag}</source>
            <translation>880 өрісі белгісіз {tag} тегімен байланысқан</translation>
        </message>
        <message>
            <source>Control field {tag} cannot have indicators or subfields</source>
            <translation>{tag} басқару өрісінде индикаторлар мен ішкі өрістер болмайды</translation>
        </message>
        <message>
            <source>008 must be 40 characters for {material}, it has {n}</source>
            <translation>008 өрісі {material} үшін 40 таңбадан тұруы керек, онда {n}</translation>
        </message>
        <message>
            <source>008 must be 40 characters, it has {n}</source>
            <translation>008 өрісі 40 таңбадан тұруы керек, онда {n}</translation>
        </message>
        <message>
            <source>005 should be the date and time as yyyymmddhhmmss.f, it is '{data}'</source>
            <translation>005 өрісі yyyymmddhhmmss.f түріндегі күн мен уақыт болуы керек, онда '{data}'</translation>
        </message>
        <message>
            <source>006 must be 18 characters, it has {n}</source>
            <translation>006 өрісі 18 таңбадан тұруы керек, онда {n}</translation>
        </message>
        <message>
            <source>Control field {tag} is empty</source>
            <translation>{tag} басқару өрісі бос</translation>
        </message>
    </context>
    <context>
        <name>xml</name>
        <message>
            <source>not well-formed (invalid token)</source>
            <translation>дұрыс құрылмаған (жарамсыз лексема)</translation>
        </message>
        <message>
            <source>mismatched tag</source>
            <translation>тегтер сәйкес емес</translation>
        </message>
        <message>
            <source>no element found</source>
            <translation>элемент табылмады</translation>
        </message>
        <message>
            <source>unclosed token</source>
            <translation>лексема жабылмаған</translation>
        </message>
        <message>
            <source>syntax error</source>
            <translation>синтаксис қатесі</translation>
        </message>
        <message>
            <source>junk after document element</source>
            <translation>құжат элементінен кейін артық мәтін</translation>
        </message>
        <message>
            <source>undefined entity</source>
            <translation>анықталмаған XML нысаны</translation>
        </message>
        <message>
            <source>partial character</source>
            <translation>толық емес таңба</translation>
        </message>
        <message>
            <source>duplicate attribute</source>
            <translation>қайталанған атрибут</translation>
        </message>
        <message>
            <source>reference to invalid character number</source>
            <translation>жарамсыз таңба нөміріне сілтеме</translation>
        </message>
        <message>
            <source>XML or text declaration not at start of entity</source>
            <translation>XML немесе мәтін жариялауы нысанның басында емес</translation>
        </message>
        <message>
            <source>unknown encoding</source>
            <translation>белгісіз кодтау</translation>
        </message>
        <message>
            <source>encoding specified in XML declaration is incorrect</source>
            <translation>XML жариялауында көрсетілген кодтау дұрыс емес</translation>
        </message>
        <message>
            <source>unclosed CDATA section</source>
            <translation>жабылмаған мәтіндік деректер бөлімі</translation>
        </message>
        <message>
            <source>unbound prefix</source>
            <translation>байланыстырылмаған префикс</translation>
        </message>
        <message>
            <source>XML declaration not well-formed</source>
            <translation>XML жариялауы дұрыс құрылмаған</translation>
        </message>
        <message>
            <source>recursive entity reference</source>
            <translation>нысанға рекурсивті сілтеме</translation>
        </message>
        <message>
            <source>reference to binary entity</source>
            <translation>екілік нысанға сілтеме</translation>
        </message>
        <message>
            <source>reference to external entity in attribute</source>
            <translation>атрибуттағы сыртқы нысанға сілтеме</translation>
        </message>
        <message>
            <source>illegal character(s) in public id</source>
            <translation>жалпы идентификатордағы рұқсат етілмеген таңба(лар)</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>жад жетпеді</translation>
        </message>
        <message>
            <source>limit on input amplification factor (from DTD and entities) breached</source>
            <translation>кіріс деректерін ұлғайту шегі (құжат типінің анықтамасы мен нысандардан) асып кетті</translation>
        </message>
        <message>
            <source>a fault in the markup</source>
            <translation>белгілеудегі ақау</translation>
        </message>
    </context>
</TS>
