<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
    <context>
        <name>AccessionDialog</name>
        <message>
            <source>Purchase</source>
            <translation>Покупка</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Дар</translation>
        </message>
        <message>
            <source>Book exchange</source>
            <translation>Книгообмен</translation>
        </message>
        <message>
            <source>State order</source>
            <translation>Госзаказ</translation>
        </message>
        <message>
            <source>Legal deposit</source>
            <translation>Обязательный экземпляр</translation>
        </message>
        <message>
            <source>Deadline {deadline}: met</source>
            <translation>Срок {deadline}: соблюдён</translation>
        </message>
        <message>
            <source>Deadline {deadline}: missed by {days} day(s)</source>
            <translation>Срок {deadline}: пропущен на {days} дн.</translation>
        </message>
        <message>
            <source>New accession batch (акт приёма)</source>
            <translation>Новый акт приёма</translation>
        </message>
        <message>
            <source>Supplier, donor or partner library</source>
            <translation>Поставщик, даритель или библиотека-партнёр</translation>
        </message>
        <message>
            <source>Invoice, deed of gift, list No.</source>
            <translation>Счёт-фактура, акт дарения, список №</translation>
        </message>
        <message>
            <source>Paper (30 calendar days)</source>
            <translation>Печатный (30 календарных дней)</translation>
        </message>
        <message>
            <source>Electronic (3 working days)</source>
            <translation>Электронный (3 рабочих дня)</translation>
        </message>
        <message>
            <source>Date received:</source>
            <translation>Дата поступления:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>Supplier / partner:</source>
            <translation>Поставщик / партнёр:</translation>
        </message>
        <message>
            <source>Document No.:</source>
            <translation>Документ №:</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>Дата документа:</translation>
        </message>
        <message>
            <source>Print date:</source>
            <translation>Дата печати:</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>Носитель:</translation>
        </message>
        <message>
            <source>Printed on the acceptance act</source>
            <translation>Печатается в акте приёма</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Примечание:</translation>
        </message>
        <message>
            <source>Open batch</source>
            <translation>Открыть акт</translation>
        </message>
    </context>
    <context>
        <name>AddCopiesDialog</name>
        <message>
            <source>Add {n} copies? Each gets an inventory number that cannot be deleted.</source>
            <translation>Добавить {n} экз.? Каждый получит инвентарный номер, который нельзя удалить.</translation>
        </message>
        <message>
            <source>Add copies</source>
            <translation>Добавить экземпляры</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · batch {batch}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · акт {batch}</translation>
        </message>
        <message>
            <source>e.g. 2500.00</source>
            <translation>напр., 2500.00</translation>
        </message>
        <message>
            <source>Scan pre-printed labels here (optional)</source>
            <translation>Сканируйте сюда готовые этикетки (необязательно)</translation>
        </message>
        <message>
            <source>Remove label</source>
            <translation>Убрать этикетку</translation>
        </message>
        <message>
            <source>Without labels, barcodes are made by the library's scheme.</source>
            <translation>Без этикеток штрихкоды создаются по схеме библиотеки.</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Экземпляры:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Место хранения:</translation>
        </message>
        <message>
            <source>Price:</source>
            <translation>Цена:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Шифр:</translation>
        </message>
        <message>
            <source>Labels:</source>
            <translation>Этикетки:</translation>
        </message>
        <message>
            <source>Label {code} was just scanned: counted once.</source>
            <translation>Этикетка {code} только что отсканирована: учтена один раз.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN, not a copy label.</source>
            <translation>{code} — ISBN книги, а не этикетка экземпляра.</translation>
        </message>
        <message>
            <source>Label {code} is already in the list.</source>
            <translation>Этикетка {code} уже в списке.</translation>
        </message>
        <message>
            <source>Label {n}: {code}</source>
            <translation>Этикетка {n}: {code}</translation>
        </message>
        <message>
            <source>Add a location first: copies must live somewhere.</source>
            <translation>Сначала добавьте место хранения: экземпляры должны где-то стоять.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>Цена '{price}' — не число.</translation>
        </message>
        <message>
            <source>Adding {n} copies…</source>
            <translation>Добавляется экземпляров: {n}…</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>No audit selected: choose or open one.</source>
            <translation>Проверка не выбрана: выберите или откройте.</translation>
        </message>
        <message>
            <source>Audits…</source>
            <translation>Проверки…</translation>
        </message>
        <message>
            <source>Import scanner file…</source>
            <translation>Загрузить файл сканера…</translation>
        </message>
        <message>
            <source>Refresh results</source>
            <translation>Обновить результаты</translation>
        </message>
        <message>
            <source>Close audit…</source>
            <translation>Закрыть проверку…</translation>
        </message>
        <message>
            <source>Scan a shelf's barcode, then its copies (or type and press Enter)</source>
            <translation>Сканируйте штрихкод полки, затем её экземпляры (или наберите и нажмите Enter)</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Ожидается</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Найдено</translation>
        </message>
        <message>
            <source>Missing so far</source>
            <translation>Пока не найдено</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>Не на месте</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестные</translation>
        </message>
        <message>
            <source>Status conflicts</source>
            <translation>Конфликты статуса</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место хранения</translation>
        </message>
        <message>
            <source>Found / expected</source>
            <translation>Найдено / ожидается</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Ход</translation>
        </message>
        <message>
            <source>Inv. No.</source>
            <translation>Инв. №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Шифр</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Место по учёту</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>Где найден</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Не найдены</translation>
        </message>
        <message>
            <source>Unknown barcodes</source>
            <translation>Неизвестные штрихкоды</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Код</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Сканирования</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Время сканирования</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кто</translation>
        </message>
        <message>
            <source>First</source>
            <translation>Первое</translation>
        </message>
        <message>
            <source>Set apart at opening</source>
            <translation>Отложены при открытии</translation>
        </message>
        <message>
            <source>Left during the audit</source>
            <translation>Выбыли во время проверки</translation>
        </message>
        <message>
            <source>Shelf order</source>
            <translation>Порядок на полке</translation>
        </message>
        <message>
            <source>Scanned after</source>
            <translation>Сканирован после</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Экспорт в CSV…</translation>
        </message>
        <message>
            <source>Move selected to where found</source>
            <translation>Переместить выбранные туда, где найдены</translation>
        </message>
        <message>
            <source>Restore selected missing copies</source>
            <translation>Восстановить выбранные ненайденные экземпляры</translation>
        </message>
        <message>
            <source>Open a record for this code</source>
            <translation>Открыть запись для этого кода</translation>
        </message>
        <message>
            <source>Audit {id} ({status}): {scope} — responsible: {who}</source>
            <translation>Проверка {id} ({status}): {scope} — ответственный: {who}</translation>
        </message>
        <message>
            <source>Shelf: {code}   Device: {device}</source>
            <translation>Полка: {code}   Устройство: {device}</translation>
        </message>
        <message>
            <source>none yet — scan a shelf's barcode</source>
            <translation>пока нет — сканируйте штрихкод полки</translation>
        </message>
        <message>
            <source>Scan {code} not counted: choose or open an audit first.</source>
            <translation>Скан {code} не учтён: сначала выберите или откройте проверку.</translation>
        </message>
        <message>
            <source>Shelf {shelf}: scan its copies.</source>
            <translation>Полка {shelf}: сканируйте её экземпляры.</translation>
        </message>
        <message>
            <source>Found: {copy}</source>
            <translation>Найден: {copy}</translation>
        </message>
        <message>
            <source>Misplaced: {copy} belongs to {home}</source>
            <translation>Не на месте: {copy} числится в {home}</translation>
        </message>
        <message>
            <source>Unknown barcode {code}</source>
            <translation>Неизвестный штрихкод {code}</translation>
        </message>
        <message>
            <source>Already scanned: {copy}</source>
            <translation>Уже отсканирован: {copy}</translation>
        </message>
        <message>
            <source>Status conflict: {copy} is {status} in the books</source>
            <translation>Конфликт статуса: по учёту {copy} — {status}</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Экспорт в CSV</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Запись: {file}…</translation>
        </message>
        <message>
            <source>Move {n} copies to the shelf they were found on?</source>
            <translation>Переместить {n} экз. на полку, где они найдены?</translation>
        </message>
        <message>
            <source>{n} copies done.</source>
            <translation>Готово: {n} экз.</translation>
        </message>
        <message>
            <source>No copy has the barcode {code}, and it is not an ISBN. Catalog a new record for it (book template)?</source>
            <translation>Экземпляра со штрихкодом {code} нет, и это не ISBN. Каталогизировать для него новую запись (шаблон книги)?</translation>
        </message>
        <message>
            <source>Scanner file</source>
            <translation>Файл сканера</translation>
        </message>
        <message>
            <source>Name of the handheld scanner this file comes from:</source>
            <translation>Имя ручного сканера, с которого получен этот файл:</translation>
        </message>
        <message>
            <source>Scanner files (*.txt *.csv *.dat);;All (*)</source>
            <translation>Файлы сканера (*.txt *.csv *.dat);;Все (*)</translation>
        </message>
        <message>
            <source>Importing scans…</source>
            <translation>Загрузка сканирований…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Line {label}; {rejected} rejected</source>
            <translation>Строка {label}; отклонено: {rejected}</translation>
        </message>
        <message>
            <source>{n} scans recorded, {old} lines imported before.</source>
            <translation>Записано сканирований: {n}; строк, загруженных ранее: {old}.</translation>
        </message>
        <message>
            <source>Cancelled: every scan before the stop is kept.</source>
            <translation>Отменено: все сканирования до остановки сохранены.</translation>
        </message>
        <message>
            <source>Close audit {id}? Copies not found become missing, and no more scans are taken.</source>
            <translation>Закрыть проверку {id}? Ненайденные экземпляры станут отсутствующими, сканирования больше не принимаются.</translation>
        </message>
        <message>
            <source>Audit act</source>
            <translation>Акт проверки фонда</translation>
        </message>
        <message>
            <source>Audit closed: {n} copies marked missing. The act is in {path}.</source>
            <translation>Проверка закрыта: {n} экз. отмечены отсутствующими. Акт: {path}.</translation>
        </message>
    </context>
    <context>
        <name>AuditsDialog</name>
        <message>
            <source>Audits</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Открыта</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Охват</translation>
        </message>
        <message>
            <source>Work on the selected audit</source>
            <translation>Работать с выбранной проверкой</translation>
        </message>
        <message>
            <source>Open a new audit</source>
            <translation>Открыть новую проверку</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Плановая</translation>
        </message>
        <message>
            <source>Change of materially responsible person</source>
            <translation>Смена материально ответственного лица</translation>
        </message>
        <message>
            <source>Loss found</source>
            <translation>Обнаружена утрата</translation>
        </message>
        <message>
            <source>Reorganisation or closure</source>
            <translation>Реорганизация или закрытие</translation>
        </message>
        <message>
            <source>e.g. RR- (every location whose code begins so)</source>
            <translation>напр., RR- (все места, чей код так начинается)</translation>
        </message>
        <message>
            <source>names, separated by commas</source>
            <translation>имена через запятую</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Причина:</translation>
        </message>
        <message>
            <source>Locations:</source>
            <translation>Места хранения:</translation>
        </message>
        <message>
            <source>Location prefixes:</source>
            <translation>Начала кодов мест:</translation>
        </message>
        <message>
            <source>Collections:</source>
            <translation>Фонды:</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>Ответственное лицо:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Члены комиссии:</translation>
        </message>
        <message>
            <source>Open audit</source>
            <translation>Открыть проверку</translation>
        </message>
    </context>
    <context>
        <name>BindingPanel</name>
        <message>
            <source>New order</source>
            <translation>Новый заказ</translation>
        </message>
        <message>
            <source>Bindery</source>
            <translation>Переплётная мастерская</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Переплёт</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Указания</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Cost, KZT</source>
            <translation>Стоимость, ₸</translation>
        </message>
        <message>
            <source>Scan into the order</source>
            <translation>Сканировать в заказ</translation>
        </message>
        <message>
            <source>Scan back from the bindery</source>
            <translation>Сканировать возврат из переплёта</translation>
        </message>
        <message>
            <source>Scan onto the waiting list</source>
            <translation>Сканировать в лист ожидания</translation>
        </message>
        <message>
            <source>Scan a copy's barcode</source>
            <translation>Сканируйте штрихкод экземпляра</translation>
        </message>
        <message>
            <source>Send order</source>
            <translation>Отправить заказ</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Заказ</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Экземпляры</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Не возвращено</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлен</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочен</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>ПРОСРОЧЕН</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. номер</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Возвращён</translation>
        </message>
        <message>
            <source>Make an order from the waiting list</source>
            <translation>Составить заказ из листа ожидания</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Список ожидания</translation>
        </message>
        <message>
            <source>Order {id}: {status}</source>
            <translation>Заказ {id}: {status}</translation>
        </message>
        <message>
            <source>Making up an order from the waiting list…</source>
            <translation>Заказ составляется из листа ожидания…</translation>
        </message>
        <message>
            <source>Order {id} made up from the waiting list: {n} copies.</source>
            <translation>Заказ {id} составлен из листа ожидания: {n} экз.</translation>
        </message>
        <message>
            <source>Order {id} opened: scan its copies.</source>
            <translation>Заказ {id} открыт: сканируйте его экземпляры.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>В ожидании</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Возвращён</translation>
        </message>
        <message>
            <source>Open or choose an order first.</source>
            <translation>Сначала откройте или выберите заказ.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Добавлен</translation>
        </message>
        <message>
            <source>Sending order {id}…</source>
            <translation>Заказ {id} отправляется…</translation>
        </message>
        <message>
            <source>Order {id} sent: {n} copies at the bindery.</source>
            <translation>Заказ {id} отправлен: {n} экз. в переплёте.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Delete the record «{title}»? This cannot be undone.</source>
            <translation>Удалить запись «{title}»? Это нельзя отменить.</translation>
        </message>
    </context>
    <context>
        <name>CompleteCopyDialog</name>
        <message>
            <source>Complete copy {number}</source>
            <translation>Дополнить экземпляр {number}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Inventory No. {number} · barcode {barcode}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Инв. № {number} · штрихкод {barcode}</translation>
        </message>
        <message>
            <source>Scan the pre-printed label for this copy</source>
            <translation>Отсканируйте заранее напечатанную этикетку для этого экземпляра</translation>
        </message>
        <message>
            <source>Make a barcode by the library's scheme</source>
            <translation>Создать штрихкод по схеме библиотеки</translation>
        </message>
        <message>
            <source>Scan a label, edit the call number, choose the location; then save.</source>
            <translation>Отсканируйте этикетку, исправьте шифр, выберите место хранения; затем сохраните.</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Этикетка:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Шифр хранения:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Место хранения:</translation>
        </message>
        <message>
            <source>This label is already on this copy.</source>
            <translation>Эта этикетка уже на этом экземпляре.</translation>
        </message>
        <message>
            <source>Label {code} goes on copy {number} when you save.</source>
            <translation>При сохранении этикетка {code} будет присвоена экземпляру {number}.</translation>
        </message>
    </context>
    <context>
        <name>CopiesModel</name>
        <message>
            <source>in processing</source>
            <translation>в обработке</translation>
        </message>
        <message>
            <source>available</source>
            <translation>доступен</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>выдан</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>в переплёте</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>в ремонте</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>оцифровывается</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>списан</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>предложен к списанию</translation>
        </message>
        <message>
            <source>Inventory No.</source>
            <translation>Инвентарный №</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Шифр</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Место хранения</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(без этикетки)</translation>
        </message>
    </context>
    <context>
        <name>CopyCatPanel</name>
        <message>
            <source>z3950://HOST:PORT/DB or http://HOST:PORT/PATH</source>
            <translation>z3950://HOST:PORT/DB или http://HOST:PORT/PATH</translation>
        </message>
        <message>
            <source>Title, author, ISBN or subject</source>
            <translation>Заглавие, автор, ISBN или тема</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Каталог:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Где есть</translation>
        </message>
        <message>
            <source>The accession batch the copies join</source>
            <translation>Партия поступления, в которую войдут экземпляры</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Добавить экземпляры…</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Партия:</translation>
        </message>
        <message>
            <source>{number} of {date}</source>
            <translation>{number} от {date}</translation>
        </message>
        <message>
            <source>Searching {target}…</source>
            <translation>Поиск в {target}…</translation>
        </message>
        <message>
            <source>{total} found in {target}, {shown} shown.</source>
            <translation>{target}: найдено {total}, показано {shown}.</translation>
        </message>
        <message>
            <source>There is no accession batch for the copies: open one at the intake desk.</source>
            <translation>Нет партии поступления для экземпляров: откройте её на столе приёма.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>Добавлено экземпляров: {n}: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>DigitisationPanel</name>
        <message>
            <source>Scan copies to send</source>
            <translation>Сканируйте экземпляры для отправки</translation>
        </message>
        <message>
            <source>Scan a copy that came back</source>
            <translation>Сканируйте вернувшийся экземпляр</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Записать результат</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Возвращён</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлен</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. номер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Copy {code} is back: fill in its file and pages, then Record outcome.</source>
            <translation>Экземпляр {code} вернулся: заполните файл и страницы, затем нажмите «Записать результат».</translation>
        </message>
        <message>
            <source>Sent: {what}</source>
            <translation>Отправлено: {what}</translation>
        </message>
        <message>
            <source>Copy {inv} is back: {file}</source>
            <translation>Экземпляр {inv} вернулся: {file}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export records</source>
            <translation>Экспорт записей</translation>
        </message>
        <message>
            <source>Selected records ({n})</source>
            <translation>Выбранные записи ({n})</translation>
        </message>
        <message>
            <source>All records of the catalog</source>
            <translation>Все записи каталога</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Библиографический формат:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Записи:</translation>
        </message>
        <message>
            <source>Output file:</source>
            <translation>Выходной файл:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Экспортировать в</translation>
        </message>
        <message>
            <source>Choose the output file.</source>
            <translation>Выберите выходной файл.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>{n} records written to {path}.</source>
            <translation>В {path} записано записей: {n}.</translation>
        </message>
        <message>
            <source>{n} records cannot be written in this format and were skipped:</source>
            <translation>Записей, которые нельзя записать в этом формате и которые пропущены: {n}:</translation>
        </message>
        <message>
            <source>record {id}: {reason}</source>
            <translation>запись {id}: {reason}</translation>
        </message>
        <message>
            <source>The export failed: {message}</source>
            <translation>Экспорт не удался: {message}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Ready to scan.</source>
            <translation>Готово к сканированию.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Qor — set up the library</source>
            <translation>Qor — настройка библиотеки</translation>
        </message>
        <message>
            <source>This database has no library yet. Name the library, give its MARC organisation code (sigla, written to 003, 040 and 852) and create the first administrator.</source>
            <translation>В этой базе данных ещё нет библиотеки. Укажите название библиотеки, её код организации MARC (сигла, записывается в 003, 040 и 852) и создайте первого администратора.</translation>
        </message>
        <message>
            <source>e.g. Ұлттық академиялық кітапхана</source>
            <translation>напр., Национальная академическая библиотека</translation>
        </message>
        <message>
            <source>e.g. KZ-AsNAB</source>
            <translation>напр., KZ-AsNAB</translation>
        </message>
        <message>
            <source>Load the demo catalog to try things on</source>
            <translation>Загрузить демо-каталог, чтобы попробовать</translation>
        </message>
        <message>
            <source>About fifty real Kazakh, Russian and English records, with copies</source>
            <translation>Около пятидесяти настоящих записей на казахском, русском и английском, с экземплярами</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Язык интерфейса:</translation>
        </message>
        <message>
            <source>Library name:</source>
            <translation>Название библиотеки:</translation>
        </message>
        <message>
            <source>Sigla (MARC organisation code):</source>
            <translation>Сигла (код организации MARC):</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Администратор:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Повторите пароль:</translation>
        </message>
        <message>
            <source>Create the library</source>
            <translation>Создать библиотеку</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
        <message>
            <source>The library is set up, but the demo catalog: {error}</source>
            <translation>Библиотека создана, но демо-каталог: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import MARC records</source>
            <translation>Импорт записей MARC</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Добавить файлы…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Определить</translation>
        </message>
        <message>
            <source>MarcEdit .mrk</source>
            <translation>MarcEdit .mrk</translation>
        </message>
        <message>
            <source>Detect by the records</source>
            <translation>Определить по записям</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Пропустить</translation>
        </message>
        <message>
            <source>Overlay the catalog's record (keeps its 001 and copies)</source>
            <translation>Заменить запись каталога (её 001 и экземпляры сохраняются)</translation>
        </message>
        <message>
            <source>Add them as new records</source>
            <translation>Добавить как новые записи</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Формат:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Кодировка:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Библиографический формат:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Дубликаты:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Files:</source>
            <translation>Файлы:</translation>
        </message>
        <message>
            <source>Choose MARC files</source>
            <translation>Выберите файлы MARC</translation>
        </message>
        <message>
            <source>MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;All files (*)</source>
            <translation>Файлы MARC (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Add at least one file to import.</source>
            <translation>Добавьте хотя бы один файл для импорта.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Чтение…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Отмена после текущей порции…</translation>
        </message>
        <message>
            <source>{done} records read, {rejected} rejected — {file}</source>
            <translation>Прочитано записей: {done}, отклонено: {rejected} — {file}</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({added} added anyway). Rejected: {rejected}.</source>
            <translation>Импортировано: {imported}. Дубликатов: {duplicates} (из них {added} всё равно добавлены). Отклонено: {rejected}.</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({overlaid} overlaid). Rejected: {rejected}.</source>
            <translation>Импортировано: {imported}. Дубликаты: {duplicates} (заменено: {overlaid}). Отклонено: {rejected}.</translation>
        </message>
        <message>
            <source>Converted to MARC 21: {rusmarc} from RUSMARC, {unimarc} from UNIMARC.</source>
            <translation>Преобразовано в MARC 21: из RUSMARC {rusmarc}, из UNIMARC {unimarc}.</translation>
        </message>
        <message>
            <source>The import was cancelled: the {n} records imported before it stopped were kept; the rest of the files was not read.</source>
            <translation>Импорт отменён: {n} записей, импортированных до остановки, сохранены; остаток файлов не прочитан.</translation>
        </message>
        <message>
            <source>Warnings: {n} (those records were imported; see the list).</source>
            <translation>Предупреждения: {n} (эти записи импортированы; см. список).</translation>
        </message>
        <message>
            <source>Imported with a warning: {message}</source>
            <translation>Импортирована с предупреждением: {message}</translation>
        </message>
        <message>
            <source>The import stopped: {message}</source>
            <translation>Импорт остановлен: {message}</translation>
        </message>
    </context>
    <context>
        <name>IntakeScreen</name>
        <message>
            <source>New batch…</source>
            <translation>Новый акт…</translation>
        </message>
        <message>
            <source>Loading the batch…</source>
            <translation>Акт загружается…</translation>
        </message>
        <message>
            <source>Accession batch:</source>
            <translation>Акт приёма:</translation>
        </message>
        <message>
            <source>Scan a book's ISBN or a copy's barcode</source>
            <translation>Сканируйте ISBN книги или штрихкод экземпляра</translation>
        </message>
        <message>
            <source>Release mode: a scanned copy is released</source>
            <translation>Режим передачи: отсканированный экземпляр передаётся в фонд</translation>
        </message>
        <message>
            <source>Scan:</source>
            <translation>Скан:</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Добавить экземпляры…</translation>
        </message>
        <message>
            <source>Look up in remote catalogs</source>
            <translation>Искать во внешних каталогах</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>Новая запись по шаблону книги</translation>
        </message>
        <message>
            <source>Release this copy</source>
            <translation>Передать экземпляр в фонд</translation>
        </message>
        <message>
            <source>Complete copy…</source>
            <translation>Дополнить экземпляр…</translation>
        </message>
        <message>
            <source>Put a label on the copy, edit its call number, choose its location</source>
            <translation>Наклеить этикетку на экземпляр, изменить шифр, выбрать место хранения</translation>
        </message>
        <message>
            <source>Release whole batch</source>
            <translation>Передать в фонд весь акт</translation>
        </message>
        <message>
            <source>Labels…</source>
            <translation>Этикетки…</translation>
        </message>
        <message>
            <source>Locations…</source>
            <translation>Места хранения…</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>{n} экз.</translation>
        </message>
        <message>
            <source>late</source>
            <translation>с опозданием</translation>
        </message>
        <message>
            <source>{n} copies in this batch, {waiting} in processing</source>
            <translation>В акте {n} экз., в обработке {waiting}</translation>
        </message>
        <message>
            <source>Batch {number} is open: scan the books.</source>
            <translation>Акт {number} открыт: сканируйте книги.</translation>
        </message>
        <message>
            <source>Loading the batch: {code} is answered in a moment.</source>
            <translation>Акт загружается: {code} будет обработан через мгновение.</translation>
        </message>
        <message>
            <source>{code} scanned again within a second: counted once.</source>
            <translation>{code} отсканирован повторно в течение секунды: учтён один раз.</translation>
        </message>
        <message>
            <source>ISBN {isbn} is not in the catalog: look it up or make a record.</source>
            <translation>ISBN {isbn} нет в каталоге: найдите его или создайте запись.</translation>
        </message>
        <message>
            <source>New book &lt;b&gt;{isbn}&lt;/b&gt;. &lt;i&gt;Look up in remote catalogs&lt;/i&gt; to copy a record, or start one from the book template.</source>
            <translation>Новая книга &lt;b&gt;{isbn}&lt;/b&gt;. &lt;i&gt;Найдите во внешних каталогах&lt;/i&gt;, чтобы скопировать запись, или начните её по шаблону книги.</translation>
        </message>
        <message>
            <source>{n} records have ISBN {isbn}: choose one.</source>
            <translation>ISBN {isbn} есть в {n} записях: выберите одну.</translation>
        </message>
        <message>
            <source>«{title}» is in the catalog ({held} copies held).</source>
            <translation>«{title}» есть в каталоге (в фонде {held} экз.).</translation>
        </message>
        <message>
            <source>{code} is a shelf location, not a copy.</source>
            <translation>{code} — место на полке, а не экземпляр.</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>Нет экземпляра со штрихкодом {code}.</translation>
        </message>
        <message>
            <source>{code} is neither a book's ISBN nor a barcode of this library.</source>
            <translation>{code} — не ISBN книги и не штрихкод этой библиотеки.</translation>
        </message>
        <message>
            <source>Copy {number} · «{title}» · {status}</source>
            <translation>Экземпляр {number} · «{title}» · {status}</translation>
        </message>
        <message>
            <source>missing: {what}</source>
            <translation>не хватает: {what}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;record {control} · {held} copies held</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;запись {control} · в фонде {held} экз.</translation>
        </message>
        <message>
            <source>Inventory No. {number} · barcode {barcode} · {status}</source>
            <translation>Инв. № {number} · штрихкод {barcode} · {status}</translation>
        </message>
        <message>
            <source>Location {location} · call number {call}</source>
            <translation>Место хранения {location} · шифр {call}</translation>
        </message>
        <message>
            <source>Missing for release: {what}</source>
            <translation>Для передачи в фонд не хватает: {what}</translation>
        </message>
        <message>
            <source>Ready for release.</source>
            <translation>Готов к передаче в фонд.</translation>
        </message>
        <message>
            <source>Choose or open an accession batch first.</source>
            <translation>Сначала выберите или откройте акт приёма.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>Добавлено экз.: {n}: {numbers}</translation>
        </message>
        <message>
            <source>No remote catalog is configured: add one on the Union catalog screen.</source>
            <translation>Внешний каталог не настроен: добавьте его на экране «Сводный каталог».</translation>
        </message>
        <message>
            <source>Looking up {isbn} in {n} catalog(s)…</source>
            <translation>Поиск {isbn} в каталогах ({n})…</translation>
        </message>
        <message>
            <source>No remote catalog has ISBN {isbn}.</source>
            <translation>Ни в одном внешнем каталоге нет ISBN {isbn}.</translation>
        </message>
        <message>
            <source>{n} record(s) found for {isbn}: choose one.</source>
            <translation>Для {isbn} найдено записей: {n}; выберите одну.</translation>
        </message>
        <message>
            <source>Record «{title}» created.</source>
            <translation>Запись «{title}» создана.</translation>
        </message>
        <message>
            <source>Release the {n} copies in processing of batch {number} to the fund?</source>
            <translation>Передать в фонд {n} экз. партии {number}, находящихся в обработке?</translation>
        </message>
        <message>
            <source>Releasing the batch's copies…</source>
            <translation>Экземпляры акта передаются в фонд…</translation>
        </message>
        <message>
            <source>Nothing in processing to release.</source>
            <translation>Нет экземпляров в обработке для передачи.</translation>
        </message>
        <message>
            <source>Released: copy {number} · «{title}»</source>
            <translation>Передан в фонд: экземпляр {number} · «{title}»</translation>
        </message>
        <message>
            <source>{n} copies released.</source>
            <translation>Передано в фонд экз.: {n}.</translation>
        </message>
        <message>
            <source>{n} refused.</source>
            <translation>Отказано: {n}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not released&lt;/b&gt; (what is missing):</source>
            <translation>&lt;b&gt;Не переданы&lt;/b&gt; (чего не хватает):</translation>
        </message>
        <message>
            <source>Not released: {why}</source>
            <translation>Не передан: {why}</translation>
        </message>
        <message>
            <source>Copy {number} saved.</source>
            <translation>Экземпляр {number} сохранён.</translation>
        </message>
        <message>
            <source>Locations added: {codes}</source>
            <translation>Добавлены места хранения: {codes}</translation>
        </message>
    </context>
    <context>
        <name>KaznebPanel</name>
        <message>
            <source>Scan a copy of the record</source>
            <translation>Отсканируйте экземпляр записи</translation>
        </message>
        <message>
            <source>printed matter</source>
            <translation>печатные издания</translation>
        </message>
        <message>
            <source>rare books and manuscripts</source>
            <translation>редкие книги и рукописи</translation>
        </message>
        <message>
            <source>socially significant works</source>
            <translation>социально значимые литература и издания, выпущенные в рамках государственных программ</translation>
        </message>
        <message>
            <source>legal-deposit copies</source>
            <translation>обязательные экземпляры</translation>
        </message>
        <message>
            <source>research reports, dissertations, abstracts</source>
            <translation>научные отчёты, диссертации, авторефераты</translation>
        </message>
        <message>
            <source>local-history works</source>
            <translation>краеведческие произведения</translation>
        </message>
        <message>
            <source>editions for blind and partially sighted</source>
            <translation>издания для слепых и слабовидящих</translation>
        </message>
        <message>
            <source>copyrighted works (author's agreement)</source>
            <translation>произведения, охраняемые авторским правом (договор с автором)</translation>
        </message>
        <message>
            <source>e.g. agreement No. 15/2026</source>
            <translation>например, договор № 15/2026</translation>
        </message>
        <message>
            <source>Mark as KazNEB candidate</source>
            <translation>Предложить в КазНЭБ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Категория</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Страницы</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Договор</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Отмечено</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Экземпляр</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Author's agreement</source>
            <translation>Договор с автором</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>Нет экземпляра со штрихкодом {code}.</translation>
        </message>
        <message>
            <source>Scan a copy of the record first.</source>
            <translation>Сначала отсканируйте экземпляр записи.</translation>
        </message>
        <message>
            <source>{title} is a KazNEB candidate ({category}, {pages} pages).</source>
            <translation>«{title}» предложено в КазНЭБ ({category}, {pages} с.).</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>A4 sheet, 3 × 8 labels of 70 × 37 mm (24 per sheet)</source>
            <translation>Лист A4, 3 × 8 этикеток 70 × 37 мм (24 на листе)</translation>
        </message>
        <message>
            <source>A4 sheet, 3 × 7 labels of 70 × 42.3 mm (21 per sheet)</source>
            <translation>Лист A4, 3 × 7 этикеток 70 × 42,3 мм (21 на листе)</translation>
        </message>
        <message>
            <source>A4 sheet, 2 × 8 labels of 99.1 × 33.9 mm (16 per sheet)</source>
            <translation>Лист A4, 2 × 8 этикеток 99,1 × 33,9 мм (16 на листе)</translation>
        </message>
        <message>
            <source>Roll of 58 × 40 mm labels, one label per page</source>
            <translation>Рулон этикеток 58 × 40 мм, одна этикетка на страницу</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Этикетки</translation>
        </message>
        <message>
            <source>This batch ({n})</source>
            <translation>Этот акт ({n})</translation>
        </message>
        <message>
            <source>Selected ({n})</source>
            <translation>Выбранные ({n})</translation>
        </message>
        <message>
            <source>Barcode labels</source>
            <translation>Этикетки со штрихкодом</translation>
        </message>
        <message>
            <source>Spine labels</source>
            <translation>Корешковые этикетки</translation>
        </message>
        <message>
            <source>One line of the spine label per line</source>
            <translation>По одной строке корешковой этикетки на строку</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Экземпляры:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Шаблон:</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Начать с этикетки:</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Печатать:</translation>
        </message>
        <message>
            <source>Spine lines of the copy chosen below:</source>
            <translation>Строки корешка экземпляра, выбранного ниже:</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>Страница:</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Nothing to print: choose copies and label kinds.</source>
            <translation>Нечего печатать: выберите экземпляры и виды этикеток.</translation>
        </message>
        <message>
            <source>Preview unavailable (pypdfium2 is not installed).</source>
            <translation>Предпросмотр недоступен (pypdfium2 не установлен).</translation>
        </message>
        <message>
            <source>{labels} labels on {pages} page(s) of {template}.</source>
            <translation>{template}: {labels} этикеток на {pages} стр.</translation>
        </message>
        <message>
            <source>Warning: written off or to be written off: {numbers}.</source>
            <translation>Внимание: списаны или предложены к списанию: {numbers}.</translation>
        </message>
        <message>
            <source>Saved {path} ({pages} page(s)).</source>
            <translation>Сохранено: {path} ({pages} стр.).</translation>
        </message>
        <message>
            <source>Save labels</source>
            <translation>Сохранить этикетки</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print labels for copies that are written off?</source>
            <translation>Печатать этикетки для списанных экземпляров?</translation>
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
            <translation>Qor столкнулся с непредвиденной ошибкой: {error}

То, что вы делали, могло не сохраниться. Подробности — в файле журнала {path}; пожалуйста, отправьте его тому, кто обслуживает Qor в вашей библиотеке.</translation>
        </message>
    </context>
    <context>
        <name>LocationsDialog</name>
        <message>
            <source>Locations</source>
            <translation>Места хранения</translation>
        </message>
        <message>
            <source>e.g. ABON or KS-1</source>
            <translation>например, ABON или KS-1</translation>
        </message>
        <message>
            <source>optional: scan the shelf's label</source>
            <translation>необязательно: отсканируйте этикетку полки</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Добавить место</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Код:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Отдел:</translation>
        </message>
        <message>
            <source>Shelf barcode:</source>
            <translation>Штрихкод полки:</translation>
        </message>
        <message>
            <source>shelf barcode {barcode}</source>
            <translation>штрихкод полки {barcode}</translation>
        </message>
        <message>
            <source>No locations yet: add the first one.</source>
            <translation>Мест хранения пока нет: добавьте первое.</translation>
        </message>
        <message>
            <source>Location {code} added.</source>
            <translation>Место хранения {code} добавлено.</translation>
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
            <translation>Приём</translation>
        </message>
        <message>
            <source>Audits</source>
            <translation>Проверки</translation>
        </message>
        <message>
            <source>Preservation</source>
            <translation>Сохранность</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Учётные документы</translation>
        </message>
        <message>
            <source>Union catalog</source>
            <translation>Сводный каталог</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Import MARC…</source>
            <translation>Импорт MARC…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Выход</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Настройки…</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>Пользователи…</translation>
        </message>
        <message>
            <source>Migrate from IRBIS…</source>
            <translation>Перенос из ИРБИС…</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Запись</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>Новая запись по шаблону книги</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Scan field</source>
            <translation>Поле сканирования</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <source>About Qor</source>
            <translation>О программе Qor</translation>
        </message>
        <message>
            <source>User: {user} ({roles})</source>
            <translation>Пользователь: {user} ({roles})</translation>
        </message>
        <message>
            <source>Database: {url}</source>
            <translation>База данных: {url}</translation>
        </message>
        <message>
            <source>Connected as a superuser</source>
            <translation>Подключено как суперпользователь</translation>
        </message>
        <message>
            <source>Qor will speak the new language when it is started again.</source>
            <translation>Qor заговорит на новом языке при следующем запуске.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Cataloging, intake and fund accounting for the libraries of Kazakhstan.&lt;br&gt;Library: {library} ({sigla})</source>
            <translation>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Каталогизация, приём и учёт фонда для библиотек Казахстана.&lt;br&gt;Библиотека: {library} ({sigla})</translation>
        </message>
    </context>
    <context>
        <name>MarcEditor</name>
        <message>
            <source>New record</source>
            <translation>Новая запись</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Редактирование записи</translation>
        </message>
        <message>
            <source>Leader:</source>
            <translation>Маркер:</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Метка</translation>
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
            <translation>Подполя / данные</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Добавить поле</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Удалить поле</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Выше</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Ниже</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Таблица</translation>
        </message>
        <message>
            <source>Text (.mrk)</source>
            <translation>Текст (.mrk)</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>Проблемы:</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Discard the changes made to this record?</source>
            <translation>Отменить изменения, внесённые в запись?</translation>
        </message>
        <message>
            <source>Kept by the catalog: the local control number and code.</source>
            <translation>Ведёт каталог: локальный контрольный номер и код.</translation>
        </message>
        <message>
            <source>The leader has {n} characters instead of 24.</source>
            <translation>В маркере {n} символов вместо 24.</translation>
        </message>
        <message>
            <source>Row {row}: a tag has three characters, not '{tag}'.</source>
            <translation>Строка {row}: метка состоит из трёх символов, а не '{tag}'.</translation>
        </message>
        <message>
            <source>Row {row}, field {tag}: {problem}.</source>
            <translation>Строка {row}, поле {tag}: {problem}.</translation>
        </message>
        <message>
            <source>001 and 003 are kept by the catalog.</source>
            <translation>Поля 001 и 003 ведёт каталог.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>Проблем не найдено.</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s).</source>
            <translation>Ошибок: {errors}, предупреждений: {warnings}.</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Предупреждение</translation>
        </message>
        <message>
            <source>(row {n})</source>
            <translation>(строка {n})</translation>
        </message>
        <message>
            <source>The record has {n} error(s); correct them before saving.</source>
            <translation>В записи ошибок: {n}; исправьте их перед сохранением.</translation>
        </message>
        <message>
            <source>The record has {n} warning(s). Save it anyway?</source>
            <translation>В записи предупреждений: {n}. Всё равно сохранить?</translation>
        </message>
    </context>
    <context>
        <name>MigrationWizard</name>
        <message>
            <source>number used twice in the source</source>
            <translation>номер, дважды использованный в источнике</translation>
        </message>
        <message>
            <source>no number (б/н)</source>
            <translation>без номера (б/н)</translation>
        </message>
        <message>
            <source>status Qor does not know</source>
            <translation>статус, неизвестный Qor</translation>
        </message>
        <message>
            <source>barcode another copy has</source>
            <translation>штрихкод другого экземпляра</translation>
        </message>
        <message>
            <source>temporarily unavailable: in processing until released</source>
            <translation>временно недоступен: в обработке до выдачи в фонд</translation>
        </message>
        <message>
            <source>in transit: available (still in the fund)</source>
            <translation>в пути: доступен (в фонде)</translation>
        </message>
        <message>
            <source>reserved: available (on its shelf)</source>
            <translation>забронирован: доступен (на полке)</translation>
        </message>
        <message>
            <source>Migrate a fund from IRBIS64</source>
            <translation>Перенос фонда из IRBIS64</translation>
        </message>
        <message>
            <source>an IRBIS64 database (.mst), its folder, or an export</source>
            <translation>база IRBIS64 (.mst), её папка или экспорт</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>Файл…</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Папка…</translation>
        </message>
        <message>
            <source>optional: CSV of IRBIS place of storage, Qor location code</source>
            <translation>необязательно: CSV с местом хранения IRBIS и кодом места Qor</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Источник:</translation>
        </message>
        <message>
            <source>Location map:</source>
            <translation>Соответствие мест:</translation>
        </message>
        <message>
            <source>Start with a dry run: it shows what would be created and changes nothing.</source>
            <translation>Начните с пробного прогона: он покажет, что будет создано, и ничего не изменит.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Что</translation>
        </message>
        <message>
            <source>Count or detail</source>
            <translation>Количество или сведения</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Пробный прогон</translation>
        </message>
        <message>
            <source>Migrate</source>
            <translation>Перенести</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Save the worklist…</source>
            <translation>Сохранить список на маркировку…</translation>
        </message>
        <message>
            <source>A CSV of every migrated copy that lacks a barcode, location or call number, or is flagged for the librarian</source>
            <translation>CSV со всеми перенесёнными экземплярами без штрихкода, места хранения или шифра либо отмеченными для библиотекаря</translation>
        </message>
        <message>
            <source>IRBIS64 database or export</source>
            <translation>База данных IRBIS64 или экспорт</translation>
        </message>
        <message>
            <source>IRBIS64 (*.mst *.iso *.txt);;All files (*)</source>
            <translation>IRBIS64 (*.mst *.iso *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <source>IRBIS64 database folder</source>
            <translation>Папка базы данных IRBIS64</translation>
        </message>
        <message>
            <source>Location map</source>
            <translation>Соответствие мест хранения</translation>
        </message>
        <message>
            <source>CSV (*.csv);;All files (*)</source>
            <translation>CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Save the worklist</source>
            <translation>Сохранить список на маркировку</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The worklist was not saved: {reason}</source>
            <translation>Список на маркировку не сохранён: {reason}</translation>
        </message>
        <message>
            <source>{n} copies on the worklist, saved to {file}</source>
            <translation>В списке {n} экз., сохранён в {file}</translation>
        </message>
        <message>
            <source>Dry run: reading the source…</source>
            <translation>Пробный прогон: чтение источника…</translation>
        </message>
        <message>
            <source>Migrating…</source>
            <translation>Перенос…</translation>
        </message>
        <message>
            <source>{n} records read…</source>
            <translation>прочитано записей: {n}…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Остановка после текущей партии…</translation>
        </message>
        <message>
            <source>The migration stopped: {reason}</source>
            <translation>Перенос остановлен: {reason}</translation>
        </message>
        <message>
            <source>Cancelled. What was committed stays; migrating again resumes where it stopped.</source>
            <translation>Отменено. Сохранённое остаётся; повторный перенос продолжит с места остановки.</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed. This is what a migration would create.</source>
            <translation>Пробный прогон: ничего не изменено. Вот что создаст перенос.</translation>
        </message>
        <message>
            <source>Migration finished. Running it again adds nothing.</source>
            <translation>Перенос завершён. Повторный запуск ничего не добавит.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Записи</translation>
        </message>
        <message>
            <source>Records migrated before (skipped now)</source>
            <translation>Записи, перенесённые ранее (сейчас пропущены)</translation>
        </message>
        <message>
            <source>Logically deleted records (skipped)</source>
            <translation>Логически удалённые записи (пропущены)</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Экземпляры</translation>
        </message>
        <message>
            <source>Group holdings (copies counted by amount)</source>
            <translation>Групповой учёт (экземпляры, учтённые количеством)</translation>
        </message>
        <message>
            <source>Awaited copies (not in the fund yet, left out)</source>
            <translation>Ожидаемые экземпляры (ещё не в фонде, не перенесены)</translation>
        </message>
        <message>
            <source>Locations created</source>
            <translation>Созданные места хранения</translation>
        </message>
        <message>
            <source>Accession batches</source>
            <translation>Акты приёма</translation>
        </message>
        <message>
            <source>Copies with status: {status}</source>
            <translation>Экземпляры со статусом: {status}</translation>
        </message>
        <message>
            <source>IRBIS status {code}: nearest Qor status</source>
            <translation>Статус IRBIS {code}: ближайший статус Qor</translation>
        </message>
        <message>
            <source>IRBIS status {code}: unknown to Qor, held in processing</source>
            <translation>Статус IRBIS {code}: Qor его не знает, экземпляры в обработке</translation>
        </message>
        <message>
            <source>Flagged for the librarian: {flag}</source>
            <translation>Отмечено для библиотекаря: {flag}</translation>
        </message>
        <message>
            <source>Labelling worklist: {lack}</source>
            <translation>Список на маркировку: {lack}</translation>
        </message>
        <message>
            <source>Fields with no MARC 21 home (kept in 887)</source>
            <translation>Поля без места в MARC 21 (сохранены в 887)</translation>
        </message>
        <message>
            <source>Copy subfields kept with the copies</source>
            <translation>Подполя, сохранённые с экземплярами</translation>
        </message>
        <message>
            <source>Rejected: {record}</source>
            <translation>Отклонено: {record}</translation>
        </message>
        <message>
            <source>Flagged: {record}, inventory number {number}</source>
            <translation>Отмечен: {record}, инвентарный номер {number}</translation>
        </message>
        <message>
            <source>{n} more flagged copies</source>
            <translation>Ещё {n} отмеченных экз.</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one: Save the worklist…</source>
            <translation>в CSV списка на маркировку есть все: Сохранить список на маркировку…</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one after the migration</source>
            <translation>после переноса в CSV списка на маркировку будут все</translation>
        </message>
        <message>
            <source>Warning: {record}</source>
            <translation>Предупреждение: {record}</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>Новый пользователь</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>Имя пользователя:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Полное имя:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Роли:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Password of {user}</source>
            <translation>Пароль пользователя {user}</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Повторите пароль:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>PreservationScreen</name>
        <message>
            <source>Binding</source>
            <translation>Переплёт</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Ремонт</translation>
        </message>
        <message>
            <source>Digitisation</source>
            <translation>Оцифровка</translation>
        </message>
        <message>
            <source>Repair reports</source>
            <translation>Отчёты о ремонте</translation>
        </message>
        <message>
            <source>KazNEB</source>
            <translation>КазНЭБ</translation>
        </message>
    </context>
    <context>
        <name>RatePanel</name>
        <message>
            <source>Foreign prices in tenge</source>
            <translation>Цены в иностранной валюте в тенге</translation>
        </message>
        <message>
            <source>tenge for one unit, e.g. 470,50</source>
            <translation>тенге за единицу, например 470,50</translation>
        </message>
        <message>
            <source>Value in tenge</source>
            <translation>Оценить в тенге</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>Акт приёма</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Курс</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, {left} not valued</source>
            <translation>{number} от {day}: {n} экз. в {currency}, не оценено {left}</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, at {rate}</source>
            <translation>{number} от {day}: {n} экз. в {currency}, по курсу {rate}</translation>
        </message>
        <message>
            <source>No copy is priced in another currency.</source>
            <translation>Нет экземпляров с ценой в иностранной валюте.</translation>
        </message>
        <message>
            <source>{n} copies priced in {currency} valued at {rate} for one unit.</source>
            <translation>{n} экз. с ценой в {currency} оценены по курсу {rate} за единицу.</translation>
        </message>
    </context>
    <context>
        <name>RecordChoiceDialog</name>
        <message>
            <source>Choose the record</source>
            <translation>Выберите запись</translation>
        </message>
        <message>
            <source>{n} records in the catalog have ISBN {isbn}. Which is this book?</source>
            <translation>В каталоге {n} записей с ISBN {isbn}. Какая из них эта книга?</translation>
        </message>
        <message>
            <source>{title} — {author} · {publisher} {year} · record {control} · {held} copies held</source>
            <translation>{title} — {author} · {publisher} {year} · запись {control} · экземпляров: {held}</translation>
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
            <translation>Выберите запись, чтобы увидеть её карточку.</translation>
        </message>
        <message>
            <source>001 {number}
Created {created} by {creator}
Updated {updated} by {updater}</source>
            <translation>001 {number}
Создана {created}, {creator}
Изменена {updated}, {updater}</translation>
        </message>
    </context>
    <context>
        <name>RegistersScreen</name>
        <message>
            <source>Print the last act</source>
            <translation>Печать последнего акта</translation>
        </message>
        <message>
            <source>Head and commission…</source>
            <translation>Руководитель и комиссия…</translation>
        </message>
        <message>
            <source>No act was drawn up in this session.</source>
            <translation>В этом сеансе акт не составлялся.</translation>
        </message>
    </context>
    <context>
        <name>RemoteHitsDialog</name>
        <message>
            <source>ISBN {isbn} in remote catalogs</source>
            <translation>ISBN {isbn} во внешних каталогах</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Каталог</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Где есть</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>Найдено записей: {n}.</translation>
        </message>
        <message>
            <source>Import and add copies</source>
            <translation>Импортировать и добавить экземпляры</translation>
        </message>
    </context>
    <context>
        <name>RepairPanel</name>
        <message>
            <source>Scan the repaired copy</source>
            <translation>Сканируйте отремонтированный экземпляр</translation>
        </message>
        <message>
            <source>Log repair</source>
            <translation>Записать ремонт</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Экземпляр</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Ремонт</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Исполнитель</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Материалы</translation>
        </message>
        <message>
            <source>Time, minutes</source>
            <translation>Время, минут</translation>
        </message>
        <message>
            <source>Condition before</source>
            <translation>Состояние до</translation>
        </message>
        <message>
            <source>Condition after</source>
            <translation>Состояние после</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. номер</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минут</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>До</translation>
        </message>
        <message>
            <source>After</source>
            <translation>После</translation>
        </message>
        <message>
            <source>Scan the repaired copy first.</source>
            <translation>Сначала отсканируйте отремонтированный экземпляр.</translation>
        </message>
        <message>
            <source>Repair {id} of copy {inv} logged.</source>
            <translation>Ремонт {id} экземпляра {inv} записан.</translation>
        </message>
    </context>
    <context>
        <name>RepairReportPanel</name>
        <message>
            <source>by type of repair</source>
            <translation>по видам ремонта</translation>
        </message>
        <message>
            <source>by month</source>
            <translation>по месяцам</translation>
        </message>
        <message>
            <source>by who did them</source>
            <translation>по исполнителям</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>За всё время</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Группа</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Ремонты</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Экземпляры</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Минуты</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>{repairs} repairs, {minutes} minutes.</source>
            <translation>Ремонтов: {repairs}, минут: {minutes}.</translation>
        </message>
        <message>
            <source>Reading the repairs…</source>
            <translation>Чтение записей о ремонте…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Сохранить отчёт</translation>
        </message>
        <message>
            <source>Saved {out}.</source>
            <translation>Сохранено: {out}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Registers</source>
            <translation>Учётные документы</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Вся история</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Члены через ';'</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Сохранить PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Учётный документ</translation>
        </message>
        <message>
            <source>From</source>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <translation>По</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <source>Act / audit id</source>
            <translation>Акт / id проверки</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Председатель комиссии</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Члены комиссии</translation>
        </message>
        <message>
            <source>Save register</source>
            <translation>Сохранить учётный документ</translation>
        </message>
        <message>
            <source>Writing {kind}…</source>
            <translation>Запись: {kind}…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>{label}: {done}</source>
            <translation>{label}: {done}</translation>
        </message>
        <message>
            <source>Saved {out} ({figures}).</source>
            <translation>Сохранено: {out} ({figures}).</translation>
        </message>
        <message>
            <source>received</source>
            <translation>поступило</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>выбыло</translation>
        </message>
        <message>
            <source>at the start</source>
            <translation>на начало</translation>
        </message>
        <message>
            <source>at the end</source>
            <translation>на конец</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>строк</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>страниц</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>объектов</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>экземпляров</translation>
        </message>
        <message>
            <source>total</source>
            <translation>итого</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>проверка фонда</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
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
            <translation>{code} только что отсканирован: учтён один раз.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: finish or close this window first.</source>
            <translation>Скан {code} не принят: сначала завершите или закройте это окно.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: this screen takes no scans.</source>
            <translation>Скан {code} не принят: этот экран не принимает сканы.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: words of title, author, subject; ISBN; 001; ti: au: year: …</source>
            <translation>Поиск: слова заглавия, автора, темы; ISBN; 001; ti: au: year: …</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Самые новые</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Автор</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Год</translation>
        </message>
        <message>
            <source>Sort:</source>
            <translation>Сортировка:</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Поиск…</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 запись</translation>
        </message>
        <message>
            <source>%s records</source>
            <translation>Записей: %s</translation>
        </message>
        <message>
            <source>Search failed</source>
            <translation>Поиск не удался</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Настройки</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Язык интерфейса:</translation>
        </message>
        <message>
            <source>A new language applies when Qor is started again.</source>
            <translation>Новый язык применится при следующем запуске Qor.</translation>
        </message>
        <message>
            <source>none (e.g. \x02 for STX)</source>
            <translation>нет (например, \x02 для STX)</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> мс</translation>
        </message>
        <message>
            <source>&amp;Tab ends a scan, as Enter does</source>
            <translation>&amp;Tab завершает сканирование, как Enter</translation>
        </message>
        <message>
            <source>&amp;Sound for each scan result</source>
            <translation>&amp;Звук для каждого результата сканирования</translation>
        </message>
        <message>
            <source>Barcode scanner</source>
            <translation>Сканер штрихкодов</translation>
        </message>
        <message>
            <source>&amp;Prefix it sends:</source>
            <translation>Отправляемый &amp;префикс:</translation>
        </message>
        <message>
            <source>S&amp;uffix it sends:</source>
            <translation>Отправляемый &amp;суффикс:</translation>
        </message>
        <message>
            <source>Keys at most this far apart are a &amp;scan:</source>
            <translation>Клавиши не дальше этого — &amp;сканирование:</translation>
        </message>
        <message>
            <source>The same code again within this counts &amp;once:</source>
            <translation>Тот же код в пределах этого времени считается &amp;один раз:</translation>
        </message>
        <message>
            <source>This library (all workstations)</source>
            <translation>Эта библиотека (все рабочие места)</translation>
        </message>
        <message>
            <source>Adding more copies than this at once asks to &amp;type their number:</source>
            <translation>При добавлении сразу большего числа экземпляров нужно &amp;ввести их число:</translation>
        </message>
        <message>
            <source>The scanner's prefix or suffix is not readable: {error}</source>
            <translation>Префикс или суффикс сканера не читается: {error}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Qor — sign in</source>
            <translation>Qor — вход</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Войти</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Head and commission</source>
            <translation>Руководитель и комиссия</translation>
        </message>
        <message>
            <source>e.g. Library director</source>
            <translation>например, Директор библиотеки</translation>
        </message>
        <message>
            <source>One member per line</source>
            <translation>По одному члену в строке</translation>
        </message>
        <message>
            <source>Head's position</source>
            <translation>Должность руководителя</translation>
        </message>
        <message>
            <source>Head's name</source>
            <translation>ФИО руководителя</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Председатель комиссии</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Члены комиссии</translation>
        </message>
        <message>
            <source>Catalog record address</source>
            <translation>Адрес записи в каталоге</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Commit (shadow registers)</source>
            <translation>Фиксировать (теневые)</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Пробный прогон</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Синхронизация</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Union catalog:</source>
            <translation>Сводный каталог:</translation>
        </message>
        <message>
            <source>new</source>
            <translation>новая</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>изменена</translation>
        </message>
        <message>
            <source>withdraw</source>
            <translation>снять</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>%v of %m records</source>
            <translation>%v из %m записей</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Запись</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <source>The fields changed in the selected record</source>
            <translation>Поля, изменённые в выбранной записи</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Результат</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Запуск</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Начат</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Адресат</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Отправлен</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Обновлено</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Изъято</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Ошибки</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Ошибка</translation>
        </message>
        <message>
            <source>Pending changes</source>
            <translation>Ожидающие изменения</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Поля</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Отчёт</translation>
        </message>
        <message>
            <source>History</source>
            <translation>История</translation>
        </message>
        <message>
            <source>{n} record(s) waiting to go up.</source>
            <translation>Записей ждут отправки: {n}.</translation>
        </message>
        <message>
            <source>Choose a union catalog to list them.</source>
            <translation>Выберите сводный каталог, чтобы увидеть их список.</translation>
        </message>
        <message>
            <source>The first {n} are listed.</source>
            <translation>В списке первые {n}.</translation>
        </message>
        <message>
            <source>Choose a union catalog or type its z3950:// address.</source>
            <translation>Выберите сводный каталог или введите его адрес z3950://.</translation>
        </message>
        <message>
            <source>Reading the outbox…</source>
            <translation>Чтение очереди отправки…</translation>
        </message>
        <message>
            <source>No password for {user} at {target} in the keyring: set it under Targets.</source>
            <translation>В хранилище ключей нет пароля {user} для {target}: задайте его в разделе «Цели».</translation>
        </message>
        <message>
            <source>Sending to {target}…</source>
            <translation>Отправка в {target}…</translation>
        </message>
        <message>
            <source>Sent and checked {done} of {total}: {label}</source>
            <translation>Отправлено и проверено {done} из {total}: {label}</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Отмена после текущей порции…</translation>
        </message>
    </context>
    <context>
        <name>TargetEditor</name>
        <message>
            <source>Sync target (records go up to it)</source>
            <translation>Цель синхронизации (записи отправляются туда)</translation>
        </message>
        <message>
            <source>Search target (copy cataloging)</source>
            <translation>Цель поиска (заимствование записей)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>дата</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>Изменить цель</translation>
        </message>
        <message>
            <source>Add target</source>
            <translation>Добавить цель</translation>
        </message>
        <message>
            <source>/DATABASE (SRU only)</source>
            <translation>/БАЗА (только SRU)</translation>
        </message>
        <message>
            <source>empty: anonymous</source>
            <translation>пусто: анонимно</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>хранится в хранилище ключей: оставьте пустым, чтобы не менять</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>хранится в системном хранилище ключей, никогда не в файле</translation>
        </message>
        <message>
            <source>Send the commit package (shadow registers)</source>
            <translation>Отправлять пакет фиксации (теневые регистры)</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Индекс</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Название у них</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Название:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Роль:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Вид:</translation>
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
            <translation>База данных:</translation>
        </message>
        <message>
            <source>SRU path:</source>
            <translation>Путь SRU:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>Пользователь:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Пароль:</translation>
        </message>
        <message>
            <source>Index profile (empty: the target cannot be searched by it):</source>
            <translation>Профиль индексов (пусто: по нему в цели искать нельзя):</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Union catalog targets</source>
            <translation>Цели сводного каталога</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Роль</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Адрес</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>анонимно</translation>
        </message>
        <message>
            <source>in the keyring</source>
            <translation>в хранилище ключей</translation>
        </message>
        <message>
            <source>Remove the target {name} and forget its password?</source>
            <translation>Удалить цель {name} и забыть её пароль?</translation>
        </message>
    </context>
    <context>
        <name>UnionCatalogScreen</name>
        <message>
            <source>Send to the union catalog</source>
            <translation>Отправить в сводный каталог</translation>
        </message>
        <message>
            <source>Copy cataloging</source>
            <translation>Заимствование записей</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>Цели…</translation>
        </message>
        <message>
            <source>Configure the union catalogs and search targets, and their passwords</source>
            <translation>Настроить сводные каталоги, цели поиска и их пароли</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>Пользователи</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Пользователь</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Роли</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Добавить пользователя…</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Задать пароль…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Деактивировать</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>active</source>
            <translation>активен</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>деактивирован</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Активировать</translation>
        </message>
        <message>
            <source>The password of {user} was changed.</source>
            <translation>Пароль пользователя {user} изменён.</translation>
        </message>
        <message>
            <source>Deactivate {user}? They will no longer be able to sign in; what they did stays in the log under their name.</source>
            <translation>Деактивировать {user}? Пользователь больше не сможет войти; сделанное им останется в журнале под его именем.</translation>
        </message>
    </context>
    <context>
        <name>WriteOffPanel</name>
        <message>
            <source>Write-off act</source>
            <translation>Акт списания</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Члены через ';'</translation>
        </message>
        <message>
            <source>Scan the copies to write off</source>
            <translation>Сканируйте списываемые экземпляры</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Инв. номер</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Штрихкод</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Заглавие</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Цена</translation>
        </message>
        <message>
            <source>Designation or title of a group holding</source>
            <translation>Обозначение или заглавие группового фонда</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Найти</translation>
        </message>
        <message>
            <source>Add amount</source>
            <translation>Добавить количество</translation>
        </message>
        <message>
            <source>Group holding</source>
            <translation>Групповой фонд</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Количество</translation>
        </message>
        <message>
            <source>Take off the act</source>
            <translation>Убрать из акта</translation>
        </message>
        <message>
            <source>Group holdings (counted by amount)</source>
            <translation>Групповые фонды (учёт количеством)</translation>
        </message>
        <message>
            <source>Draw up the act</source>
            <translation>Составить акт</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Очистить список</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <source>Act date</source>
            <translation>Дата акта</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Примечания</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Председатель комиссии</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Члены комиссии</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Экземпляр</translation>
        </message>
        <message>
            <source>Approved by (the head's name)</source>
            <translation>Утвердил (имя руководителя)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Утвердить</translation>
        </message>
        <message>
            <source>Cancel the act</source>
            <translation>Отменить акт</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Draft acts</source>
            <translation>Проекты актов</translation>
        </message>
        <message>
            <source>Draft act {number} saved: {n} copies, {value}.</source>
            <translation>Проект акта {number} сохранён: {n} экз., {value}.</translation>
        </message>
        <message>
            <source>{name} ({location}): {left} of {amount} left</source>
            <translation>{name} ({location}): осталось {left} из {amount}</translation>
        </message>
        <message>
            <source>Group holding {name} has {left} copies left to write off; {amount} asked.</source>
            <translation>В групповом фонде {name} для списания осталось {left} экз.; запрошено {amount}.</translation>
        </message>
        <message>
            <source>{number}: {n} copies, {value}</source>
            <translation>{number}: {n} экз., {value}</translation>
        </message>
        <message>
            <source>{n} copies, {value}</source>
            <translation>{n} экз., {value}</translation>
        </message>
        <message>
            <source>Draft act {number} (id {id}): {n} copies, {value}.</source>
            <translation>Проект акта {number} (id {id}): {n} экз., {value}.</translation>
        </message>
        <message>
            <source>Editing draft act {number}.</source>
            <translation>Изменяется проект акта {number}.</translation>
        </message>
        <message>
            <source>Enter who approved the act.</source>
            <translation>Укажите, кто утвердил акт.</translation>
        </message>
        <message>
            <source>Approve act {act}? Its copies leave the fund; this cannot be undone.</source>
            <translation>Утвердить акт {act}? Его экземпляры будут исключены из фонда; это нельзя отменить.</translation>
        </message>
        <message>
            <source>Act {number} approved: {n} copies written off.</source>
            <translation>Акт {number} утверждён: списано экз.: {n}.</translation>
        </message>
        <message>
            <source>Cancel act {act}? Its copies go back to the fund.</source>
            <translation>Отменить акт {act}? Его экземпляры вернутся в фонд.</translation>
        </message>
        <message>
            <source>Act {number} cancelled.</source>
            <translation>Акт {number} отменён.</translation>
        </message>
        <message>
            <source>Save the draft</source>
            <translation>Сохранить проект</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>Нет экземпляра со штрихкодом {code}.</translation>
        </message>
        <message>
            <source>Copy {number} is already in the act.</source>
            <translation>Экземпляр {number} уже в акте.</translation>
        </message>
        <message>
            <source>Copy {number} «{title}» added ({n} in the act).</source>
            <translation>Экземпляр {number} «{title}» добавлен (в акте: {n}).</translation>
        </message>
        <message>
            <source>Scan the copies to write off first.</source>
            <translation>Сначала сканируйте списываемые экземпляры.</translation>
        </message>
        <message>
            <source>Draw up a write-off act for {n} copies ({reason})? They are held until the act is approved or cancelled.</source>
            <translation>Составить акт списания на {n} экз. ({reason})? Экземпляры будут отложены до утверждения или отмены акта.</translation>
        </message>
        <message>
            <source>Refused: {what}</source>
            <translation>Отказано: {what}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>add copies</source>
            <translation>добавлять экземпляры</translation>
        </message>
        <message>
            <source>add locations</source>
            <translation>добавлять места хранения</translation>
        </message>
        <message>
            <source>add users</source>
            <translation>добавлять пользователей</translation>
        </message>
        <message>
            <source>change the numbering settings</source>
            <translation>менять настройки нумерации</translation>
        </message>
        <message>
            <source>close audits</source>
            <translation>закрывать проверки</translation>
        </message>
        <message>
            <source>collect copies for binding</source>
            <translation>собирать экземпляры в переплёт</translation>
        </message>
        <message>
            <source>configure union catalog targets</source>
            <translation>настраивать сводные каталоги</translation>
        </message>
        <message>
            <source>create records</source>
            <translation>создавать записи</translation>
        </message>
        <message>
            <source>delete records</source>
            <translation>удалять записи</translation>
        </message>
        <message>
            <source>edit records</source>
            <translation>редактировать записи</translation>
        </message>
        <message>
            <source>import records</source>
            <translation>импортировать записи</translation>
        </message>
        <message>
            <source>keep the exchange lists</source>
            <translation>вести обменные списки</translation>
        </message>
        <message>
            <source>label copies</source>
            <translation>маркировать экземпляры</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>просматривать пользователей</translation>
        </message>
        <message>
            <source>log digitisation</source>
            <translation>вести журнал оцифровки</translation>
        </message>
        <message>
            <source>log repairs</source>
            <translation>вести журнал ремонта</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>создавать резервные копии</translation>
        </message>
        <message>
            <source>make up binding orders</source>
            <translation>составлять заказы на переплёт</translation>
        </message>
        <message>
            <source>mark records as already in the union catalog</source>
            <translation>отмечать записи как уже имеющиеся в сводном каталоге</translation>
        </message>
        <message>
            <source>move copies</source>
            <translation>перемещать экземпляры</translation>
        </message>
        <message>
            <source>open accession batches</source>
            <translation>открывать акты приёма</translation>
        </message>
        <message>
            <source>open audits</source>
            <translation>открывать проверки</translation>
        </message>
        <message>
            <source>print labels</source>
            <translation>печатать этикетки</translation>
        </message>
        <message>
            <source>propose records to KazNEB</source>
            <translation>предлагать записи в КазНЭБ</translation>
        </message>
        <message>
            <source>read audits</source>
            <translation>просматривать проверки</translation>
        </message>
        <message>
            <source>receive copies from the bindery</source>
            <translation>принимать экземпляры из переплёта</translation>
        </message>
        <message>
            <source>release copies</source>
            <translation>передавать экземпляры в фонд</translation>
        </message>
        <message>
            <source>restore missing copies</source>
            <translation>восстанавливать отсутствующие экземпляры</translation>
        </message>
        <message>
            <source>scan in audits</source>
            <translation>сканировать при проверке</translation>
        </message>
        <message>
            <source>send binding orders</source>
            <translation>отправлять заказы на переплёт</translation>
        </message>
        <message>
            <source>send copies for digitisation</source>
            <translation>отправлять экземпляры на оцифровку</translation>
        </message>
        <message>
            <source>send records to the union catalog</source>
            <translation>отправлять записи в сводный каталог</translation>
        </message>
        <message>
            <source>write copies off</source>
            <translation>списывать экземпляры</translation>
        </message>
        <message>
            <source>approve write-off acts</source>
            <translation>утверждать акты списания</translation>
        </message>
        <message>
            <source>migrate a fund</source>
            <translation>перенести фонд</translation>
        </message>
        <message>
            <source>change the library's settings</source>
            <translation>изменять настройки библиотеки</translation>
        </message>
        <message>
            <source>change other users' passwords</source>
            <translation>менять пароли других пользователей</translation>
        </message>
        <message>
            <source>deactivate users</source>
            <translation>отключать пользователей</translation>
        </message>
        <message>
            <source>export records</source>
            <translation>экспортировать записи</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>UDC</source>
            <translation>УДК</translation>
        </message>
        <message>
            <source>DDC</source>
            <translation>ДКД</translation>
        </message>
        <message>
            <source>LCC</source>
            <translation>LCC</translation>
        </message>
        <message>
            <source>BBK</source>
            <translation>ББК</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Индекс</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>hard cover</source>
            <translation>твёрдый переплёт</translation>
        </message>
        <message>
            <source>paperback rebinding</source>
            <translation>перепереплёт брошюры</translation>
        </message>
        <message>
            <source>rebinding</source>
            <translation>перепереплёт</translation>
        </message>
        <message>
            <source>restoration</source>
            <translation>реставрация</translation>
        </message>
        <message>
            <source>spine replacement</source>
            <translation>замена корешка</translation>
        </message>
        <message>
            <source>other</source>
            <translation>другое</translation>
        </message>
        <message>
            <source>collecting</source>
            <translation>комплектуется</translation>
        </message>
        <message>
            <source>partly returned</source>
            <translation>возвращён частично</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>возвращён</translation>
        </message>
        <message>
            <source>re-gluing loose pages</source>
            <translation>подклейка выпавших листов</translation>
        </message>
        <message>
            <source>mending tears</source>
            <translation>заделка разрывов</translation>
        </message>
        <message>
            <source>gluing the cover</source>
            <translation>подклейка обложки</translation>
        </message>
        <message>
            <source>spine</source>
            <translation>корешок</translation>
        </message>
        <message>
            <source>digitise</source>
            <translation>оцифровка</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>копирование</translation>
        </message>
        <message>
            <source>heavily used</source>
            <translation>активно используется</translation>
        </message>
        <message>
            <source>valuable</source>
            <translation>ценное</translation>
        </message>
        <message>
            <source>rare</source>
            <translation>редкое</translation>
        </message>
        <message>
            <source>wear</source>
            <translation>ветхость</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>утрата</translation>
        </message>
        <message>
            <source>outdated content</source>
            <translation>устаревшее по содержанию</translation>
        </message>
        <message>
            <source>not in the library's profile</source>
            <translation>непрофильное</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>дублет</translation>
        </message>
        <message>
            <source>lost by a reader, replaced</source>
            <translation>утеряно читателем, заменено</translation>
        </message>
        <message>
            <source>summary accounting book (КСУ)</source>
            <translation>книга суммарного учёта (КСУ)</translation>
        </message>
        <message>
            <source>inventory book</source>
            <translation>инвентарная книга</translation>
        </message>
        <message>
            <source>accession act</source>
            <translation>акт приёма</translation>
        </message>
        <message>
            <source>write-off act</source>
            <translation>акт списания</translation>
        </message>
        <message>
            <source>audit act</source>
            <translation>акт проверки фонда</translation>
        </message>
        <message>
            <source>KazNEB application</source>
            <translation>заявка в КазНЭБ</translation>
        </message>
        <message>
            <source>in processing</source>
            <translation>в обработке</translation>
        </message>
        <message>
            <source>available</source>
            <translation>доступен</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>выдан</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>в переплёте</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>в ремонте</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>оцифровывается</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>списан</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>предложен к списанию</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>отправлено</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>обновлено</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>изъято</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>ожидает</translation>
        </message>
        <message>
            <source>running</source>
            <translation>выполняется</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>завершено</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>прервано</translation>
        </message>
        <message>
            <source>open</source>
            <translation>открыта</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыта</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>плановая</translation>
        </message>
        <message>
            <source>change of materially responsible person</source>
            <translation>смена материально ответственного лица</translation>
        </message>
        <message>
            <source>loss found</source>
            <translation>обнаружена утрата</translation>
        </message>
        <message>
            <source>reorganisation or closure</source>
            <translation>реорганизация или закрытие</translation>
        </message>
        <message>
            <source>title</source>
            <translation>заглавие</translation>
        </message>
        <message>
            <source>author</source>
            <translation>автор</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>тема</translation>
        </message>
        <message>
            <source>any word</source>
            <translation>любое слово</translation>
        </message>
        <message>
            <source>local number</source>
            <translation>локальный номер</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>Confirm</source>
            <translation>Подтвердить</translation>
        </message>
        <message>
            <source>Type {what} to confirm:</source>
            <translation>Для подтверждения введите {what}:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>Demo catalog: {records} records, {copies} copies in {batches} accession batches ({released} released, the rest in processing), locations {locations}.</source>
            <translation>Демо-каталог: {records} записей, {copies} экз. в {batches} актах приёма (в фонд передано {released}, остальные в обработке), места хранения {locations}.</translation>
        </message>
        <message>
            <source>The demo catalog is already loaded.</source>
            <translation>Демо-каталог уже загружен.</translation>
        </message>
    </context>
    <context>
        <name>desk</name>
        <message>
            <source>{code} was just scanned: counted once.</source>
            <translation>{code} только что отсканирован: учтён один раз.</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>binding order</source>
            <translation>заказ на переплёт</translation>
        </message>
        <message>
            <source>open digitisation of copy</source>
            <translation>открытая оцифровка экземпляра</translation>
        </message>
        <message>
            <source>repair entry</source>
            <translation>запись о ремонте</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The database has no library yet: run the first-run setup (qor init).</source>
            <translation>В базе данных ещё нет библиотеки: выполните первоначальную настройку (qor init).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> или </translation>
        </message>
        <message>
            <source>User '{user}' may not {action}: it needs the role {needed}.</source>
            <translation>Пользователь '{user}' не может {action}: нужна роль {needed}.</translation>
        </message>
        <message>
            <source>Wrong user name or password for '{user}'.</source>
            <translation>Неверное имя пользователя или пароль для '{user}'.</translation>
        </message>
        <message>
            <source>A user named '{name}' already exists.</source>
            <translation>Пользователь '{name}' уже существует.</translation>
        </message>
        <message>
            <source>No record {ref} in the catalog.</source>
            <translation>В каталоге нет записи {ref}.</translation>
        </message>
        <message>
            <source>{file}, record {index}: {reason}</source>
            <translation>{file}, запись {index}: {reason}</translation>
        </message>
        <message>
            <source>The record has errors: </source>
            <translation>В записи есть ошибки: </translation>
        </message>
        <message>
            <source>Inventory number {number} cannot be changed or removed: inventory numbers are never changed, corrected or removed, and never given to another copy.</source>
            <translation>Инвентарный номер {number} нельзя изменить или удалить: инвентарные номера никогда не изменяются, не исправляются, не удаляются и не передаются другому экземпляру.</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number} of «{title}».</source>
            <translation>Штрихкод {barcode} уже на экземпляре {number} «{title}».</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number}.</source>
            <translation>Штрихкод {barcode} уже на экземпляре {number}.</translation>
        </message>
        <message>
            <source>copy {number}: {what}</source>
            <translation>экземпляр {number}: {what}</translation>
        </message>
        <message>
            <source>Copy {number} cannot go from '{old}' to '{new}'.</source>
            <translation>Экземпляр {number} не может перейти из '{old}' в '{new}'.</translation>
        </message>
        <message>
            <source>A copy cannot go from '{old}' to '{new}'.</source>
            <translation>Экземпляр не может перейти из '{old}' в '{new}'.</translation>
        </message>
        <message>
            <source>Copy {number} is '{status}': labels are put on copies only while they are in processing.</source>
            <translation>Экземпляр {number} — '{status}': этикетки наклеивают только на экземпляры в обработке.</translation>
        </message>
        <message>
            <source>No copy {ref} in the fund.</source>
            <translation>В фонде нет экземпляра {ref}.</translation>
        </message>
        <message>
            <source>No location '{code}': add it first (qor locations add).</source>
            <translation>Нет места хранения '{code}': сначала добавьте его (qor locations add).</translation>
        </message>
        <message>
            <source>A location '{code}' (or one with that barcode) already exists.</source>
            <translation>Место хранения '{code}' (или место с таким штрихкодом) уже существует.</translation>
        </message>
        <message>
            <source>No accession batch {ref}.</source>
            <translation>Нет акта приёма {ref}.</translation>
        </message>
        <message>
            <source>No {kind} {ref}.</source>
            <translation>Нет: {kind} {ref}.</translation>
        </message>
        <message>
            <source>No write-off act {ref}.</source>
            <translation>Нет акта списания {ref}.</translation>
        </message>
        <message>
            <source>No audit {ref}.</source>
            <translation>Нет проверки {ref}.</translation>
        </message>
        <message>
            <source>Other stock-checkers kept finding copies of {file} while it was imported: its lines from line {line} on are not saved. Import the file again to add them.</source>
            <translation>Пока файл импортировался, другие проверяющие продолжали находить экземпляры из {file}: его строки начиная со строки {line} не сохранены. Импортируйте файл ещё раз, чтобы добавить их.</translation>
        </message>
        <message>
            <source>Audit {audit_id} is closed: its scans and results can only be read.</source>
            <translation>Проверка {audit_id} закрыта: её сканирования и результаты доступны только для чтения.</translation>
        </message>
        <message>
            <source>The catalog's database is older than this version of Qor, and this workstation may not upgrade it. Ask the administrator to upgrade it from an administrator's connection (qor init), then start Qor again.</source>
            <translation>База данных каталога старше этой версии Qor, а это рабочее место не может её обновить. Попросите администратора обновить её с подключения администратора (qor init), затем снова запустите Qor.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Qor reconnects on the next attempt: try again.</source>
            <translation>Соединение с сервером базы данных потеряно. Qor переподключится при следующей попытке: повторите.</translation>
        </message>
        <message>
            <source>Another workstation was changing the same copies at the same moment, so nothing was saved: try again.</source>
            <translation>В тот же момент другое рабочее место изменяло те же экземпляры, поэтому ничего не сохранено: повторите попытку.</translation>
        </message>
        <message>
            <source>there is no such file or folder</source>
            <translation>такого файла или папки нет</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>доступ запрещён</translation>
        </message>
        <message>
            <source>the operation is not permitted</source>
            <translation>операция не разрешена</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>часть пути — не папка</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>диск заполнен</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>диск доступен только для чтения</translation>
        </message>
        <message>
            <source>the device could not be read or written (an input/output error)</source>
            <translation>не удалось прочитать устройство или записать на него (ошибка ввода-вывода)</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>слишком длинное имя файла</translation>
        </message>
        <message>
            <source>the file already exists</source>
            <translation>файл уже существует</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>файл занят</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>открыто слишком много файлов</translation>
        </message>
        <message>
            <source>The accompanying document's number is empty.</source>
            <translation>Не указан номер сопроводительного документа.</translation>
        </message>
        <message>
            <source>A legal-deposit batch needs the print date (--print-date).</source>
            <translation>Для акта обязательного экземпляра нужна дата печати (--print-date).</translation>
        </message>
        <message>
            <source>Print date {printed} is after the date received {received}.</source>
            <translation>Дата печати {printed} позже даты поступления {received}.</translation>
        </message>
        <message>
            <source>A print date is recorded only for legal-deposit batches.</source>
            <translation>Дата печати записывается только для актов обязательного экземпляра.</translation>
        </message>
        <message>
            <source>The library's name is empty.</source>
            <translation>Не указано название библиотеки.</translation>
        </message>
        <message>
            <source>The sigla '{sigla}' is not a MARC organisation code (2–16 Latin letters, digits or hyphens, e.g. KZ-AsNAB).</source>
            <translation>Сигла '{sigla}' — не код организации MARC (2–16 латинских букв, цифр или дефисов, напр. KZ-AsNAB).</translation>
        </message>
        <message>
            <source>This database already has a library; it was upgraded.</source>
            <translation>В этой базе данных уже есть библиотека; она обновлена.</translation>
        </message>
        <message>
            <source>The record URL '{url}' must start with http:// or https:// and contain {{id}} where the record's number goes.</source>
            <translation>Адрес записи '{url}' должен начинаться с http:// или https:// и содержать {{id}} на месте номера записи.</translation>
        </message>
        <message>
            <source>The password must have at least 6 characters.</source>
            <translation>Пароль должен содержать не менее 6 символов.</translation>
        </message>
        <message>
            <source>The user name is empty.</source>
            <translation>Не указано имя пользователя.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>Пользователю нужна хотя бы одна роль.</translation>
        </message>
        <message>
            <source>No user named '{name}'.</source>
            <translation>Нет пользователя с именем '{name}'.</translation>
        </message>
        <message>
            <source>'{name}' is the last active administrator and cannot be deactivated.</source>
            <translation>'{name}' — последний активный администратор, его нельзя деактивировать.</translation>
        </message>
        <message>
            <source>'{scan}' is not an ISBN or a book's EAN barcode.</source>
            <translation>'{scan}' — не ISBN и не штрихкод EAN книги.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>Цена '{price}' — не число.</translation>
        </message>
        <message>
            <source>Price {price} is out of range.</source>
            <translation>Цена {price} вне допустимых пределов.</translation>
        </message>
        <message>
            <source>A pre-printed label is empty: scan or type the barcode printed on it.</source>
            <translation>Предварительно напечатанная этикетка пуста: отсканируйте или введите напечатанный на ней штрихкод.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN barcode, not a copy label.</source>
            <translation>{code} — штрихкод ISBN книги, а не этикетка экземпляра.</translation>
        </message>
        <message>
            <source>Label {code} has the form of an inventory number: the library's barcodes are the inventory numbers, so copy {code} will carry it. Use labels of another form (e.g. with letters), or let the barcodes be made.</source>
            <translation>Этикетка {code} имеет вид инвентарного номера: штрихкоды библиотеки — это инвентарные номера, поэтому её получит экземпляр {code}. Используйте этикетки другого вида (например, с буквами) или дайте создать штрихкоды.</translation>
        </message>
        <message>
            <source>Barcode {code} is given twice.</source>
            <translation>Штрихкод {code} указан дважды.</translation>
        </message>
        <message>
            <source>The number of copies must be 1 to {most}, not {copies}.</source>
            <translation>Число экземпляров должно быть от 1 до {most}, а не {copies}.</translation>
        </message>
        <message>
            <source>{n} barcodes were given for {copies} copies.</source>
            <translation>Для {copies} экз. указано штрихкодов: {n}.</translation>
        </message>
        <message>
            <source>Currency '{currency}' is not an ISO 4217 code such as KZT.</source>
            <translation>Валюта '{currency}' — не код ISO 4217 (например, KZT).</translation>
        </message>
        <message>
            <source>Give the barcodes of the copies to release, or an accession batch.</source>
            <translation>Укажите штрихкоды передаваемых в фонд экземпляров или акт приёма.</translation>
        </message>
        <message>
            <source>not found on a known shelf in this audit</source>
            <translation>в этой проверке фонда не найден на известной полке</translation>
        </message>
        <message>
            <source>no such copy</source>
            <translation>такого экземпляра нет</translation>
        </message>
        <message>
            <source>no copy has barcode {code}</source>
            <translation>нет экземпляра со штрихкодом {code}</translation>
        </message>
        <message>
            <source>{status}, not missing</source>
            <translation>статус «{status}», а не «отсутствует»</translation>
        </message>
        <message>
            <source>copy {number}: {status}, not in processing</source>
            <translation>экземпляр {number}: {status}, не в обработке</translation>
        </message>
        <message>
            <source>Unknown audit reason '{text}'; reasons are: {valid}.</source>
            <translation>Неизвестная причина проверки '{text}'; причины: {valid}.</translation>
        </message>
        <message>
            <source>No location belongs to the collection '{name}'.</source>
            <translation>Ни одно место хранения не относится к коллекции '{name}'.</translation>
        </message>
        <message>
            <source>No location code begins with '{prefix}'.</source>
            <translation>Нет кода места хранения, начинающегося с '{prefix}'.</translation>
        </message>
        <message>
            <source>An audit needs a scope: at least one location or location prefix.</source>
            <translation>Проверке нужен охват: хотя бы одно место хранения или начало кода места.</translation>
        </message>
        <message>
            <source>'{code}' is not a barcode.</source>
            <translation>'{code}' — не штрихкод.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {p1}</source>
            <translation>Не удаётся прочитать {file}: {p1}</translation>
        </message>
        <message>
            <source>'{value}' is not an amount of money.</source>
            <translation>'{value}' — не денежная сумма.</translation>
        </message>
        <message>
            <source>Amount {value} is negative.</source>
            <translation>Сумма {value} отрицательна.</translation>
        </message>
        <message>
            <source>already on the waiting list</source>
            <translation>уже в листе ожидания</translation>
        </message>
        <message>
            <source>The bindery's name is empty.</source>
            <translation>Не указано название переплётной мастерской.</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be added.</source>
            <translation>Заказ на переплёт {id} отправлен; добавлять экземпляры нельзя.</translation>
        </message>
        <message>
            <source>Binding order {id} was already sent on {sent_on}.</source>
            <translation>Заказ на переплёт {id} уже отправлен {sent_on}.</translation>
        </message>
        <message>
            <source>Binding order {id} has no copies to send.</source>
            <translation>В заказе на переплёт {id} нет экземпляров для отправки.</translation>
        </message>
        <message>
            <source>Binding order {id} cannot be sent: {copies}. Take those copies out of the order first.</source>
            <translation>Заказ на переплёт {id} нельзя отправить: {copies}. Сначала исключите эти экземпляры из заказа.</translation>
        </message>
        <message>
            <source>Due date {due_on} is before the date sent {sent_on}.</source>
            <translation>Срок {due_on} раньше даты отправки {sent_on}.</translation>
        </message>
        <message>
            <source>binding order {id}</source>
            <translation>заказ на переплёт {id}</translation>
        </message>
        <message>
            <source>a binding order</source>
            <translation>заказ на переплёт</translation>
        </message>
        <message>
            <source>copy {number} is not out in {where}</source>
            <translation>экземпляр {number} не числится выданным в {where}</translation>
        </message>
        <message>
            <source>copy {number} was written off while at the bindery; closed in binding order {id}, not returned to the fund</source>
            <translation>экземпляр {number} списан, пока был в переплётной; закрыт в заказе на переплёт {id}, в фонд не возвращён</translation>
        </message>
        <message>
            <source>copy {number} is in binding order {id}, still being collected; take it out of the order first</source>
            <translation>экземпляр {number} в заказе на переплёт {id}, который ещё собирается; сначала исключите его из заказа</translation>
        </message>
        <message>
            <source>copy {number} is at the bindery in binding order {id}; receive it first</source>
            <translation>экземпляр {number} в переплётной по заказу {id}; сначала примите его</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be taken out.</source>
            <translation>Заказ на переплёт {id} отправлен; экземпляры исключить нельзя.</translation>
        </message>
        <message>
            <source>{code} is not in binding order {id}</source>
            <translation>{code} нет в заказе на переплёт {id}</translation>
        </message>
        <message>
            <source>copy {number} is {status}, not available</source>
            <translation>экземпляр {number} — {status}, а не доступен</translation>
        </message>
        <message>
            <source>copy {number} is already in binding order {id}</source>
            <translation>экземпляр {number} уже в заказе на переплёт {id}</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} не читается: {reason}</translation>
        </message>
        <message>
            <source>copy {number} is {status}</source>
            <translation>экземпляр {number} — {status}</translation>
        </message>
        <message>
            <source>The number of pages must be positive.</source>
            <translation>Число страниц должно быть положительным.</translation>
        </message>
        <message>
            <source>No copy has barcode {barcode}.</source>
            <translation>Нет экземпляра со штрихкодом {barcode}.</translation>
        </message>
        <message>
            <source>Time spent cannot be negative.</source>
            <translation>Затраченное время не может быть отрицательным.</translation>
        </message>
        <message>
            <source>Repair {entry_id} was finished on {finished_on}.</source>
            <translation>Ремонт {entry_id} завершён {finished_on}.</translation>
        </message>
        <message>
            <source>Finish date {day} is before the start {started_on}.</source>
            <translation>Дата окончания {day} раньше начала {started_on}.</translation>
        </message>
        <message>
            <source>Group repairs by type, period or staff, not '{by}'.</source>
            <translation>Группируйте ремонты по виду, периоду или исполнителю, а не по '{by}'.</translation>
        </message>
        <message>
            <source>A desideratum wants at least one copy.</source>
            <translation>Дезидерат должен быть хотя бы на один экземпляр.</translation>
        </message>
        <message>
            <source>A desideratum needs a title (or a record).</source>
            <translation>Для дезидерата нужно заглавие (или запись).</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is written off.</source>
            <translation>Экземпляр {inventory_number} списан.</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is missing.</source>
            <translation>Экземпляр {inventory_number} отсутствует.</translation>
        </message>
        <message>
            <source>Scan the copies to offer, or give a record.</source>
            <translation>Сканируйте предлагаемые экземпляры или укажите запись.</translation>
        </message>
        <message>
            <source>Exchange lists are 'desiderata' or 'offers', not '{which}'.</source>
            <translation>Обменные списки — 'desiderata' или 'offers', а не '{which}'.</translation>
        </message>
        <message>
            <source>Write exchange lists as {p0}, not '{format}'.</source>
            <translation>Записывайте обменные списки как {p0}, а не '{format}'.</translation>
        </message>
        <message>
            <source>Electronic copies of copyrighted works go to KazNEB only under an agreement with the author: give the agreement's reference.</source>
            <translation>Электронные копии произведений, охраняемых авторским правом, передаются в КазНЭБ только по договору с автором: укажите реквизиты договора.</translation>
        </message>
        <message>
            <source>No records are marked as KazNEB candidates for that period.</source>
            <translation>За этот период нет записей, отмеченных для КазНЭБ.</translation>
        </message>
        <message>
            <source>The period starts ({date_from}) after it ends ({date_to}).</source>
            <translation>Начало периода ({date_from}) позже его конца ({date_to}).</translation>
        </message>
        <message>
            <source>The {kind} needs the act's number (id).</source>
            <translation>Для «{kind}» нужен номер акта (id).</translation>
        </message>
        <message>
            <source>Unknown register '{kind}'; use one of: {p1}.</source>
            <translation>Неизвестный учётный документ '{kind}'; используйте один из: {p1}.</translation>
        </message>
        <message>
            <source>The audit act is not available: the audit desk is not installed.</source>
            <translation>Акт проверки фонда недоступен: модуль проверки фонда не установлен.</translation>
        </message>
        <message>
            <source>Scan or list the copies to write off.</source>
            <translation>Сканируйте или перечислите списываемые экземпляры.</translation>
        </message>
        <message>
            <source>copy {number} is already written off</source>
            <translation>экземпляр {number} уже списан</translation>
        </message>
        <message>
            <source>copy {number} is on a draft write-off act already</source>
            <translation>экземпляр {number} уже внесён в проект акта списания</translation>
        </message>
        <message>
            <source>copy {number} is {status}: bring it back first</source>
            <translation>экземпляр {number} — {status}: сначала верните его</translation>
        </message>
        <message>
            <source>No copy can be written off: {reasons}</source>
            <translation>Ни один экземпляр нельзя списать: {reasons}</translation>
        </message>
        <message>
            <source>'{text}' is not a group holding and an amount (HOLDING_ID:AMOUNT).</source>
            <translation>'{text}' — не номер группового учёта и количество (номер:количество, например 7:2).</translation>
        </message>
        <message>
            <source>No group holding has id {id}.</source>
            <translation>Группового учёта с идентификатором {id} нет.</translation>
        </message>
        <message>
            <source>Write off at least one copy of group holding {id}.</source>
            <translation>Спишите хотя бы один экземпляр группового учёта {id}.</translation>
        </message>
        <message>
            <source>Group holding {id} ({name}) has {left} copies left to write off; {amount} asked.</source>
            <translation>В групповом фонде {id} ({name}) для списания осталось {left} экз.; запрошено {amount}.</translation>
        </message>
        <message>
            <source>The act date {day} is before group holding {id} was received ({received}).</source>
            <translation>Дата акта {day} раньше поступления группового учёта {id} ({received}).</translation>
        </message>
        <message>
            <source>Write-off act {number} is approved already, not a draft.</source>
            <translation>Акт списания {number} уже утверждён, это не проект.</translation>
        </message>
        <message>
            <source>Write-off act {number} was cancelled; it is not a draft.</source>
            <translation>Акт списания {number} отменён, это не проект.</translation>
        </message>
        <message>
            <source>copy {code} is not on act {number}</source>
            <translation>экземпляра {code} нет в акте {number}</translation>
        </message>
        <message>
            <source>group holding {id} is not on act {number}</source>
            <translation>группового учёта {id} нет в акте {number}</translation>
        </message>
        <message>
            <source>Act {number} would list no copy: cancel it instead.</source>
            <translation>В акте {number} не останется ни одного экземпляра: лучше отмените акт.</translation>
        </message>
        <message>
            <source>Act {number} cannot be approved ({on}) before its date ({day}).</source>
            <translation>Акт {number} нельзя утвердить ({on}) раньше его даты ({day}).</translation>
        </message>
        <message>
            <source>The act date {day} is in the future.</source>
            <translation>Дата акта {day} — в будущем.</translation>
        </message>
        <message>
            <source>The act date {day} is before copy {number} was received ({received}).</source>
            <translation>Дата акта {day} раньше поступления экземпляра {number} ({received}).</translation>
        </message>
        <message>
            <source>Unknown export scheme '{scheme}'; use marc21 or rusmarc.</source>
            <translation>Неизвестная схема экспорта '{scheme}'; используйте marc21 или rusmarc.</translation>
        </message>
        <message>
            <source>Unknown export format '{format}'; use iso2709, marcxml or mrk.</source>
            <translation>Неизвестный формат экспорта '{format}'; используйте iso2709, marcxml или mrk.</translation>
        </message>
        <message>
            <source>No record with id {p0} in the catalog; nothing exported.</source>
            <translation>В каталоге нет записи с id {p0}; ничего не экспортировано.</translation>
        </message>
        <message>
            <source>'{term}' is not an ISBN.</source>
            <translation>'{term}' — не ISBN.</translation>
        </message>
        <message>
            <source>The query has {n} different terms; a search takes at most {max}.</source>
            <translation>В запросе {n} разных терминов; поиск принимает не больше {max}.</translation>
        </message>
        <message>
            <source>Unknown sort '{sort}'; use one of {p1}.</source>
            <translation>Неизвестная сортировка '{sort}'; используйте одну из: {p1}.</translation>
        </message>
        <message>
            <source>Unknown sort language '{language}'; use one of {p1}.</source>
            <translation>Неизвестный язык сортировки '{language}'; укажите один из: {p1}.</translation>
        </message>
        <message>
            <source>Unknown barcode scheme '{scheme}'; schemes are: {known}.</source>
            <translation>Неизвестная схема штрихкодов '{scheme}'; схемы: {known}.</translation>
        </message>
        <message>
            <source>An EAN-13 check digit needs 12 digits, not '{digits12}'.</source>
            <translation>Для контрольной цифры EAN-13 нужны 12 цифр, а не '{digits12}'.</translation>
        </message>
        <message>
            <source>A mod-10 check digit needs digits, not '{digits}'.</source>
            <translation>Для контрольной цифры mod-10 нужны цифры, а не '{digits}'.</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: a copy's Codabar barcode starts with {CODABAR_ITEM_TYPE} (2 is a reader's card).</source>
            <translation>Штрихкод {code} начинается с {p1}: штрихкод Codabar экземпляра начинается с {CODABAR_ITEM_TYPE} (2 — читательский билет).</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: internal EAN-13 barcodes start with {EAN13_INTERNAL_PREFIX}.</source>
            <translation>Штрихкод {code} начинается с {p1}: внутренние штрихкоды EAN-13 начинаются с {EAN13_INTERNAL_PREFIX}.</translation>
        </message>
        <message>
            <source>'{code}' is not an ISBN barcode (EAN-13 starting 978 or 979).</source>
            <translation>'{code}' — не штрихкод ISBN (EAN-13, начинающийся с 978 или 979).</translation>
        </message>
        <message>
            <source>The library's barcode prefix '{prefix}' must be {LIBRARY_PREFIX_DIGITS} digits.</source>
            <translation>Префикс штрихкода библиотеки '{prefix}' должен состоять из {LIBRARY_PREFIX_DIGITS} цифр.</translation>
        </message>
        <message>
            <source>Copy sequence {sequence} does not fit the barcode's {width} digits (1 to {p2}).</source>
            <translation>Порядковый номер экземпляра {sequence} не помещается в {width} цифр штрихкода (от 1 до {p2}).</translation>
        </message>
        <message>
            <source>The inventory number is empty: there is nothing to put in a barcode.</source>
            <translation>Инвентарный номер пуст: в штрихкод нечего поместить.</translation>
        </message>
        <message>
            <source>Barcode '{code}' has {p1} characters; at most {CODE128_MAX_LENGTH} fit a label.</source>
            <translation>В штрихкоде '{code}' {p1} символов; на этикетку помещается не более {CODE128_MAX_LENGTH}.</translation>
        </message>
        <message>
            <source>Barcode '{code}' contains '{bad}': Code 128 prints only Latin letters, digits and ASCII punctuation.</source>
            <translation>Штрихкод '{code}' содержит '{bad}': Code 128 печатает только латинские буквы, цифры и знаки ASCII.</translation>
        </message>
        <message>
            <source>{what} is digits only; '{code}' is not.</source>
            <translation>{what} состоит только из цифр; '{code}' — нет.</translation>
        </message>
        <message>
            <source>{what} has {length} digits; '{code}' has {p3}.</source>
            <translation>{what} состоит из {length} цифр; в '{code}' их {p3}.</translation>
        </message>
        <message>
            <source>Barcode {code} has a bad {kind} check digit {p2}: expected {expected}.</source>
            <translation>У штрихкода {code} неверная контрольная цифра {kind} {p2}: ожидалась {expected}.</translation>
        </message>
        <message>
            <source>A spine label line of {max_chars} characters is too short.</source>
            <translation>Строка корешковой этикетки в {max_chars} символов слишком коротка.</translation>
        </message>
        <message>
            <source>Unknown classification '{scheme}'; use one of {p1}.</source>
            <translation>Неизвестная классификация '{scheme}'; используйте одну из: {p1}.</translation>
        </message>
        <message>
            <source>The call number is empty.</source>
            <translation>Шифр не указан.</translation>
        </message>
        <message>
            <source>Cell {cell} is not on the {name} sheet (cells 1 to {cells_per_page}).</source>
            <translation>Ячейки {cell} нет на листе {name} (ячейки с 1 по {cells_per_page}).</translation>
        </message>
        <message>
            <source>Unknown label template '{name}'; templates are: {p1}.</source>
            <translation>Неизвестный шаблон этикеток '{name}'; шаблоны: {p1}.</translation>
        </message>
        <message>
            <source>The labels fill {pages} page(s); there is no page {p1}.</source>
            <translation>Этикетки занимают {pages} стр.; страницы {p1} нет.</translation>
        </message>
        <message>
            <source>Start position {start_position} is not on the {name} sheet (positions 1 to {cells_per_page}).</source>
            <translation>Начальной позиции {start_position} нет на листе {name} (позиции с 1 по {cells_per_page}).</translation>
        </message>
        <message>
            <source>There are no labels to print.</source>
            <translation>Нет этикеток для печати.</translation>
        </message>
        <message>
            <source>Barcode {barcode} ({symbology}) does not fit a {label_width_mm} mm wide {name} label: at the smallest scannable bar of {MIN_MODULE_MM} mm it needs {needed} mm.</source>
            <translation>Штрихкод {barcode} ({symbology}) не помещается на этикетку {name} шириной {label_width_mm} мм: при наименьшем читаемом штрихе {MIN_MODULE_MM} мм ему нужно {needed} мм.</translation>
        </message>
        <message>
            <source>The {name} label is too low for barcode {barcode} and its text.</source>
            <translation>Этикетка {name} слишком низкая для штрихкода {barcode} и его текста.</translation>
        </message>
        <message>
            <source>A spine label has no call number lines.</source>
            <translation>На корешковой этикетке нет строк шифра.</translation>
        </message>
        <message>
            <source>The call number ({p0}) is too long for a {name} label.</source>
            <translation>Шифр ({p0}) слишком длинный для этикетки {name}.</translation>
        </message>
        <message>
            <source>Unknown barcode symbology '{name}'; symbologies are: {p1}.</source>
            <translation>Неизвестная символика штрихкода '{name}'; символики: {p1}.</translation>
        </message>
        <message>
            <source>A barcode label has an empty barcode.</source>
            <translation>На этикетке пустой штрихкод.</translation>
        </message>
        <message>
            <source>Barcode '{code}': Code 128 prints only ASCII characters.</source>
            <translation>Штрихкод '{code}': Code 128 печатает только символы ASCII.</translation>
        </message>
        <message>
            <source>Barcode '{code}' is not an EAN-13 (13 digits, valid check).</source>
            <translation>Штрихкод '{code}' — не EAN-13 (13 цифр с верной контрольной).</translation>
        </message>
        <message>
            <source>Barcode '{code}' cannot be printed as {symbology}: {error}</source>
            <translation>Штрихкод '{code}' нельзя напечатать как {symbology}: {error}</translation>
        </message>
        <message>
            <source>Barcode {barcode} is the shelf barcode of location {code}; a copy cannot carry it.</source>
            <translation>Штрихкод {barcode} — штрихкод полки места хранения {code}; его нельзя присвоить экземпляру.</translation>
        </message>
        <message>
            <source>Shelf barcode {barcode} has the form of an inventory number: under the Code 128 scheme a copy will carry it. Give the shelf a barcode of another form (e.g. with letters).</source>
            <translation>Штрихкод полки {barcode} имеет вид инвентарного номера: по схеме Code 128 его получит экземпляр. Дайте полке штрихкод другого вида (например, с буквами).</translation>
        </message>
        <message>
            <source>Location code '{code}' must be 1–32 characters without blanks or '@'.</source>
            <translation>Код места хранения '{code}' должен состоять из 1–32 символов без пробелов и '@'.</translation>
        </message>
        <message>
            <source>Location {code} needs a name.</source>
            <translation>Месту хранения {code} нужно название.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' is malformed: {exc}.</source>
            <translation>Формат инвентарного номера '{fmt}' записан неверно: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' must contain the number as {{n}} (e.g. '{{n}}' or 'KZ-{{n:06d}}') and no other field.</source>
            <translation>Формат инвентарного номера '{fmt}' должен содержать номер как {{n}} (напр., '{{n}}' или 'KZ-{{n:06d}}') и никаких других полей.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' does not work: {exc}.</source>
            <translation>Формат инвентарного номера '{fmt}' не работает: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives '{text}': numbers must be printable Latin text of at most {INVENTORY_NUMBER_MAX} characters.</source>
            <translation>Формат инвентарного номера '{fmt}' даёт '{text}': номера должны быть печатным латинским текстом не длиннее {INVENTORY_NUMBER_MAX} символов.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives blanks at its ends.</source>
            <translation>Формат инвентарного номера '{fmt}' даёт пробелы по краям.</translation>
        </message>
        <message>
            <source>The barcode prefix '{prefix}' must be 4 digits.</source>
            <translation>Префикс штрихкода '{prefix}' должен состоять из 4 цифр.</translation>
        </message>
        <message>
            <source>The {value} scheme puts the library's 4-digit prefix in every barcode: give it with --barcode-prefix.</source>
            <translation>Схема {value} ставит 4-значный префикс библиотеки в каждый штрихкод: укажите его через --barcode-prefix.</translation>
        </message>
        <message>
            <source>Author table {source}, line {line}: '{sign}' / '{letters}' is not a sign and the letters it covers.</source>
            <translation>Таблица авторских знаков {source}, строка {line}: '{sign}' / '{letters}' — не знак и не буквы, которые он охватывает.</translation>
        </message>
        <message>
            <source>No target '{ref}': add it (Targets… on the union catalog screen, or qor unioncat target add) or give its URL (z3950://USER@HOST:PORT/DB, or http://HOST:PORT/PATH for SRU).</source>
            <translation>Нет цели '{ref}': добавьте её («Цели…» на экране сводного каталога или qor unioncat target add) или укажите её URL (z3950://USER@HOST:PORT/DB, для SRU http://HOST:PORT/PATH).</translation>
        </message>
        <message>
            <source>A target named '{name}' is already configured.</source>
            <translation>Цель с именем '{name}' уже настроена.</translation>
        </message>
        <message>
            <source>A target needs a name.</source>
            <translation>Для каталога нужно имя.</translation>
        </message>
        <message>
            <source>A target needs a host.</source>
            <translation>Для каталога нужен хост.</translation>
        </message>
        <message>
            <source>The port {port} is not a number from 1 to 65535.</source>
            <translation>Порт {port} — не число от 1 до 65535.</translation>
        </message>
        <message>
            <source>'{database}' is not a database name.</source>
            <translation>'{database}' — не имя базы данных.</translation>
        </message>
        <message>
            <source>A target is for 'union' or 'search', not '{role}'.</source>
            <translation>Каталог бывает для 'union' или 'search', а не '{role}'.</translation>
        </message>
        <message>
            <source>A target speaks 'z3950' or 'sru', not '{protocol}'.</source>
            <translation>Каталог работает по 'z3950' или 'sru', а не '{protocol}'.</translation>
        </message>
        <message>
            <source>Records go up to a union catalog over Z39.50 only (z3950).</source>
            <translation>Записи отправляются в сводный каталог только по Z39.50 (z3950).</translation>
        </message>
        <message>
            <source>Unknown index(es) {p0} in the profile.</source>
            <translation>Неизвестные индексы в профиле: {p0}.</translation>
        </message>
        <message>
            <source>An SRU target is http://HOST:PORT/PATH, not {ref}</source>
            <translation>Каталог SRU — http://HOST:PORT/PATH, а не {ref}</translation>
        </message>
        <message>
            <source>No record {identity} in {target}.</source>
            <translation>В {target} нет записи {identity}.</translation>
        </message>
        <message>
            <source>Unknown search index '{index}'; use {p1}.</source>
            <translation>Неизвестный поисковый индекс '{index}'; используйте {p1}.</translation>
        </message>
        <message>
            <source>The search is empty.</source>
            <translation>Поисковый запрос пуст.</translation>
        </message>
        <message>
            <source>{name} cannot be searched by {index}.</source>
            <translation>В {name} нельзя искать по {index}.</translation>
        </message>
        <message>
            <source>The record found is not MARCXML.</source>
            <translation>Найденная запись — не MARCXML.</translation>
        </message>
        <message>
            <source>The record was refused: {p0}</source>
            <translation>Запись отклонена: {p0}</translation>
        </message>
        <message>
            <source>The import matched a duplicate that cannot be found again.</source>
            <translation>Импорт нашёл дубликат, который не удаётся найти снова.</translation>
        </message>
        <message>
            <source>No secure password store is available here ({detail}). Qor does not keep passwords in plain text: set the environment variable {variable} for the sync instead, or install a keyring service (GNOME Keyring, KWallet).</source>
            <translation>Здесь нет защищённого хранилища паролей ({detail}). Qor не хранит пароли открытым текстом: вместо этого задайте для синхронизации переменную окружения {variable} или установите службу хранения ключей (GNOME Keyring, KWallet).</translation>
        </message>
        <message>
            <source>A union catalog target is z3950://USER@HOST:PORT/DB, not {url}</source>
            <translation>Адрес сводного каталога — z3950://USER@HOST:PORT/DB, а не {url}</translation>
        </message>
        <message>
            <source>Do not put the password in the target URL; use the keyring or {PASSWORD_ENV}</source>
            <translation>Не указывайте пароль в адресе; используйте хранилище ключей или {PASSWORD_ENV}</translation>
        </message>
        <message>
            <source>The port in {url} is not a number from 1 to 65535</source>
            <translation>Порт в {url} — не число от 1 до 65535</translation>
        </message>
        <message>
            <source>Unknown {what} '{value}'; use one of: {known}.</source>
            <translation>Неизвестное значение ({what}) '{value}'; используйте одно из: {known}.</translation>
        </message>
        <message>
            <source>line {number}: expected '=TAG  data' (an equals sign, a three-character tag and two spaces), found {p1}</source>
            <translation>строка {number}: ожидалось '=МЕТКА  данные' (знак равенства, трёхсимвольная метка и два пробела), найдено {p1}</translation>
        </message>
        <message>
            <source>line {number}: the leader has {p1} characters instead of 24</source>
            <translation>строка {number}: в маркере {p1} символов вместо 24</translation>
        </message>
        <message>
            <source>line {number}: field {tag}: {exc}</source>
            <translation>строка {number}: поле {tag}: {exc}</translation>
        </message>
        <message>
            <source>line {number}: field {tag} has a '$' without a code</source>
            <translation>строка {number}: в поле {tag} есть '$' без кода</translation>
        </message>
        <message>
            <source>line {first_line}: the record has no =LDR line</source>
            <translation>строка {first_line}: в записи нет строки =LDR</translation>
        </message>
        <message>
            <source>expected '$' after the two indicators, found {found}</source>
            <translation>после двух индикаторов ожидался '$', найдено {found}</translation>
        </message>
        <message>
            <source>line {number}: {p1} is not a Unicode character</source>
            <translation>строка {number}: {p1} — не символ Юникода</translation>
        </message>
        <message>
            <source>The text holds no MARC record.</source>
            <translation>В тексте нет записи MARC.</translation>
        </message>
        <message>
            <source>line {p0}: a blank line ends the record; the text holds {p1} records</source>
            <translation>строка {p0}: пустая строка завершает запись; в тексте записей: {p1}</translation>
        </message>
        <message>
            <source>a field without indicators ({data})</source>
            <translation>поле без индикаторов ({data})</translation>
        </message>
        <message>
            <source>a field with one indicator instead of two ({data})</source>
            <translation>поле с одним индикатором вместо двух ({data})</translation>
        </message>
        <message>
            <source>a field with more than two indicators ({data})</source>
            <translation>поле с более чем двумя индикаторами ({data})</translation>
        </message>
        <message>
            <source>MARC-8: {count} character(s) could not be converted ({detail})</source>
            <translation>MARC-8: не удалось преобразовать символов: {count} ({detail})</translation>
        </message>
        <message>
            <source>a subfield code that is not a Latin letter or digit ({data})</source>
            <translation>код подполя — не латинская буква и не цифра ({data})</translation>
        </message>
        <message>
            <source>the MARC reader noted: {text}</source>
            <translation>замечание модуля чтения MARC: {text}</translation>
        </message>
        <message>
            <source>Unknown encoding '{encoding}': use auto or one of {p1}.</source>
            <translation>Неизвестная кодировка '{encoding}': используйте auto или одну из: {p1}.</translation>
        </message>
        <message>
            <source>{name}: not a MARC file Qor can read (expected ISO 2709, MARCXML or MarcEdit .mrk).</source>
            <translation>{name}: не файл MARC, который Qor может прочитать (ожидался ISO 2709, MARCXML или MarcEdit .mrk).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {p1}</source>
            <translation>Не удаётся прочитать {path}: {p1}</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use auto or one of {p1}.</source>
            <translation>Неизвестный формат '{format}': используйте auto или один из: {p1}.</translation>
        </message>
        <message>
            <source>the file ends inside this record: {count} bytes with no record terminator (0x1D)</source>
            <translation>файл кончается внутри этой записи: {count} байт без терминатора записи (0x1D)</translation>
        </message>
        <message>
            <source>; the leader says {count} bytes</source>
            <translation>; по маркеру {count} байт</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but byte {count} is not the record terminator (0x1D)</source>
            <translation>по маркеру длина записи {count} байт, но байт {count} — не терминатор записи (0x1D)</translation>
        </message>
        <message>
            <source>record length in leader is not a number ({head})</source>
            <translation>длина записи в маркере — не число ({head})</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but the record ends at {actual}</source>
            <translation>по маркеру длина записи {count} байт, но запись кончается на байте {actual}</translation>
        </message>
        <message>
            <source>the directory does not end where the base address says</source>
            <translation>справочник не кончается там, где указывает базовый адрес</translation>
        </message>
        <message>
            <source>the directory entry for field {tag} points outside the field data</source>
            <translation>запись справочника для поля {tag} указывает за пределы данных полей</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs</source>
            <translation>в маркере или справочнике на месте числа стоит не число</translation>
        </message>
        <message>
            <source>only {count} bytes before the record terminator; a record needs a 24-byte leader, a directory and fields</source>
            <translation>до терминатора записи только {count} байт; записи нужны 24-байтовый маркер, справочник и поля</translation>
        </message>
        <message>
            <source>; read up to the record terminator</source>
            <translation>; прочитано до терминатора записи</translation>
        </message>
        <message>
            <source>leader/09 says MARC-8 but the bytes are {used}</source>
            <translation>маркер/09 указывает MARC-8, но байты в {used}</translation>
        </message>
        <message>
            <source>field 100 $a</source>
            <translation>поле 100 $a</translation>
        </message>
        <message>
            <source>leader/09</source>
            <translation>маркер/09</translation>
        </message>
        <message>
            <source>{said} says {charset} but the bytes are {used}</source>
            <translation>{said} указывает {charset}, но байты в {used}</translation>
        </message>
        <message>
            <source>MARC-8: characters that could not be converted became blanks</source>
            <translation>MARC-8: непреобразуемые символы заменены пробелами</translation>
        </message>
        <message>
            <source>field {tag}: its MARC-8 text is escape sequences or bytes that are no MARC-8 characters; nothing of it can be read</source>
            <translation>поле {tag}: его текст MARC-8 состоит из escape-последовательностей или байтов, не являющихся символами MARC-8; из него ничего нельзя прочитать</translation>
        </message>
        <message>
            <source>the record has no fields</source>
            <translation>в записи нет полей</translation>
        </message>
        <message>
            <source>tag {tag} is not three characters (a digit, letter or sign each)</source>
            <translation>метка {tag} — не три символа (каждый — цифра, буква или знак)</translation>
        </message>
        <message>
            <source>field {tag} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>поле {tag} содержит терминатор поля: его запись справочника выходит за конец поля</translation>
        </message>
        <message>
            <source>field {tag}: subfield code {code} is not one character</source>
            <translation>поле {tag}: код подполя {code} — не один символ</translation>
        </message>
        <message>
            <source>field {tag} ${code} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>поле {tag} ${code} содержит терминатор поля: его запись справочника выходит за конец поля</translation>
        </message>
        <message>
            <source>the leader is not 24 characters</source>
            <translation>маркер — не 24 символа</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 is {base}, not a position in the record</source>
            <translation>базовый адрес данных в маркере/12-16 — {base}, это не позиция в записи</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 ({base}) is beyond the end of the record ({count} bytes)</source>
            <translation>базовый адрес данных в маркере/12-16 ({base}) за концом записи ({count} байт)</translation>
        </message>
        <message>
            <source>the record is shorter than its leader says</source>
            <translation>запись короче, чем указано в маркере</translation>
        </message>
        <message>
            <source>the directory is damaged: its length is not a multiple of 12 bytes (tag, length, start)</source>
            <translation>справочник повреждён: его длина не кратна 12 байтам (метка, длина, начало)</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs ({error})</source>
            <translation>в маркере или справочнике на месте числа стоит не число ({error})</translation>
        </message>
        <message>
            <source>a subfield code is not a Latin letter or digit ({code}): {error}</source>
            <translation>код подполя — не латинская буква и не цифра ({code}): {error}</translation>
        </message>
        <message>
            <source>the record cannot be read</source>
            <translation>запись не читается</translation>
        </message>
        <message>
            <source>the record cannot be parsed: {kind}: {error}</source>
            <translation>запись невозможно разобрать: {kind}: {error}</translation>
        </message>
        <message>
            <source>the leader or directory holds non-ASCII bytes</source>
            <translation>в маркере или справочнике есть байты не ASCII</translation>
        </message>
        <message>
            <source>directory entry {number} holds a non-number</source>
            <translation>в записи справочника {number} стоит не число</translation>
        </message>
        <message>
            <source>field {tag} has text where its two indicators belong (records from IRBIS-like systems without indicators are not MARC 21)</source>
            <translation>в поле {tag} на месте двух индикаторов стоит текст (записи систем вроде ИРБИС без индикаторов — не MARC 21)</translation>
        </message>
        <message>
            <source>invalid {label} in field {tag} (byte 0x{byte} at position {position} of the field)</source>
            <translation>недопустимый {label} в поле {tag} (байт 0x{byte} в позиции {position} поля)</translation>
        </message>
        <message>
            <source>invalid {label} in the record</source>
            <translation>недопустимый {label} в записи</translation>
        </message>
        <message>
            <source>field {tag}: NUL characters removed</source>
            <translation>поле {tag}: нулевые символы (0x00) удалены</translation>
        </message>
        <message>
            <source>field {tag} ${code}: NUL characters removed</source>
            <translation>поле {tag} ${code}: нулевые символы (0x00) удалены</translation>
        </message>
        <message>
            <source>not well-formed XML at line {line}, column {column}: {what}; the rest of the file cannot be read</source>
            <translation>XML составлен неверно в строке {line}, столбце {column}: {what}; остаток файла прочитать нельзя</translation>
        </message>
        <message>
            <source>the leader has {count} characters instead of 24</source>
            <translation>в маркере {count} символов вместо 24</translation>
        </message>
        <message>
            <source>a controlfield has no tag attribute (its text: {text})</source>
            <translation>у элемента controlfield нет атрибута tag (его текст: {text})</translation>
        </message>
        <message>
            <source>&lt;controlfield tag={tag}&gt;: {tag} is not a control field's tag (001-009)</source>
            <translation>&lt;controlfield tag={tag}&gt;: {tag} — не метка управляющего поля (001-009)</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; in the record was ignored</source>
            <translation>неизвестный элемент &lt;{name}&gt; в записи пропущен</translation>
        </message>
        <message>
            <source>a datafield has no tag attribute</source>
            <translation>у элемента datafield нет атрибута tag</translation>
        </message>
        <message>
            <source>&lt;datafield tag={tag}&gt;: {tag} is a control field's tag</source>
            <translation>&lt;datafield tag={tag}&gt;: {tag} — метка управляющего поля</translation>
        </message>
        <message>
            <source>field {tag}: unknown element &lt;{name}&gt; was ignored</source>
            <translation>поле {tag}: неизвестный элемент &lt;{name}&gt; пропущен</translation>
        </message>
        <message>
            <source>field {tag}: a subfield has no code attribute (its text: {text})</source>
            <translation>поле {tag}: у подполя нет атрибута code (его текст: {text})</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; was ignored</source>
            <translation>неизвестный элемент &lt;{name}&gt; пропущен</translation>
        </message>
        <message>
            <source>field {tag} came as a data field (the export loses a character of it); read as {data}</source>
            <translation>поле {tag} пришло как поле данных (экспорт теряет один его символ); прочитано как {data}</translation>
        </message>
        <message>
            <source>the &lt;rusmarc&gt; element holds no fields</source>
            <translation>в элементе &lt;rusmarc&gt; нет полей</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written: {p1}.</source>
            <translation>Запись {p0} невозможно записать: {p1}.</translation>
        </message>
        <message>
            <source>Record {p0} is {p1} bytes long; ISO 2709 allows 99999: export it as MARCXML instead.</source>
            <translation>Длина записи {p0} — {p1} байт; ISO 2709 допускает 99999: экспортируйте её в MARCXML.</translation>
        </message>
        <message>
            <source>Record {p0} has a field longer than ISO 2709's 9999 bytes: export it as MARCXML instead.</source>
            <translation>В записи {p0} есть поле длиннее допустимых в ISO 2709 9999 байт: экспортируйте её в MARCXML.</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written as .mrk: {p1}.</source>
            <translation>Запись {p0} невозможно записать в .mrk: {p1}.</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use one of {p1}.</source>
            <translation>Неизвестный формат '{format}': используйте один из: {p1}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {p1}</source>
            <translation>Не удаётся записать {path}: {p1}</translation>
        </message>
        <message>
            <source>Record {number} has {copies} copies; copies keep their inventory numbers for ever, so the record cannot be deleted (write the copies off instead).</source>
            <translation>У записи {number} есть экземпляры ({copies}); экземпляры навсегда сохраняют инвентарные номера, поэтому запись удалить нельзя (вместо этого спишите экземпляры).</translation>
        </message>
        <message>
            <source>with 001 {number}</source>
            <translation>с 001 {number}</translation>
        </message>
        <message>
            <source>Give a scanned label or ask for a barcode to be made, not both.</source>
            <translation>Укажите отсканированную этикетку или попросите создать штрихкод, но не то и другое сразу.</translation>
        </message>
        <message>
            <source>Nothing to change: give a barcode, a call number or a location.</source>
            <translation>Нечего менять: укажите штрихкод, шифр хранения или место хранения.</translation>
        </message>
        <message>
            <source>Copy {number} is written off: it no longer changes.</source>
            <translation>Экземпляр {number} списан: он больше не изменяется.</translation>
        </message>
        <message>
            <source>A call number cannot be empty.</source>
            <translation>Шифр хранения не может быть пустым.</translation>
        </message>
        <message>
            <source>A call number has at most {most} characters.</source>
            <translation>Шифр хранения содержит не более {most} символов.</translation>
        </message>
        <message>
            <source>Back up a PostgreSQL catalog with pg_dump; `qor backup` copies an SQLite catalog.</source>
            <translation>Резервную копию каталога PostgreSQL делайте через pg_dump; `qor backup` копирует каталог SQLite.</translation>
        </message>
        <message>
            <source>The rate '{rate}' is not a positive number.</source>
            <translation>Курс '{rate}' не является положительным числом.</translation>
        </message>
        <message>
            <source>Accession {number} has no copy priced in {currency}.</source>
            <translation>В акте приёма {number} нет экземпляров с ценой в {currency}.</translation>
        </message>
        <message>
            <source>Unknown scheme '{scheme}'; use auto, marc21, rusmarc or unimarc.</source>
            <translation>Неизвестная схема '{scheme}'; используйте auto, marc21, rusmarc или unimarc.</translation>
        </message>
        <message>
            <source>Unknown duplicate policy '{policy}'; use skip, overlay or add.</source>
            <translation>Неизвестное правило для дубликатов '{policy}'; используйте skip, overlay или add.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the folder must hold exactly one IRBIS64 master file (.mst); it holds {n}.</source>
            <translation>в папке должен быть ровно один мастер-файл IRBIS64 (.mst); в ней {n}.</translation>
        </message>
        <message>
            <source>no such file.</source>
            <translation>такого файла нет.</translation>
        </message>
        <message>
            <source>the cross-reference file {xrf} is missing beside it.</source>
            <translation>рядом нет файла перекрёстных ссылок {xrf}.</translation>
        </message>
        <message>
            <source>not an IRBIS64 master file, ISO 2709 export or text export (#tag: value lines).</source>
            <translation>это не мастер-файл IRBIS64, не экспорт ISO 2709 и не текстовый экспорт (строки #метка: значение).</translation>
        </message>
        <message>
            <source>too short for an IRBIS64 master file.</source>
            <translation>слишком короткий для мастер-файла IRBIS64.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the .xrf points past the end of the file.</source>
            <translation>MFN {mfn}: файл .xrf указывает за конец файла.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the record at offset {offset} is damaged (its leader says MFN {found}, length {length}, base {base}, {nvf} fields).</source>
            <translation>MFN {mfn}: запись по смещению {offset} повреждена (в её маркере MFN {found}, длина {length}, база {base}, полей {nvf}).</translation>
        </message>
        <message>
            <source>line {line}: '{text}' is not a field (#tag: value)</source>
            <translation>строка {line}: '{text}' — не поле (#метка: значение)</translation>
        </message>
        <message>
            <source>ISO 2709 record {index}: {reason}</source>
            <translation>Запись ISO 2709 {index}: {reason}</translation>
        </message>
        <message>
            <source>{file}, line {line}: give the source code and the Qor code.</source>
            <translation>{file}, строка {line}: укажите исходный код и код Qor.</translation>
        </message>
        <message>
            <source>{file}, line {line}: '{code}' is not a location code.</source>
            <translation>{file}, строка {line}: '{code}' — не код места хранения.</translation>
        </message>
        <message>
            <source>This workstation connects to PostgreSQL as a superuser, who can disable the triggers that keep inventory numbers and the event log unaltered. Connect it as a role of its own that is neither a superuser nor the schema's owner.</source>
            <translation>Это рабочее место подключается к PostgreSQL как суперпользователь, который может отключить триггеры, защищающие инвентарные номера и журнал событий от изменений. Подключайте его под собственной ролью, которая не является ни суперпользователем, ни владельцем схемы.</translation>
        </message>
        <message>
            <source>the file holds no MARC record (it is empty)</source>
            <translation>в файле нет ни одной записи MARC (он пуст)</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>не удаётся прочитать: {reason}</translation>
        </message>
        <message>
            <source>The import's reading process stopped (exit code {code}).</source>
            <translation>Процесс чтения импорта остановился (код выхода {code}).</translation>
        </message>
        <message>
            <source>The import's reading process failed:
{text}</source>
            <translation>Процесс чтения импорта завершился ошибкой:
{text}</translation>
        </message>
        <message>
            <source>The stored record is not valid: {error}</source>
            <translation>Сохранённая запись повреждена: {error}</translation>
        </message>
        <message>
            <source>Registers are printed in kk or ru, not '{language}'.</source>
            <translation>Учётные документы печатаются на казахском (kk) или русском (ru), а не '{language}'.</translation>
        </message>
        <message>
            <source>The register was cancelled; the file is incomplete.</source>
            <translation>Формирование документа отменено; файл неполный.</translation>
        </message>
        <message>
            <source>The answer is not XML</source>
            <translation>Ответ не является XML</translation>
        </message>
        <message>
            <source>The answer is not an SRU searchRetrieve response</source>
            <translation>Ответ не является ответом SRU на поиск (searchRetrieve)</translation>
        </message>
        <message>
            <source>HTTP error from {url}</source>
            <translation>{url} вернул ошибку HTTP</translation>
        </message>
        <message>
            <source>Cannot reach {url}</source>
            <translation>Нет связи с {url}</translation>
        </message>
        <message>
            <source>The catalog server answered with Z39.50 diagnostic {code}: {meaning}</source>
            <translation>Сервер каталога ответил диагностикой Z39.50 {code}: {meaning}</translation>
        </message>
        <message>
            <source>nothing answers at the address.</source>
            <translation>по этому адресу никто не отвечает.</translation>
        </message>
        <message>
            <source>the connection was lost.</source>
            <translation>соединение прервалось.</translation>
        </message>
        <message>
            <source>the server did not answer in time.</source>
            <translation>сервер не ответил вовремя.</translation>
        </message>
        <message>
            <source>the user name or the password was refused.</source>
            <translation>имя пользователя или пароль отклонены.</translation>
        </message>
        <message>
            <source>the session was refused.</source>
            <translation>сеанс отклонён.</translation>
        </message>
        <message>
            <source>the database is unknown or holds no record yet.</source>
            <translation>база данных неизвестна или в ней ещё нет ни одной записи.</translation>
        </message>
        <message>
            <source>this user may search but not send records.</source>
            <translation>этот пользователь может искать, но не может отправлять записи.</translation>
        </message>
        <message>
            <source>the change could not be carried out.</source>
            <translation>изменение выполнить не удалось.</translation>
        </message>
        <message>
            <source>see the details.</source>
            <translation>см. подробности.</translation>
        </message>
        <message>
            <source>The Z39.50 library libyaz5 cannot be loaded ({error}). Install it (Debian/Ubuntu: apt-get install libyaz5) to use the union catalog over Z39.50.</source>
            <translation>Библиотека Z39.50 libyaz5 не загружается ({error}). Установите её (Debian/Ubuntu: apt-get install libyaz5), чтобы работать со сводным каталогом по Z39.50.</translation>
        </message>
        <message>
            <source>The system keyring cannot be used for the database password ({detail}). Unlock it or install a keyring service (GNOME Keyring, KWallet); or put the password in your ~/.pgpass file (mode 0600) instead.</source>
            <translation>Системное хранилище ключей нельзя использовать для пароля базы данных ({detail}). Разблокируйте его или установите службу хранения ключей (GNOME Keyring, KWallet); либо запишите пароль вместо этого в свой файл ~/.pgpass (с правами 0600).</translation>
        </message>
        <message>
            <source>Only a PostgreSQL database has a password to keep: give --db postgresql+psycopg://ROLE@HOST/DATABASE (or set QOR_DB).</source>
            <translation>Пароль, который нужно хранить, есть только у базы данных PostgreSQL: укажите --db postgresql+psycopg://РОЛЬ@ХОСТ/БАЗА (или задайте QOR_DB).</translation>
        </message>
        <message>
            <source>The database address names no role: give it as postgresql+psycopg://ROLE@HOST/DATABASE.</source>
            <translation>В адресе базы данных не указана роль: укажите его в виде postgresql+psycopg://РОЛЬ@ХОСТ/БАЗА.</translation>
        </message>
        <message>
            <source>Do not put the password in the database address: it would stay in the shell's history. Give the address without it; the password is asked for.</source>
            <translation>Не указывайте пароль в адресе базы данных: он останется в истории командной оболочки. Укажите адрес без него; пароль будет запрошен.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>Пароль пуст.</translation>
        </message>
        <message>
            <source>field {tag} could not be converted ({error}); kept as it came in 887</source>
            <translation>поле {tag} не удалось преобразовать ({error}); сохранено в 887 в исходном виде</translation>
        </message>
        <message>
            <source>no coded data field 100: the dates and languages of 008 were left unknown</source>
            <translation>нет поля кодированных данных 100: даты и языки в 008 оставлены неизвестными</translation>
        </message>
        <message>
            <source>no title field 200: the record has no title</source>
            <translation>нет поля заглавия 200: у записи нет заглавия</translation>
        </message>
        <message>
            <source>the coded data of field 100 is damaged: the dates and languages of 008 were left unknown</source>
            <translation>кодированные данные поля 100 повреждены: даты и языки в 008 оставлены неизвестными</translation>
        </message>
        <message>
            <source>record type {code} (leader/06) is unknown: converted as printed text</source>
            <translation>тип записи {code} (маркер/06) неизвестен: преобразована как печатный текст</translation>
        </message>
        <message>
            <source>country {code} (field 102) has no MARC 21 country code: 008 says xx (unknown)</source>
            <translation>у страны {code} (поле 102) нет кода страны MARC 21: в 008 записано xx (неизвестна)</translation>
        </message>
        <message>
            <source>relator code {code} in field {tag} is not a RUSMARC code: kept as it came, without a relator term</source>
            <translation>код отношения {code} в поле {tag} не является кодом RUSMARC: сохранён в исходном виде, без термина отношения</translation>
        </message>
        <message>
            <source>The holiday table {source} is not valid: {error}</source>
            <translation>Таблица праздников {source} недействительна: {error}</translation>
        </message>
        <message>
            <source>The confirmation limit must be a whole number from 1 to {most}, not {limit}.</source>
            <translation>Порог подтверждения должен быть целым числом от 1 до {most}, а не {limit}.</translation>
        </message>
        <message>
            <source>The status mapping '{entry}' is not an IRBIS code, '=' and one of the statuses: {statuses}.</source>
            <translation>Сопоставление статусов '{entry}' — не код IRBIS, '=' и один из статусов: {statuses}.</translation>
        </message>
        <message>
            <source>The holdings mode '{mode}' is unknown; use one of: {modes}.</source>
            <translation>Режим данных об экземплярах '{mode}' неизвестен; используйте один из: {modes}.</translation>
        </message>
        <message>
            <source>no keyring service is installed or running</source>
            <translation>служба хранения ключей не установлена или не запущена</translation>
        </message>
        <message>
            <source>the only keyring is a file store ({kind})</source>
            <translation>единственное хранилище ключей — файловое ({kind})</translation>
        </message>
        <message>
            <source>The branch table {source} is not valid: {error}</source>
            <translation>Таблица отраслей знания {source} недействительна: {error}</translation>
        </message>
        <message>
            <source>The branch table {source} sends '{key}' to '{group}'; the groups are: {groups}.</source>
            <translation>Таблица отраслей знания {source} относит '{key}' к группе '{group}'; группы: {groups}.</translation>
        </message>
    </context>
    <context>
        <name>keyboard</name>
        <message>
            <source>Everywhere</source>
            <translation>Везде</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Экран</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Клавиша</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Действие</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
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
            <translation>нет записи</translation>
        </message>
        <message>
            <source>no inventory number</source>
            <translation>нет инвентарного номера</translation>
        </message>
        <message>
            <source>no barcode</source>
            <translation>нет штрихкода</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>нет места хранения</translation>
        </message>
        <message>
            <source>no call number</source>
            <translation>нет шифра</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>cataloger</source>
            <translation>каталогизатор</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>оператор приёма</translation>
        </message>
        <message>
            <source>stock-checker</source>
            <translation>проверяющий фонд</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>администратор</translation>
        </message>
    </context>
    <context>
        <name>run_gui</name>
        <message>
            <source>Updating the catalog to this version of Qor…</source>
            <translation>Каталог обновляется до этой версии Qor…</translation>
        </message>
        <message>
            <source>Qor</source>
            <translation>Qor</translation>
        </message>
        <message>
            <source>The database cannot be opened: {error}</source>
            <translation>Не удаётся открыть базу данных: {error}</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <source>in-processing</source>
            <translation>в обработке</translation>
        </message>
        <message>
            <source>available</source>
            <translation>доступен</translation>
        </message>
        <message>
            <source>on-loan</source>
            <translation>выдан</translation>
        </message>
        <message>
            <source>at-bindery</source>
            <translation>в переплёте</translation>
        </message>
        <message>
            <source>in-repair</source>
            <translation>в ремонте</translation>
        </message>
        <message>
            <source>being-digitised</source>
            <translation>оцифровывается</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <source>written-off</source>
            <translation>списан</translation>
        </message>
        <message>
            <source>to-be-written-off</source>
            <translation>предложен к списанию</translation>
        </message>
    </context>
    <context>
        <name>unioncat</name>
        <message>
            <source>Imported «{title}» as record {record}.</source>
            <translation>«{title}» импортирована как запись {record}.</translation>
        </message>
        <message>
            <source>«{title}» replaced the content of record {record} (its 001 and copies kept).</source>
            <translation>«{title}» заменила содержимое записи {record} (её 001 и экземпляры сохранены).</translation>
        </message>
        <message>
            <source>The catalog already has «{title}» as record {record}; nothing imported.</source>
            <translation>В каталоге уже есть «{title}» как запись {record}; ничего не импортировано.</translation>
        </message>
        <message>
            <source>Would send: {new} new, {changed} changed, {withdraw} to withdraw, {unchanged} unchanged</source>
            <translation>Будет отправлено: {new} новых, {changed} изменённых, {withdraw} к снятию, {unchanged} без изменений</translation>
        </message>
        <message>
            <source>{sent} sent, {updated} updated, {withdrawn} withdrawn, {failed} failed, {unchanged} unchanged; {remaining} left in the outbox</source>
            <translation>{sent} отправлено, {updated} обновлено, {withdrawn} снято, {failed} с ошибкой, {unchanged} без изменений; в очереди осталось {remaining}</translation>
        </message>
        <message>
            <source>; cancelled</source>
            <translation>; отменено</translation>
        </message>
        <message>
            <source>; stopped: {error}</source>
            <translation>; остановлено: {error}</translation>
        </message>
        <message>
            <source>the program stopped during the sync</source>
            <translation>программа остановилась во время синхронизации</translation>
        </message>
        <message>
            <source>deleted from the catalog</source>
            <translation>удалена из каталога</translation>
        </message>
        <message>
            <source>withdrawn: the library holds no copies</source>
            <translation>снята: у библиотеки нет экземпляров</translation>
        </message>
        <message>
            <source>the library holds no copies any more</source>
            <translation>у библиотеки больше нет экземпляров</translation>
        </message>
        <message>
            <source>the union catalog already holds this version</source>
            <translation>в сводном каталоге уже есть эта версия</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but does not hold the record: it could not index it (see the server's log)</source>
            <translation>сводный каталог ответил «done», но записи в нём нет: он не смог её проиндексировать (см. журнал сервера)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds another version of the record: it could not index the one sent (see the server's log)</source>
            <translation>сводный каталог ответил «done», но в нём по-прежнему другая версия записи: отправленную он не смог проиндексировать (см. журнал сервера)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds the record</source>
            <translation>сводный каталог ответил «done», но запись в нём всё ещё есть</translation>
        </message>
        <message>
            <source>the record cannot be written as well-formed MARCXML: {error}</source>
            <translation>запись нельзя записать как корректный MARCXML: {error}</translation>
        </message>
        <message>
            <source>the union catalog holds it more than once</source>
            <translation>в сводном каталоге она есть больше одного раза</translation>
        </message>
        <message>
            <source>refused by the union catalog: {error}</source>
            <translation>сводный каталог отказал: {error}</translation>
        </message>
        <message>
            <source>it could not be checked on the union catalog: {error}</source>
            <translation>её не удалось проверить в сводном каталоге: {error}</translation>
        </message>
        <message>
            <source>the union catalog cannot be reached</source>
            <translation>сводный каталог недоступен</translation>
        </message>
        <message>
            <source>the union catalog refused the user name or password</source>
            <translation>сводный каталог не принял имя пользователя или пароль</translation>
        </message>
        <message>
            <source>the connection to the union catalog was lost</source>
            <translation>связь со сводным каталогом прервалась</translation>
        </message>
        <message>
            <source>the union catalog stopped answering</source>
            <translation>сводный каталог перестал отвечать</translation>
        </message>
        <message>
            <source>this user may search the union catalog but not send to it</source>
            <translation>этот пользователь может искать в сводном каталоге, но не может отправлять в него</translation>
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
            <translation>книги</translation>
        </message>
        <message>
            <source>continuing resources</source>
            <translation>продолжающиеся ресурсы</translation>
        </message>
        <message>
            <source>music</source>
            <translation>музыка</translation>
        </message>
        <message>
            <source>sound recordings</source>
            <translation>звукозаписи</translation>
        </message>
        <message>
            <source>maps</source>
            <translation>карты</translation>
        </message>
        <message>
            <source>visual materials</source>
            <translation>визуальные материалы</translation>
        </message>
        <message>
            <source>computer files</source>
            <translation>компьютерные файлы</translation>
        </message>
        <message>
            <source>mixed materials</source>
            <translation>смешанные материалы</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>пробел</translation>
        </message>
        <message>
            <source>The leader must be {n} characters, it has {length}</source>
            <translation>Маркер должен содержать {n} символа(ов), в нём {length}</translation>
        </message>
        <message>
            <source>Leader/{pos} ({name}) is {value}; valid: {choices}</source>
            <translation>Маркер/{pos} ({name}) = {value}; допустимо: {choices}</translation>
        </message>
        <message>
            <source>The record has no title (field 245)</source>
            <translation>В записи нет заглавия (поле 245)</translation>
        </message>
        <message>
            <source>The title proper (245 $a) is missing or empty</source>
            <translation>Основное заглавие (245 $a) отсутствует или пусто</translation>
        </message>
        <message>
            <source>A record has one main entry (1XX), this one has {n}: {tags}</source>
            <translation>В записи один заголовок основной записи (1XX), а здесь {n}: {tags}</translation>
        </message>
        <message>
            <source>Unknown tag {tag}</source>
            <translation>Неизвестная метка {tag}</translation>
        </message>
        <message>
            <source>Field {tag} has no subfields</source>
            <translation>В поле {tag} нет подполей</translation>
        </message>
        <message>
            <source>Tag '{tag}' is not a MARC 21 tag</source>
            <translation>'{tag}' — не метка MARC 21</translation>
        </message>
        <message>
            <source>Tag '{tag}' is impossible: a MARC 21 tag is three digits</source>
            <translation>Тег '{tag}' невозможен: тег MARC 21 состоит из трёх цифр</translation>
        </message>
        <message>
            <source>Field {tag} is obsolete; use {other}</source>
            <translation>Поле {tag} устарело; используйте {other}</translation>
        </message>
        <message>
            <source>Field {tag} is not repeatable but occurs {n} times</source>
            <translation>Поле {tag} неповторяемое, но встречается {n} раз(а)</translation>
        </message>
        <message>
            <source>blank only</source>
            <translation>только пробел</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}, a value MARC 21 has made obsolete; valid now: {choices}</source>
            <translation>Индикатор {position} поля {name} = {value} — значение, устаревшее в MARC 21; сейчас допустимо: {choices}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is undefined and should be blank; it is {value}</source>
            <translation>Индикатор {position} поля {name} не определён и должен быть пробелом; в нём {value}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}; valid: {choices}</source>
            <translation>Индикатор {position} поля {name} = {value}; допустимо: {choices}</translation>
        </message>
        <message>
            <source>Subfield {code} is not defined for {name}</source>
            <translation>Подполе {code} не определено для поля {name}</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is not repeatable but occurs {n} times</source>
            <translation>Подполе ${code} поля {name} неповторяемое, но встречается {n} раз(а)</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is empty</source>
            <translation>Подполе ${code} поля {name} пустое</translation>
        </message>
        <message>
            <source>Field 880 needs subfield $6 naming the field it pairs with (e.g. 245-01)</source>
            <translation>Полю 880 нужно подполе $6 со ссылкой на парное поле (напр., 245-01)</translation>
        </message>
        <message>
            <source>Field 880 is linked to unknown tag {tag}</source>
            <translation>Поле 880 связано с неизвестной меткой {tag}</translation>
        </message>
        <message>
            <source>Control field {tag} cannot have indicators or subfields</source>
            <translation>У управляющего поля {tag} не может быть индикаторов и подполей</translation>
        </message>
        <message>
            <source>008 must be 40 characters for {material}, it has {n}</source>
            <translation>Поле 008 для вида «{material}» должно содержать 40 символов, в нём {n}</translation>
        </message>
        <message>
            <source>008 must be 40 characters, it has {n}</source>
            <translation>Поле 008 должно содержать 40 символов, в нём {n}</translation>
        </message>
        <message>
            <source>005 should be the date and time as yyyymmddhhmmss.f, it is '{data}'</source>
            <translation>Поле 005 должно содержать дату и время вида yyyymmddhhmmss.f, в нём '{data}'</translation>
        </message>
        <message>
            <source>006 must be 18 characters, it has {n}</source>
            <translation>Поле 006 должно содержать 18 символов, в нём {n}</translation>
        </message>
        <message>
            <source>Control field {tag} is empty</source>
            <translation>Управляющее поле {tag} пустое</translation>
        </message>
    </context>
    <context>
        <name>xml</name>
        <message>
            <source>not well-formed (invalid token)</source>
            <translation>неверно составлен (недопустимый токен)</translation>
        </message>
        <message>
            <source>mismatched tag</source>
            <translation>несоответствие тегов</translation>
        </message>
        <message>
            <source>no element found</source>
            <translation>элемент не найден</translation>
        </message>
        <message>
            <source>unclosed token</source>
            <translation>незакрытый токен</translation>
        </message>
        <message>
            <source>syntax error</source>
            <translation>синтаксическая ошибка</translation>
        </message>
        <message>
            <source>junk after document element</source>
            <translation>лишний текст после элемента документа</translation>
        </message>
        <message>
            <source>undefined entity</source>
            <translation>неопределённая сущность</translation>
        </message>
        <message>
            <source>partial character</source>
            <translation>неполный символ</translation>
        </message>
        <message>
            <source>duplicate attribute</source>
            <translation>повторяющийся атрибут</translation>
        </message>
        <message>
            <source>reference to invalid character number</source>
            <translation>ссылка на недопустимый номер символа</translation>
        </message>
        <message>
            <source>XML or text declaration not at start of entity</source>
            <translation>объявление XML или текста не в начале сущности</translation>
        </message>
        <message>
            <source>unknown encoding</source>
            <translation>неизвестная кодировка</translation>
        </message>
        <message>
            <source>encoding specified in XML declaration is incorrect</source>
            <translation>кодировка, указанная в объявлении XML, неверна</translation>
        </message>
        <message>
            <source>unclosed CDATA section</source>
            <translation>незакрытый раздел символьных данных</translation>
        </message>
        <message>
            <source>unbound prefix</source>
            <translation>несвязанный префикс</translation>
        </message>
        <message>
            <source>XML declaration not well-formed</source>
            <translation>объявление XML построено неверно</translation>
        </message>
        <message>
            <source>recursive entity reference</source>
            <translation>рекурсивная ссылка на сущность</translation>
        </message>
        <message>
            <source>reference to binary entity</source>
            <translation>ссылка на двоичную сущность</translation>
        </message>
        <message>
            <source>reference to external entity in attribute</source>
            <translation>ссылка на внешнюю сущность в атрибуте</translation>
        </message>
        <message>
            <source>illegal character(s) in public id</source>
            <translation>недопустимые символы в публичном идентификаторе</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>недостаточно памяти</translation>
        </message>
        <message>
            <source>limit on input amplification factor (from DTD and entities) breached</source>
            <translation>превышен предел коэффициента увеличения входных данных (из определения типа документа и сущностей)</translation>
        </message>
        <message>
            <source>a fault in the markup</source>
            <translation>ошибка в разметке</translation>
        </message>
    </context>
</TS>
