<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccessionDialog</name>
        <message>
            <source>Purchase</source>
            <translation>Purchase</translation>
        </message>
        <message>
            <source>Gift</source>
            <translation>Gift</translation>
        </message>
        <message>
            <source>Book exchange</source>
            <translation>Book exchange</translation>
        </message>
        <message>
            <source>State order</source>
            <translation>State order</translation>
        </message>
        <message>
            <source>Legal deposit</source>
            <translation>Legal deposit</translation>
        </message>
        <message>
            <source>Deadline {deadline}: met</source>
            <translation>Deadline {deadline}: met</translation>
        </message>
        <message>
            <source>Deadline {deadline}: missed by {days} day(s)</source>
            <translation>Deadline {deadline}: missed by {days} day(s)</translation>
        </message>
        <message>
            <source>New accession batch (акт приёма)</source>
            <translation>New accession batch (акт приёма)</translation>
        </message>
        <message>
            <source>Supplier, donor or partner library</source>
            <translation>Supplier, donor or partner library</translation>
        </message>
        <message>
            <source>Invoice, deed of gift, list No.</source>
            <translation>Invoice, deed of gift, list No.</translation>
        </message>
        <message>
            <source>Paper (30 calendar days)</source>
            <translation>Paper (30 calendar days)</translation>
        </message>
        <message>
            <source>Electronic (3 working days)</source>
            <translation>Electronic (3 working days)</translation>
        </message>
        <message>
            <source>Date received:</source>
            <translation>Date received:</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Supplier / partner:</source>
            <translation>Supplier / partner:</translation>
        </message>
        <message>
            <source>Document No.:</source>
            <translation>Document No.:</translation>
        </message>
        <message>
            <source>Document date:</source>
            <translation>Document date:</translation>
        </message>
        <message>
            <source>Print date:</source>
            <translation>Print date:</translation>
        </message>
        <message>
            <source>Medium:</source>
            <translation>Medium:</translation>
        </message>
        <message>
            <source>Printed on the acceptance act</source>
            <translation>Printed on the acceptance act</translation>
        </message>
        <message>
            <source>Notes:</source>
            <translation>Notes:</translation>
        </message>
        <message>
            <source>Open batch</source>
            <translation>Open batch</translation>
        </message>
    </context>
    <context>
        <name>AddCopiesDialog</name>
        <message>
            <source>Add {n} copies? Each gets an inventory number that cannot be deleted.</source>
            <translation>Add {n} copies? Each gets an inventory number that cannot be deleted.</translation>
        </message>
        <message>
            <source>Add copies</source>
            <translation>Add copies</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · batch {batch}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} {year} · batch {batch}</translation>
        </message>
        <message>
            <source>e.g. 2500.00</source>
            <translation>e.g. 2500.00</translation>
        </message>
        <message>
            <source>Scan pre-printed labels here (optional)</source>
            <translation>Scan pre-printed labels here (optional)</translation>
        </message>
        <message>
            <source>Remove label</source>
            <translation>Remove label</translation>
        </message>
        <message>
            <source>Without labels, barcodes are made by the library's scheme.</source>
            <translation>Without labels, barcodes are made by the library's scheme.</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>Price:</source>
            <translation>Price:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Call number:</translation>
        </message>
        <message>
            <source>Labels:</source>
            <translation>Labels:</translation>
        </message>
        <message>
            <source>Label {code} was just scanned: counted once.</source>
            <translation>Label {code} was just scanned: counted once.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN, not a copy label.</source>
            <translation>{code} is the book's ISBN, not a copy label.</translation>
        </message>
        <message>
            <source>Label {code} is already in the list.</source>
            <translation>Label {code} is already in the list.</translation>
        </message>
        <message>
            <source>Label {n}: {code}</source>
            <translation>Label {n}: {code}</translation>
        </message>
        <message>
            <source>Add a location first: copies must live somewhere.</source>
            <translation>Add a location first: copies must live somewhere.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>Price '{price}' is not a number.</translation>
        </message>
        <message>
            <source>Adding {n} copies…</source>
            <translation>Adding {n} copies…</translation>
        </message>
    </context>
    <context>
        <name>AuditScreen</name>
        <message>
            <source>No audit selected: choose or open one.</source>
            <translation>No audit selected: choose or open one.</translation>
        </message>
        <message>
            <source>Audits…</source>
            <translation>Audits…</translation>
        </message>
        <message>
            <source>Import scanner file…</source>
            <translation>Import scanner file…</translation>
        </message>
        <message>
            <source>Refresh results</source>
            <translation>Refresh results</translation>
        </message>
        <message>
            <source>Close audit…</source>
            <translation>Close audit…</translation>
        </message>
        <message>
            <source>Scan a shelf's barcode, then its copies (or type and press Enter)</source>
            <translation>Scan a shelf's barcode, then its copies (or type and press Enter)</translation>
        </message>
        <message>
            <source>Expected</source>
            <translation>Expected</translation>
        </message>
        <message>
            <source>Found</source>
            <translation>Found</translation>
        </message>
        <message>
            <source>Missing so far</source>
            <translation>Missing so far</translation>
        </message>
        <message>
            <source>Misplaced</source>
            <translation>Misplaced</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unknown</translation>
        </message>
        <message>
            <source>Status conflicts</source>
            <translation>Status conflicts</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Found / expected</source>
            <translation>Found / expected</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>Inv. No.</source>
            <translation>Inv. No.</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Belongs to</source>
            <translation>Belongs to</translation>
        </message>
        <message>
            <source>Found at</source>
            <translation>Found at</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Missing</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>Unknown barcodes</source>
            <translation>Unknown barcodes</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Scans</source>
            <translation>Scans</translation>
        </message>
        <message>
            <source>Scanned at</source>
            <translation>Scanned at</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>First</source>
            <translation>First</translation>
        </message>
        <message>
            <source>Set apart at opening</source>
            <translation>Set apart at opening</translation>
        </message>
        <message>
            <source>Left during the audit</source>
            <translation>Left during the audit</translation>
        </message>
        <message>
            <source>Shelf order</source>
            <translation>Shelf order</translation>
        </message>
        <message>
            <source>Scanned after</source>
            <translation>Scanned after</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Move selected to where found</source>
            <translation>Move selected to where found</translation>
        </message>
        <message>
            <source>Restore selected missing copies</source>
            <translation>Restore selected missing copies</translation>
        </message>
        <message>
            <source>Open a record for this code</source>
            <translation>Open a record for this code</translation>
        </message>
        <message>
            <source>Audit {id} ({status}): {scope} — responsible: {who}</source>
            <translation>Audit {id} ({status}): {scope} — responsible: {who}</translation>
        </message>
        <message>
            <source>Shelf: {code}   Device: {device}</source>
            <translation>Shelf: {code}   Device: {device}</translation>
        </message>
        <message>
            <source>none yet — scan a shelf's barcode</source>
            <translation>none yet — scan a shelf's barcode</translation>
        </message>
        <message>
            <source>Scan {code} not counted: choose or open an audit first.</source>
            <translation>Scan {code} not counted: choose or open an audit first.</translation>
        </message>
        <message>
            <source>Shelf {shelf}: scan its copies.</source>
            <translation>Shelf {shelf}: scan its copies.</translation>
        </message>
        <message>
            <source>Found: {copy}</source>
            <translation>Found: {copy}</translation>
        </message>
        <message>
            <source>Misplaced: {copy} belongs to {home}</source>
            <translation>Misplaced: {copy} belongs to {home}</translation>
        </message>
        <message>
            <source>Unknown barcode {code}</source>
            <translation>Unknown barcode {code}</translation>
        </message>
        <message>
            <source>Already scanned: {copy}</source>
            <translation>Already scanned: {copy}</translation>
        </message>
        <message>
            <source>Status conflict: {copy} is {status} in the books</source>
            <translation>Status conflict: {copy} is {status} in the books</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>Export CSV</translation>
        </message>
        <message>
            <source>Writing {file}…</source>
            <translation>Writing {file}…</translation>
        </message>
        <message>
            <source>Move {n} copies to the shelf they were found on?</source>
            <translation>Move {n} copies to the shelf they were found on?</translation>
        </message>
        <message>
            <source>{n} copies done.</source>
            <translation>{n} copies done.</translation>
        </message>
        <message>
            <source>No copy has the barcode {code}, and it is not an ISBN. Catalog a new record for it (book template)?</source>
            <translation>No copy has the barcode {code}, and it is not an ISBN. Catalog a new record for it (book template)?</translation>
        </message>
        <message>
            <source>Scanner file</source>
            <translation>Scanner file</translation>
        </message>
        <message>
            <source>Name of the handheld scanner this file comes from:</source>
            <translation>Name of the handheld scanner this file comes from:</translation>
        </message>
        <message>
            <source>Scanner files (*.txt *.csv *.dat);;All (*)</source>
            <translation>Scanner files (*.txt *.csv *.dat);;All (*)</translation>
        </message>
        <message>
            <source>Importing scans…</source>
            <translation>Importing scans…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Line {label}; {rejected} rejected</source>
            <translation>Line {label}; {rejected} rejected</translation>
        </message>
        <message>
            <source>{n} scans recorded, {old} lines imported before.</source>
            <translation>{n} scans recorded, {old} lines imported before.</translation>
        </message>
        <message>
            <source>Cancelled: every scan before the stop is kept.</source>
            <translation>Cancelled: every scan before the stop is kept.</translation>
        </message>
        <message>
            <source>Close audit {id}? Copies not found become missing, and no more scans are taken.</source>
            <translation>Close audit {id}? Copies not found become missing, and no more scans are taken.</translation>
        </message>
        <message>
            <source>Audit act</source>
            <translation>Audit act</translation>
        </message>
        <message>
            <source>Audit closed: {n} copies marked missing. The act is in {path}.</source>
            <translation>Audit closed: {n} copies marked missing. The act is in {path}.</translation>
        </message>
    </context>
    <context>
        <name>AuditsDialog</name>
        <message>
            <source>Audits</source>
            <translation>Audits</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Scope</source>
            <translation>Scope</translation>
        </message>
        <message>
            <source>Work on the selected audit</source>
            <translation>Work on the selected audit</translation>
        </message>
        <message>
            <source>Open a new audit</source>
            <translation>Open a new audit</translation>
        </message>
        <message>
            <source>Scheduled</source>
            <translation>Scheduled</translation>
        </message>
        <message>
            <source>Change of materially responsible person</source>
            <translation>Change of materially responsible person</translation>
        </message>
        <message>
            <source>Loss found</source>
            <translation>Loss found</translation>
        </message>
        <message>
            <source>Reorganisation or closure</source>
            <translation>Reorganisation or closure</translation>
        </message>
        <message>
            <source>e.g. RR- (every location whose code begins so)</source>
            <translation>e.g. RR- (every location whose code begins so)</translation>
        </message>
        <message>
            <source>names, separated by commas</source>
            <translation>names, separated by commas</translation>
        </message>
        <message>
            <source>Reason:</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>Locations:</source>
            <translation>Locations:</translation>
        </message>
        <message>
            <source>Location prefixes:</source>
            <translation>Location prefixes:</translation>
        </message>
        <message>
            <source>Collections:</source>
            <translation>Collections:</translation>
        </message>
        <message>
            <source>Responsible person:</source>
            <translation>Responsible person:</translation>
        </message>
        <message>
            <source>Members:</source>
            <translation>Members:</translation>
        </message>
        <message>
            <source>Open audit</source>
            <translation>Open audit</translation>
        </message>
    </context>
    <context>
        <name>BindingPanel</name>
        <message>
            <source>New order</source>
            <translation>New order</translation>
        </message>
        <message>
            <source>Bindery</source>
            <translation>Bindery</translation>
        </message>
        <message>
            <source>Binding</source>
            <translation>Binding</translation>
        </message>
        <message>
            <source>Instructions</source>
            <translation>Instructions</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Cost, KZT</source>
            <translation>Cost, KZT</translation>
        </message>
        <message>
            <source>Scan into the order</source>
            <translation>Scan into the order</translation>
        </message>
        <message>
            <source>Scan back from the bindery</source>
            <translation>Scan back from the bindery</translation>
        </message>
        <message>
            <source>Scan onto the waiting list</source>
            <translation>Scan onto the waiting list</translation>
        </message>
        <message>
            <source>Scan a copy's barcode</source>
            <translation>Scan a copy's barcode</translation>
        </message>
        <message>
            <source>Send order</source>
            <translation>Send order</translation>
        </message>
        <message>
            <source>Order</source>
            <translation>Order</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Out</source>
            <translation>Out</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>OVERDUE</source>
            <translation>OVERDUE</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Make an order from the waiting list</source>
            <translation>Make an order from the waiting list</translation>
        </message>
        <message>
            <source>Waiting list</source>
            <translation>Waiting list</translation>
        </message>
        <message>
            <source>Order {id}: {status}</source>
            <translation>Order {id}: {status}</translation>
        </message>
        <message>
            <source>Making up an order from the waiting list…</source>
            <translation>Making up an order from the waiting list…</translation>
        </message>
        <message>
            <source>Order {id} made up from the waiting list: {n} copies.</source>
            <translation>Order {id} made up from the waiting list: {n} copies.</translation>
        </message>
        <message>
            <source>Order {id} opened: scan its copies.</source>
            <translation>Order {id} opened: scan its copies.</translation>
        </message>
        <message>
            <source>Waiting</source>
            <translation>Waiting</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>Open or choose an order first.</source>
            <translation>Open or choose an order first.</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>Added</translation>
        </message>
        <message>
            <source>Sending order {id}…</source>
            <translation>Sending order {id}…</translation>
        </message>
        <message>
            <source>Order {id} sent: {n} copies at the bindery.</source>
            <translation>Order {id} sent: {n} copies at the bindery.</translation>
        </message>
    </context>
    <context>
        <name>CatalogScreen</name>
        <message>
            <source>Delete the record «{title}»? This cannot be undone.</source>
            <translation>Delete the record «{title}»? This cannot be undone.</translation>
        </message>
    </context>
    <context>
        <name>CompleteCopyDialog</name>
        <message>
            <source>Complete copy {number}</source>
            <translation>Complete copy {number}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Inventory No. {number} · barcode {barcode}</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;Inventory No. {number} · barcode {barcode}</translation>
        </message>
        <message>
            <source>Scan the pre-printed label for this copy</source>
            <translation>Scan the pre-printed label for this copy</translation>
        </message>
        <message>
            <source>Make a barcode by the library's scheme</source>
            <translation>Make a barcode by the library's scheme</translation>
        </message>
        <message>
            <source>Scan a label, edit the call number, choose the location; then save.</source>
            <translation>Scan a label, edit the call number, choose the location; then save.</translation>
        </message>
        <message>
            <source>Label:</source>
            <translation>Label:</translation>
        </message>
        <message>
            <source>Call number:</source>
            <translation>Call number:</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Location:</translation>
        </message>
        <message>
            <source>This label is already on this copy.</source>
            <translation>This label is already on this copy.</translation>
        </message>
        <message>
            <source>Label {code} goes on copy {number} when you save.</source>
            <translation>Label {code} goes on copy {number} when you save.</translation>
        </message>
    </context>
    <context>
        <name>CopiesModel</name>
        <message>
            <source>in processing</source>
            <translation>in processing</translation>
        </message>
        <message>
            <source>available</source>
            <translation>available</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>on loan</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>at the bindery</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>in repair</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>being digitised</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>written off</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>to be written off</translation>
        </message>
        <message>
            <source>Inventory No.</source>
            <translation>Inventory No.</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Call number</source>
            <translation>Call number</translation>
        </message>
        <message>
            <source>Location</source>
            <translation>Location</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(no label)</source>
            <translation>(no label)</translation>
        </message>
    </context>
    <context>
        <name>CopyCatPanel</name>
        <message>
            <source>z3950://HOST:PORT/DB or http://HOST:PORT/PATH</source>
            <translation>z3950://HOST:PORT/DB or http://HOST:PORT/PATH</translation>
        </message>
        <message>
            <source>Title, author, ISBN or subject</source>
            <translation>Title, author, ISBN or subject</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Target:</source>
            <translation>Target:</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <source>The accession batch the copies join</source>
            <translation>The accession batch the copies join</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Add copies…</translation>
        </message>
        <message>
            <source>Batch:</source>
            <translation>Batch:</translation>
        </message>
        <message>
            <source>{number} of {date}</source>
            <translation>{number} of {date}</translation>
        </message>
        <message>
            <source>Searching {target}…</source>
            <translation>Searching {target}…</translation>
        </message>
        <message>
            <source>{total} found in {target}, {shown} shown.</source>
            <translation>{total} found in {target}, {shown} shown.</translation>
        </message>
        <message>
            <source>There is no accession batch for the copies: open one at the intake desk.</source>
            <translation>There is no accession batch for the copies: open one at the intake desk.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>{n} copies added: {numbers}</translation>
        </message>
    </context>
    <context>
        <name>DigitisationPanel</name>
        <message>
            <source>Scan copies to send</source>
            <translation>Scan copies to send</translation>
        </message>
        <message>
            <source>Scan a copy that came back</source>
            <translation>Scan a copy that came back</translation>
        </message>
        <message>
            <source>Record outcome</source>
            <translation>Record outcome</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Send</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Back</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Copy {code} is back: fill in its file and pages, then Record outcome.</source>
            <translation>Copy {code} is back: fill in its file and pages, then Record outcome.</translation>
        </message>
        <message>
            <source>Sent: {what}</source>
            <translation>Sent: {what}</translation>
        </message>
        <message>
            <source>Copy {inv} is back: {file}</source>
            <translation>Copy {inv} is back: {file}</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export records</source>
            <translation>Export records</translation>
        </message>
        <message>
            <source>Selected records ({n})</source>
            <translation>Selected records ({n})</translation>
        </message>
        <message>
            <source>All records of the catalog</source>
            <translation>All records of the catalog</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Bibliographic format:</translation>
        </message>
        <message>
            <source>Records:</source>
            <translation>Records:</translation>
        </message>
        <message>
            <source>Output file:</source>
            <translation>Output file:</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Choose the output file.</source>
            <translation>Choose the output file.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>{n} records written to {path}.</source>
            <translation>{n} records written to {path}.</translation>
        </message>
        <message>
            <source>{n} records cannot be written in this format and were skipped:</source>
            <translation>{n} records cannot be written in this format and were skipped:</translation>
        </message>
        <message>
            <source>record {id}: {reason}</source>
            <translation>record {id}: {reason}</translation>
        </message>
        <message>
            <source>The export failed: {message}</source>
            <translation>The export failed: {message}</translation>
        </message>
    </context>
    <context>
        <name>FeedbackBanner</name>
        <message>
            <source>Ready to scan.</source>
            <translation>Ready to scan.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <source>Qor — set up the library</source>
            <translation>Qor — set up the library</translation>
        </message>
        <message>
            <source>This database has no library yet. Name the library, give its MARC organisation code (sigla, written to 003, 040 and 852) and create the first administrator.</source>
            <translation>This database has no library yet. Name the library, give its MARC organisation code (sigla, written to 003, 040 and 852) and create the first administrator.</translation>
        </message>
        <message>
            <source>e.g. Ұлттық академиялық кітапхана</source>
            <translation>e.g. Ұлттық академиялық кітапхана</translation>
        </message>
        <message>
            <source>e.g. KZ-AsNAB</source>
            <translation>e.g. KZ-AsNAB</translation>
        </message>
        <message>
            <source>Load the demo catalog to try things on</source>
            <translation>Load the demo catalog to try things on</translation>
        </message>
        <message>
            <source>About fifty real Kazakh, Russian and English records, with copies</source>
            <translation>About fifty real Kazakh, Russian and English records, with copies</translation>
        </message>
        <message>
            <source>Interface language:</source>
            <translation>Interface language:</translation>
        </message>
        <message>
            <source>Library name:</source>
            <translation>Library name:</translation>
        </message>
        <message>
            <source>Sigla (MARC organisation code):</source>
            <translation>Sigla (MARC organisation code):</translation>
        </message>
        <message>
            <source>Administrator:</source>
            <translation>Administrator:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>Create the library</source>
            <translation>Create the library</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
        <message>
            <source>The library is set up, but the demo catalog: {error}</source>
            <translation>The library is set up, but the demo catalog: {error}</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import MARC records</source>
            <translation>Import MARC records</translation>
        </message>
        <message>
            <source>Add files…</source>
            <translation>Add files…</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Clear</translation>
        </message>
        <message>
            <source>Detect</source>
            <translation>Detect</translation>
        </message>
        <message>
            <source>MarcEdit .mrk</source>
            <translation>MarcEdit .mrk</translation>
        </message>
        <message>
            <source>Detect by the records</source>
            <translation>Detect by the records</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Skip them</translation>
        </message>
        <message>
            <source>Overlay the catalog's record (keeps its 001 and copies)</source>
            <translation>Overlay the catalog's record (keeps its 001 and copies)</translation>
        </message>
        <message>
            <source>Add them as new records</source>
            <translation>Add them as new records</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Bibliographic format:</source>
            <translation>Bibliographic format:</translation>
        </message>
        <message>
            <source>Duplicates:</source>
            <translation>Duplicates:</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Files:</source>
            <translation>Files:</translation>
        </message>
        <message>
            <source>Choose MARC files</source>
            <translation>Choose MARC files</translation>
        </message>
        <message>
            <source>MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;All files (*)</source>
            <translation>MARC files (*.mrc *.marc *.dat *.iso *.xml *.mrk *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>Add at least one file to import.</source>
            <translation>Add at least one file to import.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Reading…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Cancelling after the current batch…</translation>
        </message>
        <message>
            <source>{done} records read, {rejected} rejected — {file}</source>
            <translation>{done} records read, {rejected} rejected — {file}</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({added} added anyway). Rejected: {rejected}.</source>
            <translation>Imported: {imported}. Duplicates: {duplicates} ({added} added anyway). Rejected: {rejected}.</translation>
        </message>
        <message>
            <source>Imported: {imported}. Duplicates: {duplicates} ({overlaid} overlaid). Rejected: {rejected}.</source>
            <translation>Imported: {imported}. Duplicates: {duplicates} ({overlaid} overlaid). Rejected: {rejected}.</translation>
        </message>
        <message>
            <source>Converted to MARC 21: {rusmarc} from RUSMARC, {unimarc} from UNIMARC.</source>
            <translation>Converted to MARC 21: {rusmarc} from RUSMARC, {unimarc} from UNIMARC.</translation>
        </message>
        <message>
            <source>The import was cancelled: the {n} records imported before it stopped were kept; the rest of the files was not read.</source>
            <translation>The import was cancelled: the {n} records imported before it stopped were kept; the rest of the files was not read.</translation>
        </message>
        <message>
            <source>Warnings: {n} (those records were imported; see the list).</source>
            <translation>Warnings: {n} (those records were imported; see the list).</translation>
        </message>
        <message>
            <source>Imported with a warning: {message}</source>
            <translation>Imported with a warning: {message}</translation>
        </message>
        <message>
            <source>The import stopped: {message}</source>
            <translation>The import stopped: {message}</translation>
        </message>
    </context>
    <context>
        <name>IntakeScreen</name>
        <message>
            <source>New batch…</source>
            <translation>New batch…</translation>
        </message>
        <message>
            <source>Loading the batch…</source>
            <translation>Loading the batch…</translation>
        </message>
        <message>
            <source>Accession batch:</source>
            <translation>Accession batch:</translation>
        </message>
        <message>
            <source>Scan a book's ISBN or a copy's barcode</source>
            <translation>Scan a book's ISBN or a copy's barcode</translation>
        </message>
        <message>
            <source>Release mode: a scanned copy is released</source>
            <translation>Release mode: a scanned copy is released</translation>
        </message>
        <message>
            <source>Scan:</source>
            <translation>Scan:</translation>
        </message>
        <message>
            <source>Add copies…</source>
            <translation>Add copies…</translation>
        </message>
        <message>
            <source>Look up in remote catalogs</source>
            <translation>Look up in remote catalogs</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>New record from book template</translation>
        </message>
        <message>
            <source>Release this copy</source>
            <translation>Release this copy</translation>
        </message>
        <message>
            <source>Complete copy…</source>
            <translation>Complete copy…</translation>
        </message>
        <message>
            <source>Put a label on the copy, edit its call number, choose its location</source>
            <translation>Put a label on the copy, edit its call number, choose its location</translation>
        </message>
        <message>
            <source>Release whole batch</source>
            <translation>Release whole batch</translation>
        </message>
        <message>
            <source>Labels…</source>
            <translation>Labels…</translation>
        </message>
        <message>
            <source>Locations…</source>
            <translation>Locations…</translation>
        </message>
        <message>
            <source>{n} copies</source>
            <translation>{n} copies</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>{n} copies in this batch, {waiting} in processing</source>
            <translation>{n} copies in this batch, {waiting} in processing</translation>
        </message>
        <message>
            <source>Batch {number} is open: scan the books.</source>
            <translation>Batch {number} is open: scan the books.</translation>
        </message>
        <message>
            <source>Loading the batch: {code} is answered in a moment.</source>
            <translation>Loading the batch: {code} is answered in a moment.</translation>
        </message>
        <message>
            <source>{code} scanned again within a second: counted once.</source>
            <translation>{code} scanned again within a second: counted once.</translation>
        </message>
        <message>
            <source>ISBN {isbn} is not in the catalog: look it up or make a record.</source>
            <translation>ISBN {isbn} is not in the catalog: look it up or make a record.</translation>
        </message>
        <message>
            <source>New book &lt;b&gt;{isbn}&lt;/b&gt;. &lt;i&gt;Look up in remote catalogs&lt;/i&gt; to copy a record, or start one from the book template.</source>
            <translation>New book &lt;b&gt;{isbn}&lt;/b&gt;. &lt;i&gt;Look up in remote catalogs&lt;/i&gt; to copy a record, or start one from the book template.</translation>
        </message>
        <message>
            <source>{n} records have ISBN {isbn}: choose one.</source>
            <translation>{n} records have ISBN {isbn}: choose one.</translation>
        </message>
        <message>
            <source>«{title}» is in the catalog ({held} copies held).</source>
            <translation>«{title}» is in the catalog ({held} copies held).</translation>
        </message>
        <message>
            <source>{code} is a shelf location, not a copy.</source>
            <translation>{code} is a shelf location, not a copy.</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>No copy has barcode {code}.</translation>
        </message>
        <message>
            <source>{code} is neither a book's ISBN nor a barcode of this library.</source>
            <translation>{code} is neither a book's ISBN nor a barcode of this library.</translation>
        </message>
        <message>
            <source>Copy {number} · «{title}» · {status}</source>
            <translation>Copy {number} · «{title}» · {status}</translation>
        </message>
        <message>
            <source>missing: {what}</source>
            <translation>missing: {what}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;record {control} · {held} copies held</source>
            <translation>&lt;b&gt;{title}&lt;/b&gt;&lt;br&gt;{author} · {publisher} {year} · ISBN {isbn}&lt;br&gt;record {control} · {held} copies held</translation>
        </message>
        <message>
            <source>Inventory No. {number} · barcode {barcode} · {status}</source>
            <translation>Inventory No. {number} · barcode {barcode} · {status}</translation>
        </message>
        <message>
            <source>Location {location} · call number {call}</source>
            <translation>Location {location} · call number {call}</translation>
        </message>
        <message>
            <source>Missing for release: {what}</source>
            <translation>Missing for release: {what}</translation>
        </message>
        <message>
            <source>Ready for release.</source>
            <translation>Ready for release.</translation>
        </message>
        <message>
            <source>Choose or open an accession batch first.</source>
            <translation>Choose or open an accession batch first.</translation>
        </message>
        <message>
            <source>{n} copies added: {numbers}</source>
            <translation>{n} copies added: {numbers}</translation>
        </message>
        <message>
            <source>No remote catalog is configured: add one on the Union catalog screen.</source>
            <translation>No remote catalog is configured: add one on the Union catalog screen.</translation>
        </message>
        <message>
            <source>Looking up {isbn} in {n} catalog(s)…</source>
            <translation>Looking up {isbn} in {n} catalog(s)…</translation>
        </message>
        <message>
            <source>No remote catalog has ISBN {isbn}.</source>
            <translation>No remote catalog has ISBN {isbn}.</translation>
        </message>
        <message>
            <source>{n} record(s) found for {isbn}: choose one.</source>
            <translation>{n} record(s) found for {isbn}: choose one.</translation>
        </message>
        <message>
            <source>Record «{title}» created.</source>
            <translation>Record «{title}» created.</translation>
        </message>
        <message>
            <source>Release the {n} copies in processing of batch {number} to the fund?</source>
            <translation>Release the {n} copies in processing of batch {number} to the fund?</translation>
        </message>
        <message>
            <source>Releasing the batch's copies…</source>
            <translation>Releasing the batch's copies…</translation>
        </message>
        <message>
            <source>Nothing in processing to release.</source>
            <translation>Nothing in processing to release.</translation>
        </message>
        <message>
            <source>Released: copy {number} · «{title}»</source>
            <translation>Released: copy {number} · «{title}»</translation>
        </message>
        <message>
            <source>{n} copies released.</source>
            <translation>{n} copies released.</translation>
        </message>
        <message>
            <source>{n} refused.</source>
            <translation>{n} refused.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not released&lt;/b&gt; (what is missing):</source>
            <translation>&lt;b&gt;Not released&lt;/b&gt; (what is missing):</translation>
        </message>
        <message>
            <source>Not released: {why}</source>
            <translation>Not released: {why}</translation>
        </message>
        <message>
            <source>Copy {number} saved.</source>
            <translation>Copy {number} saved.</translation>
        </message>
        <message>
            <source>Locations added: {codes}</source>
            <translation>Locations added: {codes}</translation>
        </message>
    </context>
    <context>
        <name>KaznebPanel</name>
        <message>
            <source>Scan a copy of the record</source>
            <translation>Scan a copy of the record</translation>
        </message>
        <message>
            <source>printed matter</source>
            <translation>printed matter</translation>
        </message>
        <message>
            <source>rare books and manuscripts</source>
            <translation>rare books and manuscripts</translation>
        </message>
        <message>
            <source>socially significant works</source>
            <translation>socially significant works</translation>
        </message>
        <message>
            <source>legal-deposit copies</source>
            <translation>legal-deposit copies</translation>
        </message>
        <message>
            <source>research reports, dissertations, abstracts</source>
            <translation>research reports, dissertations, abstracts</translation>
        </message>
        <message>
            <source>local-history works</source>
            <translation>local-history works</translation>
        </message>
        <message>
            <source>editions for blind and partially sighted</source>
            <translation>editions for blind and partially sighted</translation>
        </message>
        <message>
            <source>copyrighted works (author's agreement)</source>
            <translation>copyrighted works (author's agreement)</translation>
        </message>
        <message>
            <source>e.g. agreement No. 15/2026</source>
            <translation>e.g. agreement No. 15/2026</translation>
        </message>
        <message>
            <source>Mark as KazNEB candidate</source>
            <translation>Mark as KazNEB candidate</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <source>Marked</source>
            <translation>Marked</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Author's agreement</source>
            <translation>Author's agreement</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>No copy has barcode {code}.</translation>
        </message>
        <message>
            <source>Scan a copy of the record first.</source>
            <translation>Scan a copy of the record first.</translation>
        </message>
        <message>
            <source>{title} is a KazNEB candidate ({category}, {pages} pages).</source>
            <translation>{title} is a KazNEB candidate ({category}, {pages} pages).</translation>
        </message>
    </context>
    <context>
        <name>LabelsDialog</name>
        <message>
            <source>A4 sheet, 3 × 8 labels of 70 × 37 mm (24 per sheet)</source>
            <translation>A4 sheet, 3 × 8 labels of 70 × 37 mm (24 per sheet)</translation>
        </message>
        <message>
            <source>A4 sheet, 3 × 7 labels of 70 × 42.3 mm (21 per sheet)</source>
            <translation>A4 sheet, 3 × 7 labels of 70 × 42.3 mm (21 per sheet)</translation>
        </message>
        <message>
            <source>A4 sheet, 2 × 8 labels of 99.1 × 33.9 mm (16 per sheet)</source>
            <translation>A4 sheet, 2 × 8 labels of 99.1 × 33.9 mm (16 per sheet)</translation>
        </message>
        <message>
            <source>Roll of 58 × 40 mm labels, one label per page</source>
            <translation>Roll of 58 × 40 mm labels, one label per page</translation>
        </message>
        <message>
            <source>Labels</source>
            <translation>Labels</translation>
        </message>
        <message>
            <source>This batch ({n})</source>
            <translation>This batch ({n})</translation>
        </message>
        <message>
            <source>Selected ({n})</source>
            <translation>Selected ({n})</translation>
        </message>
        <message>
            <source>Barcode labels</source>
            <translation>Barcode labels</translation>
        </message>
        <message>
            <source>Spine labels</source>
            <translation>Spine labels</translation>
        </message>
        <message>
            <source>One line of the spine label per line</source>
            <translation>One line of the spine label per line</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Copies:</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Template:</translation>
        </message>
        <message>
            <source>Start at label:</source>
            <translation>Start at label:</translation>
        </message>
        <message>
            <source>Print:</source>
            <translation>Print:</translation>
        </message>
        <message>
            <source>Spine lines of the copy chosen below:</source>
            <translation>Spine lines of the copy chosen below:</translation>
        </message>
        <message>
            <source>Page:</source>
            <translation>Page:</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Nothing to print: choose copies and label kinds.</source>
            <translation>Nothing to print: choose copies and label kinds.</translation>
        </message>
        <message>
            <source>Preview unavailable (pypdfium2 is not installed).</source>
            <translation>Preview unavailable (pypdfium2 is not installed).</translation>
        </message>
        <message>
            <source>{labels} labels on {pages} page(s) of {template}.</source>
            <translation>{labels} labels on {pages} page(s) of {template}.</translation>
        </message>
        <message>
            <source>Warning: written off or to be written off: {numbers}.</source>
            <translation>Warning: written off or to be written off: {numbers}.</translation>
        </message>
        <message>
            <source>Saved {path} ({pages} page(s)).</source>
            <translation>Saved {path} ({pages} page(s)).</translation>
        </message>
        <message>
            <source>Save labels</source>
            <translation>Save labels</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print labels for copies that are written off?</source>
            <translation>Print labels for copies that are written off?</translation>
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
            <translation>Qor met an error it did not expect: {error}

What you were doing may not have been saved. The details are in the log file {path}; please send it to whoever looks after Qor in your library.</translation>
        </message>
    </context>
    <context>
        <name>LocationsDialog</name>
        <message>
            <source>Locations</source>
            <translation>Locations</translation>
        </message>
        <message>
            <source>e.g. ABON or KS-1</source>
            <translation>e.g. ABON or KS-1</translation>
        </message>
        <message>
            <source>optional: scan the shelf's label</source>
            <translation>optional: scan the shelf's label</translation>
        </message>
        <message>
            <source>Add location</source>
            <translation>Add location</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Code:</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Department:</source>
            <translation>Department:</translation>
        </message>
        <message>
            <source>Shelf barcode:</source>
            <translation>Shelf barcode:</translation>
        </message>
        <message>
            <source>shelf barcode {barcode}</source>
            <translation>shelf barcode {barcode}</translation>
        </message>
        <message>
            <source>No locations yet: add the first one.</source>
            <translation>No locations yet: add the first one.</translation>
        </message>
        <message>
            <source>Location {code} added.</source>
            <translation>Location {code} added.</translation>
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
            <translation>Catalog</translation>
        </message>
        <message>
            <source>Intake</source>
            <translation>Intake</translation>
        </message>
        <message>
            <source>Audits</source>
            <translation>Audits</translation>
        </message>
        <message>
            <source>Preservation</source>
            <translation>Preservation</translation>
        </message>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Union catalog</source>
            <translation>Union catalog</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>Import MARC…</source>
            <translation>Import MARC…</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Export…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Users…</source>
            <translation>Users…</translation>
        </message>
        <message>
            <source>Migrate from IRBIS…</source>
            <translation>Migrate from IRBIS…</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>New record from book template</source>
            <translation>New record from book template</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Scan field</source>
            <translation>Scan field</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>About Qor</source>
            <translation>About Qor</translation>
        </message>
        <message>
            <source>User: {user} ({roles})</source>
            <translation>User: {user} ({roles})</translation>
        </message>
        <message>
            <source>Database: {url}</source>
            <translation>Database: {url}</translation>
        </message>
        <message>
            <source>Connected as a superuser</source>
            <translation>Connected as a superuser</translation>
        </message>
        <message>
            <source>Qor will speak the new language when it is started again.</source>
            <translation>Qor will speak the new language when it is started again.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Cataloging, intake and fund accounting for the libraries of Kazakhstan.&lt;br&gt;Library: {library} ({sigla})</source>
            <translation>&lt;b&gt;Qor&lt;/b&gt; {version}&lt;br&gt;Cataloging, intake and fund accounting for the libraries of Kazakhstan.&lt;br&gt;Library: {library} ({sigla})</translation>
        </message>
    </context>
    <context>
        <name>MarcEditor</name>
        <message>
            <source>New record</source>
            <translation>New record</translation>
        </message>
        <message>
            <source>Edit record</source>
            <translation>Edit record</translation>
        </message>
        <message>
            <source>Leader:</source>
            <translation>Leader:</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Ind1</source>
            <translation>Ind1</translation>
        </message>
        <message>
            <source>Ind2</source>
            <translation>Ind2</translation>
        </message>
        <message>
            <source>Subfields / data</source>
            <translation>Subfields / data</translation>
        </message>
        <message>
            <source>Add field</source>
            <translation>Add field</translation>
        </message>
        <message>
            <source>Remove field</source>
            <translation>Remove field</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>Grid</source>
            <translation>Grid</translation>
        </message>
        <message>
            <source>Text (.mrk)</source>
            <translation>Text (.mrk)</translation>
        </message>
        <message>
            <source>Problems:</source>
            <translation>Problems:</translation>
        </message>
        <message>
            <source>Validate</source>
            <translation>Validate</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Discard the changes made to this record?</source>
            <translation>Discard the changes made to this record?</translation>
        </message>
        <message>
            <source>Kept by the catalog: the local control number and code.</source>
            <translation>Kept by the catalog: the local control number and code.</translation>
        </message>
        <message>
            <source>The leader has {n} characters instead of 24.</source>
            <translation>The leader has {n} characters instead of 24.</translation>
        </message>
        <message>
            <source>Row {row}: a tag has three characters, not '{tag}'.</source>
            <translation>Row {row}: a tag has three characters, not '{tag}'.</translation>
        </message>
        <message>
            <source>Row {row}, field {tag}: {problem}.</source>
            <translation>Row {row}, field {tag}: {problem}.</translation>
        </message>
        <message>
            <source>001 and 003 are kept by the catalog.</source>
            <translation>001 and 003 are kept by the catalog.</translation>
        </message>
        <message>
            <source>No problems found.</source>
            <translation>No problems found.</translation>
        </message>
        <message>
            <source>{errors} error(s), {warnings} warning(s).</source>
            <translation>{errors} error(s), {warnings} warning(s).</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warning</translation>
        </message>
        <message>
            <source>(row {n})</source>
            <translation>(row {n})</translation>
        </message>
        <message>
            <source>The record has {n} error(s); correct them before saving.</source>
            <translation>The record has {n} error(s); correct them before saving.</translation>
        </message>
        <message>
            <source>The record has {n} warning(s). Save it anyway?</source>
            <translation>The record has {n} warning(s). Save it anyway?</translation>
        </message>
    </context>
    <context>
        <name>MigrationWizard</name>
        <message>
            <source>number used twice in the source</source>
            <translation>number used twice in the source</translation>
        </message>
        <message>
            <source>no number (б/н)</source>
            <translation>no number (б/н)</translation>
        </message>
        <message>
            <source>status Qor does not know</source>
            <translation>status Qor does not know</translation>
        </message>
        <message>
            <source>barcode another copy has</source>
            <translation>barcode another copy has</translation>
        </message>
        <message>
            <source>temporarily unavailable: in processing until released</source>
            <translation>temporarily unavailable: in processing until released</translation>
        </message>
        <message>
            <source>in transit: available (still in the fund)</source>
            <translation>in transit: available (still in the fund)</translation>
        </message>
        <message>
            <source>reserved: available (on its shelf)</source>
            <translation>reserved: available (on its shelf)</translation>
        </message>
        <message>
            <source>Migrate a fund from IRBIS64</source>
            <translation>Migrate a fund from IRBIS64</translation>
        </message>
        <message>
            <source>an IRBIS64 database (.mst), its folder, or an export</source>
            <translation>an IRBIS64 database (.mst), its folder, or an export</translation>
        </message>
        <message>
            <source>File…</source>
            <translation>File…</translation>
        </message>
        <message>
            <source>Folder…</source>
            <translation>Folder…</translation>
        </message>
        <message>
            <source>optional: CSV of IRBIS place of storage, Qor location code</source>
            <translation>optional: CSV of IRBIS place of storage, Qor location code</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <source>Source:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <source>Location map:</source>
            <translation>Location map:</translation>
        </message>
        <message>
            <source>Start with a dry run: it shows what would be created and changes nothing.</source>
            <translation>Start with a dry run: it shows what would be created and changes nothing.</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Count or detail</source>
            <translation>Count or detail</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Dry run</translation>
        </message>
        <message>
            <source>Migrate</source>
            <translation>Migrate</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Save the worklist…</source>
            <translation>Save the worklist…</translation>
        </message>
        <message>
            <source>A CSV of every migrated copy that lacks a barcode, location or call number, or is flagged for the librarian</source>
            <translation>A CSV of every migrated copy that lacks a barcode, location or call number, or is flagged for the librarian</translation>
        </message>
        <message>
            <source>IRBIS64 database or export</source>
            <translation>IRBIS64 database or export</translation>
        </message>
        <message>
            <source>IRBIS64 (*.mst *.iso *.txt);;All files (*)</source>
            <translation>IRBIS64 (*.mst *.iso *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>IRBIS64 database folder</source>
            <translation>IRBIS64 database folder</translation>
        </message>
        <message>
            <source>Location map</source>
            <translation>Location map</translation>
        </message>
        <message>
            <source>CSV (*.csv);;All files (*)</source>
            <translation>CSV (*.csv);;All files (*)</translation>
        </message>
        <message>
            <source>Save the worklist</source>
            <translation>Save the worklist</translation>
        </message>
        <message>
            <source>CSV (*.csv)</source>
            <translation>CSV (*.csv)</translation>
        </message>
        <message>
            <source>The worklist was not saved: {reason}</source>
            <translation>The worklist was not saved: {reason}</translation>
        </message>
        <message>
            <source>{n} copies on the worklist, saved to {file}</source>
            <translation>{n} copies on the worklist, saved to {file}</translation>
        </message>
        <message>
            <source>Dry run: reading the source…</source>
            <translation>Dry run: reading the source…</translation>
        </message>
        <message>
            <source>Migrating…</source>
            <translation>Migrating…</translation>
        </message>
        <message>
            <source>{n} records read…</source>
            <translation>{n} records read…</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Cancelling after the current batch…</translation>
        </message>
        <message>
            <source>The migration stopped: {reason}</source>
            <translation>The migration stopped: {reason}</translation>
        </message>
        <message>
            <source>Cancelled. What was committed stays; migrating again resumes where it stopped.</source>
            <translation>Cancelled. What was committed stays; migrating again resumes where it stopped.</translation>
        </message>
        <message>
            <source>Dry run: nothing was changed. This is what a migration would create.</source>
            <translation>Dry run: nothing was changed. This is what a migration would create.</translation>
        </message>
        <message>
            <source>Migration finished. Running it again adds nothing.</source>
            <translation>Migration finished. Running it again adds nothing.</translation>
        </message>
        <message>
            <source>Records</source>
            <translation>Records</translation>
        </message>
        <message>
            <source>Records migrated before (skipped now)</source>
            <translation>Records migrated before (skipped now)</translation>
        </message>
        <message>
            <source>Logically deleted records (skipped)</source>
            <translation>Logically deleted records (skipped)</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Group holdings (copies counted by amount)</source>
            <translation>Group holdings (copies counted by amount)</translation>
        </message>
        <message>
            <source>Awaited copies (not in the fund yet, left out)</source>
            <translation>Awaited copies (not in the fund yet, left out)</translation>
        </message>
        <message>
            <source>Locations created</source>
            <translation>Locations created</translation>
        </message>
        <message>
            <source>Accession batches</source>
            <translation>Accession batches</translation>
        </message>
        <message>
            <source>Copies with status: {status}</source>
            <translation>Copies with status: {status}</translation>
        </message>
        <message>
            <source>IRBIS status {code}: nearest Qor status</source>
            <translation>IRBIS status {code}: nearest Qor status</translation>
        </message>
        <message>
            <source>IRBIS status {code}: unknown to Qor, held in processing</source>
            <translation>IRBIS status {code}: unknown to Qor, held in processing</translation>
        </message>
        <message>
            <source>Flagged for the librarian: {flag}</source>
            <translation>Flagged for the librarian: {flag}</translation>
        </message>
        <message>
            <source>Labelling worklist: {lack}</source>
            <translation>Labelling worklist: {lack}</translation>
        </message>
        <message>
            <source>Fields with no MARC 21 home (kept in 887)</source>
            <translation>Fields with no MARC 21 home (kept in 887)</translation>
        </message>
        <message>
            <source>Copy subfields kept with the copies</source>
            <translation>Copy subfields kept with the copies</translation>
        </message>
        <message>
            <source>Rejected: {record}</source>
            <translation>Rejected: {record}</translation>
        </message>
        <message>
            <source>Flagged: {record}, inventory number {number}</source>
            <translation>Flagged: {record}, inventory number {number}</translation>
        </message>
        <message>
            <source>{n} more flagged copies</source>
            <translation>{n} more flagged copies</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one: Save the worklist…</source>
            <translation>the worklist CSV lists every one: Save the worklist…</translation>
        </message>
        <message>
            <source>the worklist CSV lists every one after the migration</source>
            <translation>the worklist CSV lists every one after the migration</translation>
        </message>
        <message>
            <source>Warning: {record}</source>
            <translation>Warning: {record}</translation>
        </message>
    </context>
    <context>
        <name>NewUserDialog</name>
        <message>
            <source>New user</source>
            <translation>New user</translation>
        </message>
        <message>
            <source>User name:</source>
            <translation>User name:</translation>
        </message>
        <message>
            <source>Full name:</source>
            <translation>Full name:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
    </context>
    <context>
        <name>PasswordDialog</name>
        <message>
            <source>Password of {user}</source>
            <translation>Password of {user}</translation>
        </message>
    </context>
    <context>
        <name>PasswordFields</name>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Repeat the password:</source>
            <translation>Repeat the password:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>The two passwords differ.</translation>
        </message>
    </context>
    <context>
        <name>PreservationScreen</name>
        <message>
            <source>Binding</source>
            <translation>Binding</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Digitisation</source>
            <translation>Digitisation</translation>
        </message>
        <message>
            <source>Repair reports</source>
            <translation>Repair reports</translation>
        </message>
        <message>
            <source>KazNEB</source>
            <translation>KazNEB</translation>
        </message>
    </context>
    <context>
        <name>RatePanel</name>
        <message>
            <source>Foreign prices in tenge</source>
            <translation>Foreign prices in tenge</translation>
        </message>
        <message>
            <source>tenge for one unit, e.g. 470,50</source>
            <translation>tenge for one unit, e.g. 470,50</translation>
        </message>
        <message>
            <source>Value in tenge</source>
            <translation>Value in tenge</translation>
        </message>
        <message>
            <source>Accession</source>
            <translation>Accession</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, {left} not valued</source>
            <translation>{number} of {day}: {n} copies in {currency}, {left} not valued</translation>
        </message>
        <message>
            <source>{number} of {day}: {n} copies in {currency}, at {rate}</source>
            <translation>{number} of {day}: {n} copies in {currency}, at {rate}</translation>
        </message>
        <message>
            <source>No copy is priced in another currency.</source>
            <translation>No copy is priced in another currency.</translation>
        </message>
        <message>
            <source>{n} copies priced in {currency} valued at {rate} for one unit.</source>
            <translation>{n} copies priced in {currency} valued at {rate} for one unit.</translation>
        </message>
    </context>
    <context>
        <name>RecordChoiceDialog</name>
        <message>
            <source>Choose the record</source>
            <translation>Choose the record</translation>
        </message>
        <message>
            <source>{n} records in the catalog have ISBN {isbn}. Which is this book?</source>
            <translation>{n} records in the catalog have ISBN {isbn}. Which is this book?</translation>
        </message>
        <message>
            <source>{title} — {author} · {publisher} {year} · record {control} · {held} copies held</source>
            <translation>{title} — {author} · {publisher} {year} · record {control} · {held} copies held</translation>
        </message>
    </context>
    <context>
        <name>RecordView</name>
        <message>
            <source>Card</source>
            <translation>Card</translation>
        </message>
        <message>
            <source>MARC</source>
            <translation>MARC</translation>
        </message>
        <message>
            <source>Select a record to see its card.</source>
            <translation>Select a record to see its card.</translation>
        </message>
        <message>
            <source>001 {number}
Created {created} by {creator}
Updated {updated} by {updater}</source>
            <translation>001 {number}
Created {created} by {creator}
Updated {updated} by {updater}</translation>
        </message>
    </context>
    <context>
        <name>RegistersScreen</name>
        <message>
            <source>Print the last act</source>
            <translation>Print the last act</translation>
        </message>
        <message>
            <source>Head and commission…</source>
            <translation>Head and commission…</translation>
        </message>
        <message>
            <source>No act was drawn up in this session.</source>
            <translation>No act was drawn up in this session.</translation>
        </message>
    </context>
    <context>
        <name>RemoteHitsDialog</name>
        <message>
            <source>ISBN {isbn} in remote catalogs</source>
            <translation>ISBN {isbn} in remote catalogs</translation>
        </message>
        <message>
            <source>Catalog</source>
            <translation>Catalog</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>Held by</source>
            <translation>Held by</translation>
        </message>
        <message>
            <source>{n} record(s) found.</source>
            <translation>{n} record(s) found.</translation>
        </message>
        <message>
            <source>Import and add copies</source>
            <translation>Import and add copies</translation>
        </message>
    </context>
    <context>
        <name>RepairPanel</name>
        <message>
            <source>Scan the repaired copy</source>
            <translation>Scan the repaired copy</translation>
        </message>
        <message>
            <source>Log repair</source>
            <translation>Log repair</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Repair</source>
            <translation>Repair</translation>
        </message>
        <message>
            <source>Done by</source>
            <translation>Done by</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Materials</source>
            <translation>Materials</translation>
        </message>
        <message>
            <source>Time, minutes</source>
            <translation>Time, minutes</translation>
        </message>
        <message>
            <source>Condition before</source>
            <translation>Condition before</translation>
        </message>
        <message>
            <source>Condition after</source>
            <translation>Condition after</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Before</translation>
        </message>
        <message>
            <source>After</source>
            <translation>After</translation>
        </message>
        <message>
            <source>Scan the repaired copy first.</source>
            <translation>Scan the repaired copy first.</translation>
        </message>
        <message>
            <source>Repair {id} of copy {inv} logged.</source>
            <translation>Repair {id} of copy {inv} logged.</translation>
        </message>
    </context>
    <context>
        <name>RepairReportPanel</name>
        <message>
            <source>by type of repair</source>
            <translation>by type of repair</translation>
        </message>
        <message>
            <source>by month</source>
            <translation>by month</translation>
        </message>
        <message>
            <source>by who did them</source>
            <translation>by who did them</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Whole history</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Show</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Repairs</source>
            <translation>Repairs</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Copies</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutes</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>{repairs} repairs, {minutes} minutes.</source>
            <translation>{repairs} repairs, {minutes} minutes.</translation>
        </message>
        <message>
            <source>Reading the repairs…</source>
            <translation>Reading the repairs…</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Save report</translation>
        </message>
        <message>
            <source>Saved {out}.</source>
            <translation>Saved {out}.</translation>
        </message>
    </context>
    <context>
        <name>ReportPanel</name>
        <message>
            <source>Registers</source>
            <translation>Registers</translation>
        </message>
        <message>
            <source>Whole history</source>
            <translation>Whole history</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Members, separated by ';'</translation>
        </message>
        <message>
            <source>Save PDF…</source>
            <translation>Save PDF…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Register</source>
            <translation>Register</translation>
        </message>
        <message>
            <source>From</source>
            <translation>From</translation>
        </message>
        <message>
            <source>To</source>
            <translation>To</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Act / audit id</source>
            <translation>Act / audit id</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Commission chair</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Commission members</translation>
        </message>
        <message>
            <source>Save register</source>
            <translation>Save register</translation>
        </message>
        <message>
            <source>Writing {kind}…</source>
            <translation>Writing {kind}…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
        <message>
            <source>{label}: {done}</source>
            <translation>{label}: {done}</translation>
        </message>
        <message>
            <source>Saved {out} ({figures}).</source>
            <translation>Saved {out} ({figures}).</translation>
        </message>
        <message>
            <source>received</source>
            <translation>received</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>at the start</source>
            <translation>at the start</translation>
        </message>
        <message>
            <source>at the end</source>
            <translation>at the end</translation>
        </message>
        <message>
            <source>lines</source>
            <translation>lines</translation>
        </message>
        <message>
            <source>pages</source>
            <translation>pages</translation>
        </message>
        <message>
            <source>objects</source>
            <translation>objects</translation>
        </message>
        <message>
            <source>copies</source>
            <translation>copies</translation>
        </message>
        <message>
            <source>total</source>
            <translation>total</translation>
        </message>
        <message>
            <source>audit</source>
            <translation>audit</translation>
        </message>
    </context>
    <context>
        <name>ResultsModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
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
            <translation>{code} was just scanned: counted once.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: finish or close this window first.</source>
            <translation>Scan {code} not taken: finish or close this window first.</translation>
        </message>
        <message>
            <source>Scan {code} not taken: this screen takes no scans.</source>
            <translation>Scan {code} not taken: this screen takes no scans.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Search: words of title, author, subject; ISBN; 001; ti: au: year: …</source>
            <translation>Search: words of title, author, subject; ISBN; 001; ti: au: year: …</translation>
        </message>
        <message>
            <source>Most recent</source>
            <translation>Most recent</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Author</source>
            <translation>Author</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Year</translation>
        </message>
        <message>
            <source>Sort:</source>
            <translation>Sort:</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>1 record</source>
            <translation>1 record</translation>
        </message>
        <message>
            <source>%s records</source>
            <translation>%s records</translation>
        </message>
        <message>
            <source>Search failed</source>
            <translation>Search failed</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>&amp;Interface language:</source>
            <translation>&amp;Interface language:</translation>
        </message>
        <message>
            <source>A new language applies when Qor is started again.</source>
            <translation>A new language applies when Qor is started again.</translation>
        </message>
        <message>
            <source>none (e.g. \x02 for STX)</source>
            <translation>none (e.g. \x02 for STX)</translation>
        </message>
        <message>
            <source> ms</source>
            <translation> ms</translation>
        </message>
        <message>
            <source>&amp;Tab ends a scan, as Enter does</source>
            <translation>&amp;Tab ends a scan, as Enter does</translation>
        </message>
        <message>
            <source>&amp;Sound for each scan result</source>
            <translation>&amp;Sound for each scan result</translation>
        </message>
        <message>
            <source>Barcode scanner</source>
            <translation>Barcode scanner</translation>
        </message>
        <message>
            <source>&amp;Prefix it sends:</source>
            <translation>&amp;Prefix it sends:</translation>
        </message>
        <message>
            <source>S&amp;uffix it sends:</source>
            <translation>S&amp;uffix it sends:</translation>
        </message>
        <message>
            <source>Keys at most this far apart are a &amp;scan:</source>
            <translation>Keys at most this far apart are a &amp;scan:</translation>
        </message>
        <message>
            <source>The same code again within this counts &amp;once:</source>
            <translation>The same code again within this counts &amp;once:</translation>
        </message>
        <message>
            <source>This library (all workstations)</source>
            <translation>This library (all workstations)</translation>
        </message>
        <message>
            <source>Adding more copies than this at once asks to &amp;type their number:</source>
            <translation>Adding more copies than this at once asks to &amp;type their number:</translation>
        </message>
        <message>
            <source>The scanner's prefix or suffix is not readable: {error}</source>
            <translation>The scanner's prefix or suffix is not readable: {error}</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Qor — sign in</source>
            <translation>Qor — sign in</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Sign in</translation>
        </message>
    </context>
    <context>
        <name>SignatoriesDialog</name>
        <message>
            <source>Head and commission</source>
            <translation>Head and commission</translation>
        </message>
        <message>
            <source>e.g. Library director</source>
            <translation>e.g. Library director</translation>
        </message>
        <message>
            <source>One member per line</source>
            <translation>One member per line</translation>
        </message>
        <message>
            <source>Head's position</source>
            <translation>Head's position</translation>
        </message>
        <message>
            <source>Head's name</source>
            <translation>Head's name</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Commission chair</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Commission members</translation>
        </message>
        <message>
            <source>Catalog record address</source>
            <translation>Catalog record address</translation>
        </message>
    </context>
    <context>
        <name>SyncPanel</name>
        <message>
            <source>Commit (shadow registers)</source>
            <translation>Commit (shadow registers)</translation>
        </message>
        <message>
            <source>Dry run</source>
            <translation>Dry run</translation>
        </message>
        <message>
            <source>Sync</source>
            <translation>Sync</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Union catalog:</source>
            <translation>Union catalog:</translation>
        </message>
        <message>
            <source>new</source>
            <translation>new</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>changed</translation>
        </message>
        <message>
            <source>withdraw</source>
            <translation>withdraw</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>%v of %m records</source>
            <translation>%v of %m records</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>The fields changed in the selected record</source>
            <translation>The fields changed in the selected record</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>Run</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Started</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Target</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Sent</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Failed</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>Pending changes</source>
            <translation>Pending changes</translation>
        </message>
        <message>
            <source>Fields</source>
            <translation>Fields</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Report</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>{n} record(s) waiting to go up.</source>
            <translation>{n} record(s) waiting to go up.</translation>
        </message>
        <message>
            <source>Choose a union catalog to list them.</source>
            <translation>Choose a union catalog to list them.</translation>
        </message>
        <message>
            <source>The first {n} are listed.</source>
            <translation>The first {n} are listed.</translation>
        </message>
        <message>
            <source>Choose a union catalog or type its z3950:// address.</source>
            <translation>Choose a union catalog or type its z3950:// address.</translation>
        </message>
        <message>
            <source>Reading the outbox…</source>
            <translation>Reading the outbox…</translation>
        </message>
        <message>
            <source>No password for {user} at {target} in the keyring: set it under Targets.</source>
            <translation>No password for {user} at {target} in the keyring: set it under Targets.</translation>
        </message>
        <message>
            <source>Sending to {target}…</source>
            <translation>Sending to {target}…</translation>
        </message>
        <message>
            <source>Sent and checked {done} of {total}: {label}</source>
            <translation>Sent and checked {done} of {total}: {label}</translation>
        </message>
        <message>
            <source>Cancelling after the current batch…</source>
            <translation>Cancelling after the current batch…</translation>
        </message>
    </context>
    <context>
        <name>TargetEditor</name>
        <message>
            <source>Sync target (records go up to it)</source>
            <translation>Sync target (records go up to it)</translation>
        </message>
        <message>
            <source>Search target (copy cataloging)</source>
            <translation>Search target (copy cataloging)</translation>
        </message>
        <message>
            <source>date</source>
            <translation>date</translation>
        </message>
        <message>
            <source>Edit target</source>
            <translation>Edit target</translation>
        </message>
        <message>
            <source>Add target</source>
            <translation>Add target</translation>
        </message>
        <message>
            <source>/DATABASE (SRU only)</source>
            <translation>/DATABASE (SRU only)</translation>
        </message>
        <message>
            <source>empty: anonymous</source>
            <translation>empty: anonymous</translation>
        </message>
        <message>
            <source>kept in the keyring: leave empty to keep it</source>
            <translation>kept in the keyring: leave empty to keep it</translation>
        </message>
        <message>
            <source>kept in the system keyring, never in a file</source>
            <translation>kept in the system keyring, never in a file</translation>
        </message>
        <message>
            <source>Send the commit package (shadow registers)</source>
            <translation>Send the commit package (shadow registers)</translation>
        </message>
        <message>
            <source>Index</source>
            <translation>Index</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Their name</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Role:</source>
            <translation>Role:</translation>
        </message>
        <message>
            <source>Kind:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <source>Host:</source>
            <translation>Host:</translation>
        </message>
        <message>
            <source>Port:</source>
            <translation>Port:</translation>
        </message>
        <message>
            <source>Database:</source>
            <translation>Database:</translation>
        </message>
        <message>
            <source>SRU path:</source>
            <translation>SRU path:</translation>
        </message>
        <message>
            <source>User:</source>
            <translation>User:</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <source>Index profile (empty: the target cannot be searched by it):</source>
            <translation>Index profile (empty: the target cannot be searched by it):</translation>
        </message>
    </context>
    <context>
        <name>TargetsDialog</name>
        <message>
            <source>Union catalog targets</source>
            <translation>Union catalog targets</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Password</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>anonymous</source>
            <translation>anonymous</translation>
        </message>
        <message>
            <source>in the keyring</source>
            <translation>in the keyring</translation>
        </message>
        <message>
            <source>Remove the target {name} and forget its password?</source>
            <translation>Remove the target {name} and forget its password?</translation>
        </message>
    </context>
    <context>
        <name>UnionCatalogScreen</name>
        <message>
            <source>Send to the union catalog</source>
            <translation>Send to the union catalog</translation>
        </message>
        <message>
            <source>Copy cataloging</source>
            <translation>Copy cataloging</translation>
        </message>
        <message>
            <source>Targets…</source>
            <translation>Targets…</translation>
        </message>
        <message>
            <source>Configure the union catalogs and search targets, and their passwords</source>
            <translation>Configure the union catalogs and search targets, and their passwords</translation>
        </message>
    </context>
    <context>
        <name>UsersDialog</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Add user…</source>
            <translation>Add user…</translation>
        </message>
        <message>
            <source>Set password…</source>
            <translation>Set password…</translation>
        </message>
        <message>
            <source>Deactivate</source>
            <translation>Deactivate</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>deactivated</source>
            <translation>deactivated</translation>
        </message>
        <message>
            <source>Activate</source>
            <translation>Activate</translation>
        </message>
        <message>
            <source>The password of {user} was changed.</source>
            <translation>The password of {user} was changed.</translation>
        </message>
        <message>
            <source>Deactivate {user}? They will no longer be able to sign in; what they did stays in the log under their name.</source>
            <translation>Deactivate {user}? They will no longer be able to sign in; what they did stays in the log under their name.</translation>
        </message>
    </context>
    <context>
        <name>WriteOffPanel</name>
        <message>
            <source>Write-off act</source>
            <translation>Write-off act</translation>
        </message>
        <message>
            <source>Members, separated by ';'</source>
            <translation>Members, separated by ';'</translation>
        </message>
        <message>
            <source>Scan the copies to write off</source>
            <translation>Scan the copies to write off</translation>
        </message>
        <message>
            <source>Inventory no.</source>
            <translation>Inventory no.</translation>
        </message>
        <message>
            <source>Barcode</source>
            <translation>Barcode</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Designation or title of a group holding</source>
            <translation>Designation or title of a group holding</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Add amount</source>
            <translation>Add amount</translation>
        </message>
        <message>
            <source>Group holding</source>
            <translation>Group holding</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Take off the act</source>
            <translation>Take off the act</translation>
        </message>
        <message>
            <source>Group holdings (counted by amount)</source>
            <translation>Group holdings (counted by amount)</translation>
        </message>
        <message>
            <source>Draw up the act</source>
            <translation>Draw up the act</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Clear list</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Act date</source>
            <translation>Act date</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Commission chair</source>
            <translation>Commission chair</translation>
        </message>
        <message>
            <source>Commission members</source>
            <translation>Commission members</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Copy</translation>
        </message>
        <message>
            <source>Approved by (the head's name)</source>
            <translation>Approved by (the head's name)</translation>
        </message>
        <message>
            <source>Approve</source>
            <translation>Approve</translation>
        </message>
        <message>
            <source>Cancel the act</source>
            <translation>Cancel the act</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>Draft acts</source>
            <translation>Draft acts</translation>
        </message>
        <message>
            <source>Draft act {number} saved: {n} copies, {value}.</source>
            <translation>Draft act {number} saved: {n} copies, {value}.</translation>
        </message>
        <message>
            <source>{name} ({location}): {left} of {amount} left</source>
            <translation>{name} ({location}): {left} of {amount} left</translation>
        </message>
        <message>
            <source>Group holding {name} has {left} copies left to write off; {amount} asked.</source>
            <translation>Group holding {name} has {left} copies left to write off; {amount} asked.</translation>
        </message>
        <message>
            <source>{number}: {n} copies, {value}</source>
            <translation>{number}: {n} copies, {value}</translation>
        </message>
        <message>
            <source>{n} copies, {value}</source>
            <translation>{n} copies, {value}</translation>
        </message>
        <message>
            <source>Draft act {number} (id {id}): {n} copies, {value}.</source>
            <translation>Draft act {number} (id {id}): {n} copies, {value}.</translation>
        </message>
        <message>
            <source>Editing draft act {number}.</source>
            <translation>Editing draft act {number}.</translation>
        </message>
        <message>
            <source>Enter who approved the act.</source>
            <translation>Enter who approved the act.</translation>
        </message>
        <message>
            <source>Approve act {act}? Its copies leave the fund; this cannot be undone.</source>
            <translation>Approve act {act}? Its copies leave the fund; this cannot be undone.</translation>
        </message>
        <message>
            <source>Act {number} approved: {n} copies written off.</source>
            <translation>Act {number} approved: {n} copies written off.</translation>
        </message>
        <message>
            <source>Cancel act {act}? Its copies go back to the fund.</source>
            <translation>Cancel act {act}? Its copies go back to the fund.</translation>
        </message>
        <message>
            <source>Act {number} cancelled.</source>
            <translation>Act {number} cancelled.</translation>
        </message>
        <message>
            <source>Save the draft</source>
            <translation>Save the draft</translation>
        </message>
        <message>
            <source>No copy has barcode {code}.</source>
            <translation>No copy has barcode {code}.</translation>
        </message>
        <message>
            <source>Copy {number} is already in the act.</source>
            <translation>Copy {number} is already in the act.</translation>
        </message>
        <message>
            <source>Copy {number} «{title}» added ({n} in the act).</source>
            <translation>Copy {number} «{title}» added ({n} in the act).</translation>
        </message>
        <message>
            <source>Scan the copies to write off first.</source>
            <translation>Scan the copies to write off first.</translation>
        </message>
        <message>
            <source>Draw up a write-off act for {n} copies ({reason})? They are held until the act is approved or cancelled.</source>
            <translation>Draw up a write-off act for {n} copies ({reason})? They are held until the act is approved or cancelled.</translation>
        </message>
        <message>
            <source>Refused: {what}</source>
            <translation>Refused: {what}</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>add copies</source>
            <translation>add copies</translation>
        </message>
        <message>
            <source>add locations</source>
            <translation>add locations</translation>
        </message>
        <message>
            <source>add users</source>
            <translation>add users</translation>
        </message>
        <message>
            <source>change the numbering settings</source>
            <translation>change the numbering settings</translation>
        </message>
        <message>
            <source>close audits</source>
            <translation>close audits</translation>
        </message>
        <message>
            <source>collect copies for binding</source>
            <translation>collect copies for binding</translation>
        </message>
        <message>
            <source>configure union catalog targets</source>
            <translation>configure union catalog targets</translation>
        </message>
        <message>
            <source>create records</source>
            <translation>create records</translation>
        </message>
        <message>
            <source>delete records</source>
            <translation>delete records</translation>
        </message>
        <message>
            <source>edit records</source>
            <translation>edit records</translation>
        </message>
        <message>
            <source>import records</source>
            <translation>import records</translation>
        </message>
        <message>
            <source>keep the exchange lists</source>
            <translation>keep the exchange lists</translation>
        </message>
        <message>
            <source>label copies</source>
            <translation>label copies</translation>
        </message>
        <message>
            <source>list users</source>
            <translation>list users</translation>
        </message>
        <message>
            <source>log digitisation</source>
            <translation>log digitisation</translation>
        </message>
        <message>
            <source>log repairs</source>
            <translation>log repairs</translation>
        </message>
        <message>
            <source>make backups</source>
            <translation>make backups</translation>
        </message>
        <message>
            <source>make up binding orders</source>
            <translation>make up binding orders</translation>
        </message>
        <message>
            <source>mark records as already in the union catalog</source>
            <translation>mark records as already in the union catalog</translation>
        </message>
        <message>
            <source>move copies</source>
            <translation>move copies</translation>
        </message>
        <message>
            <source>open accession batches</source>
            <translation>open accession batches</translation>
        </message>
        <message>
            <source>open audits</source>
            <translation>open audits</translation>
        </message>
        <message>
            <source>print labels</source>
            <translation>print labels</translation>
        </message>
        <message>
            <source>propose records to KazNEB</source>
            <translation>propose records to KazNEB</translation>
        </message>
        <message>
            <source>read audits</source>
            <translation>read audits</translation>
        </message>
        <message>
            <source>receive copies from the bindery</source>
            <translation>receive copies from the bindery</translation>
        </message>
        <message>
            <source>release copies</source>
            <translation>release copies</translation>
        </message>
        <message>
            <source>restore missing copies</source>
            <translation>restore missing copies</translation>
        </message>
        <message>
            <source>scan in audits</source>
            <translation>scan in audits</translation>
        </message>
        <message>
            <source>send binding orders</source>
            <translation>send binding orders</translation>
        </message>
        <message>
            <source>send copies for digitisation</source>
            <translation>send copies for digitisation</translation>
        </message>
        <message>
            <source>send records to the union catalog</source>
            <translation>send records to the union catalog</translation>
        </message>
        <message>
            <source>write copies off</source>
            <translation>write copies off</translation>
        </message>
        <message>
            <source>approve write-off acts</source>
            <translation>approve write-off acts</translation>
        </message>
        <message>
            <source>migrate a fund</source>
            <translation>migrate a fund</translation>
        </message>
        <message>
            <source>change the library's settings</source>
            <translation>change the library's settings</translation>
        </message>
        <message>
            <source>change other users' passwords</source>
            <translation>change other users' passwords</translation>
        </message>
        <message>
            <source>deactivate users</source>
            <translation>deactivate users</translation>
        </message>
        <message>
            <source>export records</source>
            <translation>export records</translation>
        </message>
    </context>
    <context>
        <name>card</name>
        <message>
            <source>UDC</source>
            <translation>UDC</translation>
        </message>
        <message>
            <source>DDC</source>
            <translation>DDC</translation>
        </message>
        <message>
            <source>LCC</source>
            <translation>LCC</translation>
        </message>
        <message>
            <source>BBK</source>
            <translation>BBK</translation>
        </message>
        <message>
            <source>Class</source>
            <translation>Class</translation>
        </message>
    </context>
    <context>
        <name>choices</name>
        <message>
            <source>hard cover</source>
            <translation>hard cover</translation>
        </message>
        <message>
            <source>paperback rebinding</source>
            <translation>paperback rebinding</translation>
        </message>
        <message>
            <source>rebinding</source>
            <translation>rebinding</translation>
        </message>
        <message>
            <source>restoration</source>
            <translation>restoration</translation>
        </message>
        <message>
            <source>spine replacement</source>
            <translation>spine replacement</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>collecting</source>
            <translation>collecting</translation>
        </message>
        <message>
            <source>partly returned</source>
            <translation>partly returned</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>re-gluing loose pages</source>
            <translation>re-gluing loose pages</translation>
        </message>
        <message>
            <source>mending tears</source>
            <translation>mending tears</translation>
        </message>
        <message>
            <source>gluing the cover</source>
            <translation>gluing the cover</translation>
        </message>
        <message>
            <source>spine</source>
            <translation>spine</translation>
        </message>
        <message>
            <source>digitise</source>
            <translation>digitise</translation>
        </message>
        <message>
            <source>copy</source>
            <translation>copy</translation>
        </message>
        <message>
            <source>heavily used</source>
            <translation>heavily used</translation>
        </message>
        <message>
            <source>valuable</source>
            <translation>valuable</translation>
        </message>
        <message>
            <source>rare</source>
            <translation>rare</translation>
        </message>
        <message>
            <source>wear</source>
            <translation>wear</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>outdated content</source>
            <translation>outdated content</translation>
        </message>
        <message>
            <source>not in the library's profile</source>
            <translation>not in the library's profile</translation>
        </message>
        <message>
            <source>duplicate</source>
            <translation>duplicate</translation>
        </message>
        <message>
            <source>lost by a reader, replaced</source>
            <translation>lost by a reader, replaced</translation>
        </message>
        <message>
            <source>summary accounting book (КСУ)</source>
            <translation>summary accounting book (КСУ)</translation>
        </message>
        <message>
            <source>inventory book</source>
            <translation>inventory book</translation>
        </message>
        <message>
            <source>accession act</source>
            <translation>accession act</translation>
        </message>
        <message>
            <source>write-off act</source>
            <translation>write-off act</translation>
        </message>
        <message>
            <source>audit act</source>
            <translation>audit act</translation>
        </message>
        <message>
            <source>KazNEB application</source>
            <translation>KazNEB application</translation>
        </message>
        <message>
            <source>in processing</source>
            <translation>in processing</translation>
        </message>
        <message>
            <source>available</source>
            <translation>available</translation>
        </message>
        <message>
            <source>on loan</source>
            <translation>on loan</translation>
        </message>
        <message>
            <source>at the bindery</source>
            <translation>at the bindery</translation>
        </message>
        <message>
            <source>in repair</source>
            <translation>in repair</translation>
        </message>
        <message>
            <source>being digitised</source>
            <translation>being digitised</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>written off</source>
            <translation>written off</translation>
        </message>
        <message>
            <source>to be written off</source>
            <translation>to be written off</translation>
        </message>
        <message>
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>updated</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>withdrawn</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>unchanged</translation>
        </message>
        <message>
            <source>failed</source>
            <translation>failed</translation>
        </message>
        <message>
            <source>pending</source>
            <translation>pending</translation>
        </message>
        <message>
            <source>running</source>
            <translation>running</translation>
        </message>
        <message>
            <source>completed</source>
            <translation>completed</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrupted</translation>
        </message>
        <message>
            <source>open</source>
            <translation>open</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>closed</translation>
        </message>
        <message>
            <source>scheduled</source>
            <translation>scheduled</translation>
        </message>
        <message>
            <source>change of materially responsible person</source>
            <translation>change of materially responsible person</translation>
        </message>
        <message>
            <source>loss found</source>
            <translation>loss found</translation>
        </message>
        <message>
            <source>reorganisation or closure</source>
            <translation>reorganisation or closure</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>author</source>
            <translation>author</translation>
        </message>
        <message>
            <source>ISBN</source>
            <translation>ISBN</translation>
        </message>
        <message>
            <source>subject</source>
            <translation>subject</translation>
        </message>
        <message>
            <source>any word</source>
            <translation>any word</translation>
        </message>
        <message>
            <source>local number</source>
            <translation>local number</translation>
        </message>
    </context>
    <context>
        <name>confirm</name>
        <message>
            <source>Confirm</source>
            <translation>Confirm</translation>
        </message>
        <message>
            <source>Type {what} to confirm:</source>
            <translation>Type {what} to confirm:</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>demo</name>
        <message>
            <source>Demo catalog: {records} records, {copies} copies in {batches} accession batches ({released} released, the rest in processing), locations {locations}.</source>
            <translation>Demo catalog: {records} records, {copies} copies in {batches} accession batches ({released} released, the rest in processing), locations {locations}.</translation>
        </message>
        <message>
            <source>The demo catalog is already loaded.</source>
            <translation>The demo catalog is already loaded.</translation>
        </message>
    </context>
    <context>
        <name>desk</name>
        <message>
            <source>{code} was just scanned: counted once.</source>
            <translation>{code} was just scanned: counted once.</translation>
        </message>
    </context>
    <context>
        <name>entries</name>
        <message>
            <source>binding order</source>
            <translation>binding order</translation>
        </message>
        <message>
            <source>open digitisation of copy</source>
            <translation>open digitisation of copy</translation>
        </message>
        <message>
            <source>repair entry</source>
            <translation>repair entry</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>The database has no library yet: run the first-run setup (qor init).</source>
            <translation>The database has no library yet: run the first-run setup (qor init).</translation>
        </message>
        <message>
            <source> or </source>
            <translation> or </translation>
        </message>
        <message>
            <source>User '{user}' may not {action}: it needs the role {needed}.</source>
            <translation>User '{user}' may not {action}: it needs the role {needed}.</translation>
        </message>
        <message>
            <source>Wrong user name or password for '{user}'.</source>
            <translation>Wrong user name or password for '{user}'.</translation>
        </message>
        <message>
            <source>A user named '{name}' already exists.</source>
            <translation>A user named '{name}' already exists.</translation>
        </message>
        <message>
            <source>No record {ref} in the catalog.</source>
            <translation>No record {ref} in the catalog.</translation>
        </message>
        <message>
            <source>{file}, record {index}: {reason}</source>
            <translation>{file}, record {index}: {reason}</translation>
        </message>
        <message>
            <source>The record has errors: </source>
            <translation>The record has errors: </translation>
        </message>
        <message>
            <source>Inventory number {number} cannot be changed or removed: inventory numbers are never changed, corrected or removed, and never given to another copy.</source>
            <translation>Inventory number {number} cannot be changed or removed: inventory numbers are never changed, corrected or removed, and never given to another copy.</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number} of «{title}».</source>
            <translation>Barcode {barcode} is already on copy {number} of «{title}».</translation>
        </message>
        <message>
            <source>Barcode {barcode} is already on copy {number}.</source>
            <translation>Barcode {barcode} is already on copy {number}.</translation>
        </message>
        <message>
            <source>copy {number}: {what}</source>
            <translation>copy {number}: {what}</translation>
        </message>
        <message>
            <source>Copy {number} cannot go from '{old}' to '{new}'.</source>
            <translation>Copy {number} cannot go from '{old}' to '{new}'.</translation>
        </message>
        <message>
            <source>A copy cannot go from '{old}' to '{new}'.</source>
            <translation>A copy cannot go from '{old}' to '{new}'.</translation>
        </message>
        <message>
            <source>Copy {number} is '{status}': labels are put on copies only while they are in processing.</source>
            <translation>Copy {number} is '{status}': labels are put on copies only while they are in processing.</translation>
        </message>
        <message>
            <source>No copy {ref} in the fund.</source>
            <translation>No copy {ref} in the fund.</translation>
        </message>
        <message>
            <source>No location '{code}': add it first (qor locations add).</source>
            <translation>No location '{code}': add it first (qor locations add).</translation>
        </message>
        <message>
            <source>A location '{code}' (or one with that barcode) already exists.</source>
            <translation>A location '{code}' (or one with that barcode) already exists.</translation>
        </message>
        <message>
            <source>No accession batch {ref}.</source>
            <translation>No accession batch {ref}.</translation>
        </message>
        <message>
            <source>No {kind} {ref}.</source>
            <translation>No {kind} {ref}.</translation>
        </message>
        <message>
            <source>No write-off act {ref}.</source>
            <translation>No write-off act {ref}.</translation>
        </message>
        <message>
            <source>No audit {ref}.</source>
            <translation>No audit {ref}.</translation>
        </message>
        <message>
            <source>Other stock-checkers kept finding copies of {file} while it was imported: its lines from line {line} on are not saved. Import the file again to add them.</source>
            <translation>Other stock-checkers kept finding copies of {file} while it was imported: its lines from line {line} on are not saved. Import the file again to add them.</translation>
        </message>
        <message>
            <source>Audit {audit_id} is closed: its scans and results can only be read.</source>
            <translation>Audit {audit_id} is closed: its scans and results can only be read.</translation>
        </message>
        <message>
            <source>The catalog's database is older than this version of Qor, and this workstation may not upgrade it. Ask the administrator to upgrade it from an administrator's connection (qor init), then start Qor again.</source>
            <translation>The catalog's database is older than this version of Qor, and this workstation may not upgrade it. Ask the administrator to upgrade it from an administrator's connection (qor init), then start Qor again.</translation>
        </message>
        <message>
            <source>The connection to the database server was lost. Qor reconnects on the next attempt: try again.</source>
            <translation>The connection to the database server was lost. Qor reconnects on the next attempt: try again.</translation>
        </message>
        <message>
            <source>Another workstation was changing the same copies at the same moment, so nothing was saved: try again.</source>
            <translation>Another workstation was changing the same copies at the same moment, so nothing was saved: try again.</translation>
        </message>
        <message>
            <source>there is no such file or folder</source>
            <translation>there is no such file or folder</translation>
        </message>
        <message>
            <source>permission denied</source>
            <translation>permission denied</translation>
        </message>
        <message>
            <source>the operation is not permitted</source>
            <translation>the operation is not permitted</translation>
        </message>
        <message>
            <source>it is a folder, not a file</source>
            <translation>it is a folder, not a file</translation>
        </message>
        <message>
            <source>a part of the path is not a folder</source>
            <translation>a part of the path is not a folder</translation>
        </message>
        <message>
            <source>the disk is full</source>
            <translation>the disk is full</translation>
        </message>
        <message>
            <source>the disk is read-only</source>
            <translation>the disk is read-only</translation>
        </message>
        <message>
            <source>the device could not be read or written (an input/output error)</source>
            <translation>the device could not be read or written (an input/output error)</translation>
        </message>
        <message>
            <source>the file name is too long</source>
            <translation>the file name is too long</translation>
        </message>
        <message>
            <source>the file already exists</source>
            <translation>the file already exists</translation>
        </message>
        <message>
            <source>the file is in use</source>
            <translation>the file is in use</translation>
        </message>
        <message>
            <source>too many files are open</source>
            <translation>too many files are open</translation>
        </message>
        <message>
            <source>The accompanying document's number is empty.</source>
            <translation>The accompanying document's number is empty.</translation>
        </message>
        <message>
            <source>A legal-deposit batch needs the print date (--print-date).</source>
            <translation>A legal-deposit batch needs the print date (--print-date).</translation>
        </message>
        <message>
            <source>Print date {printed} is after the date received {received}.</source>
            <translation>Print date {printed} is after the date received {received}.</translation>
        </message>
        <message>
            <source>A print date is recorded only for legal-deposit batches.</source>
            <translation>A print date is recorded only for legal-deposit batches.</translation>
        </message>
        <message>
            <source>The library's name is empty.</source>
            <translation>The library's name is empty.</translation>
        </message>
        <message>
            <source>The sigla '{sigla}' is not a MARC organisation code (2–16 Latin letters, digits or hyphens, e.g. KZ-AsNAB).</source>
            <translation>The sigla '{sigla}' is not a MARC organisation code (2–16 Latin letters, digits or hyphens, e.g. KZ-AsNAB).</translation>
        </message>
        <message>
            <source>This database already has a library; it was upgraded.</source>
            <translation>This database already has a library; it was upgraded.</translation>
        </message>
        <message>
            <source>The record URL '{url}' must start with http:// or https:// and contain {{id}} where the record's number goes.</source>
            <translation>The record URL '{url}' must start with http:// or https:// and contain {{id}} where the record's number goes.</translation>
        </message>
        <message>
            <source>The password must have at least 6 characters.</source>
            <translation>The password must have at least 6 characters.</translation>
        </message>
        <message>
            <source>The user name is empty.</source>
            <translation>The user name is empty.</translation>
        </message>
        <message>
            <source>A user needs at least one role.</source>
            <translation>A user needs at least one role.</translation>
        </message>
        <message>
            <source>No user named '{name}'.</source>
            <translation>No user named '{name}'.</translation>
        </message>
        <message>
            <source>'{name}' is the last active administrator and cannot be deactivated.</source>
            <translation>'{name}' is the last active administrator and cannot be deactivated.</translation>
        </message>
        <message>
            <source>'{scan}' is not an ISBN or a book's EAN barcode.</source>
            <translation>'{scan}' is not an ISBN or a book's EAN barcode.</translation>
        </message>
        <message>
            <source>Price '{price}' is not a number.</source>
            <translation>Price '{price}' is not a number.</translation>
        </message>
        <message>
            <source>Price {price} is out of range.</source>
            <translation>Price {price} is out of range.</translation>
        </message>
        <message>
            <source>A pre-printed label is empty: scan or type the barcode printed on it.</source>
            <translation>A pre-printed label is empty: scan or type the barcode printed on it.</translation>
        </message>
        <message>
            <source>{code} is the book's ISBN barcode, not a copy label.</source>
            <translation>{code} is the book's ISBN barcode, not a copy label.</translation>
        </message>
        <message>
            <source>Label {code} has the form of an inventory number: the library's barcodes are the inventory numbers, so copy {code} will carry it. Use labels of another form (e.g. with letters), or let the barcodes be made.</source>
            <translation>Label {code} has the form of an inventory number: the library's barcodes are the inventory numbers, so copy {code} will carry it. Use labels of another form (e.g. with letters), or let the barcodes be made.</translation>
        </message>
        <message>
            <source>Barcode {code} is given twice.</source>
            <translation>Barcode {code} is given twice.</translation>
        </message>
        <message>
            <source>The number of copies must be 1 to {most}, not {copies}.</source>
            <translation>The number of copies must be 1 to {most}, not {copies}.</translation>
        </message>
        <message>
            <source>{n} barcodes were given for {copies} copies.</source>
            <translation>{n} barcodes were given for {copies} copies.</translation>
        </message>
        <message>
            <source>Currency '{currency}' is not an ISO 4217 code such as KZT.</source>
            <translation>Currency '{currency}' is not an ISO 4217 code such as KZT.</translation>
        </message>
        <message>
            <source>Give the barcodes of the copies to release, or an accession batch.</source>
            <translation>Give the barcodes of the copies to release, or an accession batch.</translation>
        </message>
        <message>
            <source>not found on a known shelf in this audit</source>
            <translation>not found on a known shelf in this audit</translation>
        </message>
        <message>
            <source>no such copy</source>
            <translation>no such copy</translation>
        </message>
        <message>
            <source>no copy has barcode {code}</source>
            <translation>no copy has barcode {code}</translation>
        </message>
        <message>
            <source>{status}, not missing</source>
            <translation>{status}, not missing</translation>
        </message>
        <message>
            <source>copy {number}: {status}, not in processing</source>
            <translation>copy {number}: {status}, not in processing</translation>
        </message>
        <message>
            <source>Unknown audit reason '{text}'; reasons are: {valid}.</source>
            <translation>Unknown audit reason '{text}'; reasons are: {valid}.</translation>
        </message>
        <message>
            <source>No location belongs to the collection '{name}'.</source>
            <translation>No location belongs to the collection '{name}'.</translation>
        </message>
        <message>
            <source>No location code begins with '{prefix}'.</source>
            <translation>No location code begins with '{prefix}'.</translation>
        </message>
        <message>
            <source>An audit needs a scope: at least one location or location prefix.</source>
            <translation>An audit needs a scope: at least one location or location prefix.</translation>
        </message>
        <message>
            <source>'{code}' is not a barcode.</source>
            <translation>'{code}' is not a barcode.</translation>
        </message>
        <message>
            <source>Cannot read {file}: {p1}</source>
            <translation>Cannot read {file}: {p1}</translation>
        </message>
        <message>
            <source>'{value}' is not an amount of money.</source>
            <translation>'{value}' is not an amount of money.</translation>
        </message>
        <message>
            <source>Amount {value} is negative.</source>
            <translation>Amount {value} is negative.</translation>
        </message>
        <message>
            <source>already on the waiting list</source>
            <translation>already on the waiting list</translation>
        </message>
        <message>
            <source>The bindery's name is empty.</source>
            <translation>The bindery's name is empty.</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be added.</source>
            <translation>Binding order {id} was sent; copies cannot be added.</translation>
        </message>
        <message>
            <source>Binding order {id} was already sent on {sent_on}.</source>
            <translation>Binding order {id} was already sent on {sent_on}.</translation>
        </message>
        <message>
            <source>Binding order {id} has no copies to send.</source>
            <translation>Binding order {id} has no copies to send.</translation>
        </message>
        <message>
            <source>Binding order {id} cannot be sent: {copies}. Take those copies out of the order first.</source>
            <translation>Binding order {id} cannot be sent: {copies}. Take those copies out of the order first.</translation>
        </message>
        <message>
            <source>Due date {due_on} is before the date sent {sent_on}.</source>
            <translation>Due date {due_on} is before the date sent {sent_on}.</translation>
        </message>
        <message>
            <source>binding order {id}</source>
            <translation>binding order {id}</translation>
        </message>
        <message>
            <source>a binding order</source>
            <translation>a binding order</translation>
        </message>
        <message>
            <source>copy {number} is not out in {where}</source>
            <translation>copy {number} is not out in {where}</translation>
        </message>
        <message>
            <source>copy {number} was written off while at the bindery; closed in binding order {id}, not returned to the fund</source>
            <translation>copy {number} was written off while at the bindery; closed in binding order {id}, not returned to the fund</translation>
        </message>
        <message>
            <source>copy {number} is in binding order {id}, still being collected; take it out of the order first</source>
            <translation>copy {number} is in binding order {id}, still being collected; take it out of the order first</translation>
        </message>
        <message>
            <source>copy {number} is at the bindery in binding order {id}; receive it first</source>
            <translation>copy {number} is at the bindery in binding order {id}; receive it first</translation>
        </message>
        <message>
            <source>Binding order {id} was sent; copies cannot be taken out.</source>
            <translation>Binding order {id} was sent; copies cannot be taken out.</translation>
        </message>
        <message>
            <source>{code} is not in binding order {id}</source>
            <translation>{code} is not in binding order {id}</translation>
        </message>
        <message>
            <source>copy {number} is {status}, not available</source>
            <translation>copy {number} is {status}, not available</translation>
        </message>
        <message>
            <source>copy {number} is already in binding order {id}</source>
            <translation>copy {number} is already in binding order {id}</translation>
        </message>
        <message>
            <source>{file} cannot be read: {reason}</source>
            <translation>{file} cannot be read: {reason}</translation>
        </message>
        <message>
            <source>copy {number} is {status}</source>
            <translation>copy {number} is {status}</translation>
        </message>
        <message>
            <source>The number of pages must be positive.</source>
            <translation>The number of pages must be positive.</translation>
        </message>
        <message>
            <source>No copy has barcode {barcode}.</source>
            <translation>No copy has barcode {barcode}.</translation>
        </message>
        <message>
            <source>Time spent cannot be negative.</source>
            <translation>Time spent cannot be negative.</translation>
        </message>
        <message>
            <source>Repair {entry_id} was finished on {finished_on}.</source>
            <translation>Repair {entry_id} was finished on {finished_on}.</translation>
        </message>
        <message>
            <source>Finish date {day} is before the start {started_on}.</source>
            <translation>Finish date {day} is before the start {started_on}.</translation>
        </message>
        <message>
            <source>Group repairs by type, period or staff, not '{by}'.</source>
            <translation>Group repairs by type, period or staff, not '{by}'.</translation>
        </message>
        <message>
            <source>A desideratum wants at least one copy.</source>
            <translation>A desideratum wants at least one copy.</translation>
        </message>
        <message>
            <source>A desideratum needs a title (or a record).</source>
            <translation>A desideratum needs a title (or a record).</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is written off.</source>
            <translation>Copy {inventory_number} is written off.</translation>
        </message>
        <message>
            <source>Copy {inventory_number} is missing.</source>
            <translation>Copy {inventory_number} is missing.</translation>
        </message>
        <message>
            <source>Scan the copies to offer, or give a record.</source>
            <translation>Scan the copies to offer, or give a record.</translation>
        </message>
        <message>
            <source>Exchange lists are 'desiderata' or 'offers', not '{which}'.</source>
            <translation>Exchange lists are 'desiderata' or 'offers', not '{which}'.</translation>
        </message>
        <message>
            <source>Write exchange lists as {p0}, not '{format}'.</source>
            <translation>Write exchange lists as {p0}, not '{format}'.</translation>
        </message>
        <message>
            <source>Electronic copies of copyrighted works go to KazNEB only under an agreement with the author: give the agreement's reference.</source>
            <translation>Electronic copies of copyrighted works go to KazNEB only under an agreement with the author: give the agreement's reference.</translation>
        </message>
        <message>
            <source>No records are marked as KazNEB candidates for that period.</source>
            <translation>No records are marked as KazNEB candidates for that period.</translation>
        </message>
        <message>
            <source>The period starts ({date_from}) after it ends ({date_to}).</source>
            <translation>The period starts ({date_from}) after it ends ({date_to}).</translation>
        </message>
        <message>
            <source>The {kind} needs the act's number (id).</source>
            <translation>The {kind} needs the act's number (id).</translation>
        </message>
        <message>
            <source>Unknown register '{kind}'; use one of: {p1}.</source>
            <translation>Unknown register '{kind}'; use one of: {p1}.</translation>
        </message>
        <message>
            <source>The audit act is not available: the audit desk is not installed.</source>
            <translation>The audit act is not available: the audit desk is not installed.</translation>
        </message>
        <message>
            <source>Scan or list the copies to write off.</source>
            <translation>Scan or list the copies to write off.</translation>
        </message>
        <message>
            <source>copy {number} is already written off</source>
            <translation>copy {number} is already written off</translation>
        </message>
        <message>
            <source>copy {number} is on a draft write-off act already</source>
            <translation>copy {number} is on a draft write-off act already</translation>
        </message>
        <message>
            <source>copy {number} is {status}: bring it back first</source>
            <translation>copy {number} is {status}: bring it back first</translation>
        </message>
        <message>
            <source>No copy can be written off: {reasons}</source>
            <translation>No copy can be written off: {reasons}</translation>
        </message>
        <message>
            <source>'{text}' is not a group holding and an amount (HOLDING_ID:AMOUNT).</source>
            <translation>'{text}' is not a group holding and an amount (HOLDING_ID:AMOUNT).</translation>
        </message>
        <message>
            <source>No group holding has id {id}.</source>
            <translation>No group holding has id {id}.</translation>
        </message>
        <message>
            <source>Write off at least one copy of group holding {id}.</source>
            <translation>Write off at least one copy of group holding {id}.</translation>
        </message>
        <message>
            <source>Group holding {id} ({name}) has {left} copies left to write off; {amount} asked.</source>
            <translation>Group holding {id} ({name}) has {left} copies left to write off; {amount} asked.</translation>
        </message>
        <message>
            <source>The act date {day} is before group holding {id} was received ({received}).</source>
            <translation>The act date {day} is before group holding {id} was received ({received}).</translation>
        </message>
        <message>
            <source>Write-off act {number} is approved already, not a draft.</source>
            <translation>Write-off act {number} is approved already, not a draft.</translation>
        </message>
        <message>
            <source>Write-off act {number} was cancelled; it is not a draft.</source>
            <translation>Write-off act {number} was cancelled; it is not a draft.</translation>
        </message>
        <message>
            <source>copy {code} is not on act {number}</source>
            <translation>copy {code} is not on act {number}</translation>
        </message>
        <message>
            <source>group holding {id} is not on act {number}</source>
            <translation>group holding {id} is not on act {number}</translation>
        </message>
        <message>
            <source>Act {number} would list no copy: cancel it instead.</source>
            <translation>Act {number} would list no copy: cancel it instead.</translation>
        </message>
        <message>
            <source>Act {number} cannot be approved ({on}) before its date ({day}).</source>
            <translation>Act {number} cannot be approved ({on}) before its date ({day}).</translation>
        </message>
        <message>
            <source>The act date {day} is in the future.</source>
            <translation>The act date {day} is in the future.</translation>
        </message>
        <message>
            <source>The act date {day} is before copy {number} was received ({received}).</source>
            <translation>The act date {day} is before copy {number} was received ({received}).</translation>
        </message>
        <message>
            <source>Unknown export scheme '{scheme}'; use marc21 or rusmarc.</source>
            <translation>Unknown export scheme '{scheme}'; use marc21 or rusmarc.</translation>
        </message>
        <message>
            <source>Unknown export format '{format}'; use iso2709, marcxml or mrk.</source>
            <translation>Unknown export format '{format}'; use iso2709, marcxml or mrk.</translation>
        </message>
        <message>
            <source>No record with id {p0} in the catalog; nothing exported.</source>
            <translation>No record with id {p0} in the catalog; nothing exported.</translation>
        </message>
        <message>
            <source>'{term}' is not an ISBN.</source>
            <translation>'{term}' is not an ISBN.</translation>
        </message>
        <message>
            <source>The query has {n} different terms; a search takes at most {max}.</source>
            <translation>The query has {n} different terms; a search takes at most {max}.</translation>
        </message>
        <message>
            <source>Unknown sort '{sort}'; use one of {p1}.</source>
            <translation>Unknown sort '{sort}'; use one of {p1}.</translation>
        </message>
        <message>
            <source>Unknown sort language '{language}'; use one of {p1}.</source>
            <translation>Unknown sort language '{language}'; use one of {p1}.</translation>
        </message>
        <message>
            <source>Unknown barcode scheme '{scheme}'; schemes are: {known}.</source>
            <translation>Unknown barcode scheme '{scheme}'; schemes are: {known}.</translation>
        </message>
        <message>
            <source>An EAN-13 check digit needs 12 digits, not '{digits12}'.</source>
            <translation>An EAN-13 check digit needs 12 digits, not '{digits12}'.</translation>
        </message>
        <message>
            <source>A mod-10 check digit needs digits, not '{digits}'.</source>
            <translation>A mod-10 check digit needs digits, not '{digits}'.</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: a copy's Codabar barcode starts with {CODABAR_ITEM_TYPE} (2 is a reader's card).</source>
            <translation>Barcode {code} starts with {p1}: a copy's Codabar barcode starts with {CODABAR_ITEM_TYPE} (2 is a reader's card).</translation>
        </message>
        <message>
            <source>Barcode {code} starts with {p1}: internal EAN-13 barcodes start with {EAN13_INTERNAL_PREFIX}.</source>
            <translation>Barcode {code} starts with {p1}: internal EAN-13 barcodes start with {EAN13_INTERNAL_PREFIX}.</translation>
        </message>
        <message>
            <source>'{code}' is not an ISBN barcode (EAN-13 starting 978 or 979).</source>
            <translation>'{code}' is not an ISBN barcode (EAN-13 starting 978 or 979).</translation>
        </message>
        <message>
            <source>The library's barcode prefix '{prefix}' must be {LIBRARY_PREFIX_DIGITS} digits.</source>
            <translation>The library's barcode prefix '{prefix}' must be {LIBRARY_PREFIX_DIGITS} digits.</translation>
        </message>
        <message>
            <source>Copy sequence {sequence} does not fit the barcode's {width} digits (1 to {p2}).</source>
            <translation>Copy sequence {sequence} does not fit the barcode's {width} digits (1 to {p2}).</translation>
        </message>
        <message>
            <source>The inventory number is empty: there is nothing to put in a barcode.</source>
            <translation>The inventory number is empty: there is nothing to put in a barcode.</translation>
        </message>
        <message>
            <source>Barcode '{code}' has {p1} characters; at most {CODE128_MAX_LENGTH} fit a label.</source>
            <translation>Barcode '{code}' has {p1} characters; at most {CODE128_MAX_LENGTH} fit a label.</translation>
        </message>
        <message>
            <source>Barcode '{code}' contains '{bad}': Code 128 prints only Latin letters, digits and ASCII punctuation.</source>
            <translation>Barcode '{code}' contains '{bad}': Code 128 prints only Latin letters, digits and ASCII punctuation.</translation>
        </message>
        <message>
            <source>{what} is digits only; '{code}' is not.</source>
            <translation>{what} is digits only; '{code}' is not.</translation>
        </message>
        <message>
            <source>{what} has {length} digits; '{code}' has {p3}.</source>
            <translation>{what} has {length} digits; '{code}' has {p3}.</translation>
        </message>
        <message>
            <source>Barcode {code} has a bad {kind} check digit {p2}: expected {expected}.</source>
            <translation>Barcode {code} has a bad {kind} check digit {p2}: expected {expected}.</translation>
        </message>
        <message>
            <source>A spine label line of {max_chars} characters is too short.</source>
            <translation>A spine label line of {max_chars} characters is too short.</translation>
        </message>
        <message>
            <source>Unknown classification '{scheme}'; use one of {p1}.</source>
            <translation>Unknown classification '{scheme}'; use one of {p1}.</translation>
        </message>
        <message>
            <source>The call number is empty.</source>
            <translation>The call number is empty.</translation>
        </message>
        <message>
            <source>Cell {cell} is not on the {name} sheet (cells 1 to {cells_per_page}).</source>
            <translation>Cell {cell} is not on the {name} sheet (cells 1 to {cells_per_page}).</translation>
        </message>
        <message>
            <source>Unknown label template '{name}'; templates are: {p1}.</source>
            <translation>Unknown label template '{name}'; templates are: {p1}.</translation>
        </message>
        <message>
            <source>The labels fill {pages} page(s); there is no page {p1}.</source>
            <translation>The labels fill {pages} page(s); there is no page {p1}.</translation>
        </message>
        <message>
            <source>Start position {start_position} is not on the {name} sheet (positions 1 to {cells_per_page}).</source>
            <translation>Start position {start_position} is not on the {name} sheet (positions 1 to {cells_per_page}).</translation>
        </message>
        <message>
            <source>There are no labels to print.</source>
            <translation>There are no labels to print.</translation>
        </message>
        <message>
            <source>Barcode {barcode} ({symbology}) does not fit a {label_width_mm} mm wide {name} label: at the smallest scannable bar of {MIN_MODULE_MM} mm it needs {needed} mm.</source>
            <translation>Barcode {barcode} ({symbology}) does not fit a {label_width_mm} mm wide {name} label: at the smallest scannable bar of {MIN_MODULE_MM} mm it needs {needed} mm.</translation>
        </message>
        <message>
            <source>The {name} label is too low for barcode {barcode} and its text.</source>
            <translation>The {name} label is too low for barcode {barcode} and its text.</translation>
        </message>
        <message>
            <source>A spine label has no call number lines.</source>
            <translation>A spine label has no call number lines.</translation>
        </message>
        <message>
            <source>The call number ({p0}) is too long for a {name} label.</source>
            <translation>The call number ({p0}) is too long for a {name} label.</translation>
        </message>
        <message>
            <source>Unknown barcode symbology '{name}'; symbologies are: {p1}.</source>
            <translation>Unknown barcode symbology '{name}'; symbologies are: {p1}.</translation>
        </message>
        <message>
            <source>A barcode label has an empty barcode.</source>
            <translation>A barcode label has an empty barcode.</translation>
        </message>
        <message>
            <source>Barcode '{code}': Code 128 prints only ASCII characters.</source>
            <translation>Barcode '{code}': Code 128 prints only ASCII characters.</translation>
        </message>
        <message>
            <source>Barcode '{code}' is not an EAN-13 (13 digits, valid check).</source>
            <translation>Barcode '{code}' is not an EAN-13 (13 digits, valid check).</translation>
        </message>
        <message>
            <source>Barcode '{code}' cannot be printed as {symbology}: {error}</source>
            <translation>Barcode '{code}' cannot be printed as {symbology}: {error}</translation>
        </message>
        <message>
            <source>Barcode {barcode} is the shelf barcode of location {code}; a copy cannot carry it.</source>
            <translation>Barcode {barcode} is the shelf barcode of location {code}; a copy cannot carry it.</translation>
        </message>
        <message>
            <source>Shelf barcode {barcode} has the form of an inventory number: under the Code 128 scheme a copy will carry it. Give the shelf a barcode of another form (e.g. with letters).</source>
            <translation>Shelf barcode {barcode} has the form of an inventory number: under the Code 128 scheme a copy will carry it. Give the shelf a barcode of another form (e.g. with letters).</translation>
        </message>
        <message>
            <source>Location code '{code}' must be 1–32 characters without blanks or '@'.</source>
            <translation>Location code '{code}' must be 1–32 characters without blanks or '@'.</translation>
        </message>
        <message>
            <source>Location {code} needs a name.</source>
            <translation>Location {code} needs a name.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' is malformed: {exc}.</source>
            <translation>Inventory number format '{fmt}' is malformed: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' must contain the number as {{n}} (e.g. '{{n}}' or 'KZ-{{n:06d}}') and no other field.</source>
            <translation>Inventory number format '{fmt}' must contain the number as {{n}} (e.g. '{{n}}' or 'KZ-{{n:06d}}') and no other field.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' does not work: {exc}.</source>
            <translation>Inventory number format '{fmt}' does not work: {exc}.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives '{text}': numbers must be printable Latin text of at most {INVENTORY_NUMBER_MAX} characters.</source>
            <translation>Inventory number format '{fmt}' gives '{text}': numbers must be printable Latin text of at most {INVENTORY_NUMBER_MAX} characters.</translation>
        </message>
        <message>
            <source>Inventory number format '{fmt}' gives blanks at its ends.</source>
            <translation>Inventory number format '{fmt}' gives blanks at its ends.</translation>
        </message>
        <message>
            <source>The barcode prefix '{prefix}' must be 4 digits.</source>
            <translation>The barcode prefix '{prefix}' must be 4 digits.</translation>
        </message>
        <message>
            <source>The {value} scheme puts the library's 4-digit prefix in every barcode: give it with --barcode-prefix.</source>
            <translation>The {value} scheme puts the library's 4-digit prefix in every barcode: give it with --barcode-prefix.</translation>
        </message>
        <message>
            <source>Author table {source}, line {line}: '{sign}' / '{letters}' is not a sign and the letters it covers.</source>
            <translation>Author table {source}, line {line}: '{sign}' / '{letters}' is not a sign and the letters it covers.</translation>
        </message>
        <message>
            <source>No target '{ref}': add it (Targets… on the union catalog screen, or qor unioncat target add) or give its URL (z3950://USER@HOST:PORT/DB, or http://HOST:PORT/PATH for SRU).</source>
            <translation>No target '{ref}': add it (Targets… on the union catalog screen, or qor unioncat target add) or give its URL (z3950://USER@HOST:PORT/DB, or http://HOST:PORT/PATH for SRU).</translation>
        </message>
        <message>
            <source>A target named '{name}' is already configured.</source>
            <translation>A target named '{name}' is already configured.</translation>
        </message>
        <message>
            <source>A target needs a name.</source>
            <translation>A target needs a name.</translation>
        </message>
        <message>
            <source>A target needs a host.</source>
            <translation>A target needs a host.</translation>
        </message>
        <message>
            <source>The port {port} is not a number from 1 to 65535.</source>
            <translation>The port {port} is not a number from 1 to 65535.</translation>
        </message>
        <message>
            <source>'{database}' is not a database name.</source>
            <translation>'{database}' is not a database name.</translation>
        </message>
        <message>
            <source>A target is for 'union' or 'search', not '{role}'.</source>
            <translation>A target is for 'union' or 'search', not '{role}'.</translation>
        </message>
        <message>
            <source>A target speaks 'z3950' or 'sru', not '{protocol}'.</source>
            <translation>A target speaks 'z3950' or 'sru', not '{protocol}'.</translation>
        </message>
        <message>
            <source>Records go up to a union catalog over Z39.50 only (z3950).</source>
            <translation>Records go up to a union catalog over Z39.50 only (z3950).</translation>
        </message>
        <message>
            <source>Unknown index(es) {p0} in the profile.</source>
            <translation>Unknown index(es) {p0} in the profile.</translation>
        </message>
        <message>
            <source>An SRU target is http://HOST:PORT/PATH, not {ref}</source>
            <translation>An SRU target is http://HOST:PORT/PATH, not {ref}</translation>
        </message>
        <message>
            <source>No record {identity} in {target}.</source>
            <translation>No record {identity} in {target}.</translation>
        </message>
        <message>
            <source>Unknown search index '{index}'; use {p1}.</source>
            <translation>Unknown search index '{index}'; use {p1}.</translation>
        </message>
        <message>
            <source>The search is empty.</source>
            <translation>The search is empty.</translation>
        </message>
        <message>
            <source>{name} cannot be searched by {index}.</source>
            <translation>{name} cannot be searched by {index}.</translation>
        </message>
        <message>
            <source>The record found is not MARCXML.</source>
            <translation>The record found is not MARCXML.</translation>
        </message>
        <message>
            <source>The record was refused: {p0}</source>
            <translation>The record was refused: {p0}</translation>
        </message>
        <message>
            <source>The import matched a duplicate that cannot be found again.</source>
            <translation>The import matched a duplicate that cannot be found again.</translation>
        </message>
        <message>
            <source>No secure password store is available here ({detail}). Qor does not keep passwords in plain text: set the environment variable {variable} for the sync instead, or install a keyring service (GNOME Keyring, KWallet).</source>
            <translation>No secure password store is available here ({detail}). Qor does not keep passwords in plain text: set the environment variable {variable} for the sync instead, or install a keyring service (GNOME Keyring, KWallet).</translation>
        </message>
        <message>
            <source>A union catalog target is z3950://USER@HOST:PORT/DB, not {url}</source>
            <translation>A union catalog target is z3950://USER@HOST:PORT/DB, not {url}</translation>
        </message>
        <message>
            <source>Do not put the password in the target URL; use the keyring or {PASSWORD_ENV}</source>
            <translation>Do not put the password in the target URL; use the keyring or {PASSWORD_ENV}</translation>
        </message>
        <message>
            <source>The port in {url} is not a number from 1 to 65535</source>
            <translation>The port in {url} is not a number from 1 to 65535</translation>
        </message>
        <message>
            <source>Unknown {what} '{value}'; use one of: {known}.</source>
            <translation>Unknown {what} '{value}'; use one of: {known}.</translation>
        </message>
        <message>
            <source>line {number}: expected '=TAG  data' (an equals sign, a three-character tag and two spaces), found {p1}</source>
            <translation>line {number}: expected '=TAG  data' (an equals sign, a three-character tag and two spaces), found {p1}</translation>
        </message>
        <message>
            <source>line {number}: the leader has {p1} characters instead of 24</source>
            <translation>line {number}: the leader has {p1} characters instead of 24</translation>
        </message>
        <message>
            <source>line {number}: field {tag}: {exc}</source>
            <translation>line {number}: field {tag}: {exc}</translation>
        </message>
        <message>
            <source>line {number}: field {tag} has a '$' without a code</source>
            <translation>line {number}: field {tag} has a '$' without a code</translation>
        </message>
        <message>
            <source>line {first_line}: the record has no =LDR line</source>
            <translation>line {first_line}: the record has no =LDR line</translation>
        </message>
        <message>
            <source>expected '$' after the two indicators, found {found}</source>
            <translation>expected '$' after the two indicators, found {found}</translation>
        </message>
        <message>
            <source>line {number}: {p1} is not a Unicode character</source>
            <translation>line {number}: {p1} is not a Unicode character</translation>
        </message>
        <message>
            <source>The text holds no MARC record.</source>
            <translation>The text holds no MARC record.</translation>
        </message>
        <message>
            <source>line {p0}: a blank line ends the record; the text holds {p1} records</source>
            <translation>line {p0}: a blank line ends the record; the text holds {p1} records</translation>
        </message>
        <message>
            <source>a field without indicators ({data})</source>
            <translation>a field without indicators ({data})</translation>
        </message>
        <message>
            <source>a field with one indicator instead of two ({data})</source>
            <translation>a field with one indicator instead of two ({data})</translation>
        </message>
        <message>
            <source>a field with more than two indicators ({data})</source>
            <translation>a field with more than two indicators ({data})</translation>
        </message>
        <message>
            <source>MARC-8: {count} character(s) could not be converted ({detail})</source>
            <translation>MARC-8: {count} character(s) could not be converted ({detail})</translation>
        </message>
        <message>
            <source>a subfield code that is not a Latin letter or digit ({data})</source>
            <translation>a subfield code that is not a Latin letter or digit ({data})</translation>
        </message>
        <message>
            <source>the MARC reader noted: {text}</source>
            <translation>the MARC reader noted: {text}</translation>
        </message>
        <message>
            <source>Unknown encoding '{encoding}': use auto or one of {p1}.</source>
            <translation>Unknown encoding '{encoding}': use auto or one of {p1}.</translation>
        </message>
        <message>
            <source>{name}: not a MARC file Qor can read (expected ISO 2709, MARCXML or MarcEdit .mrk).</source>
            <translation>{name}: not a MARC file Qor can read (expected ISO 2709, MARCXML or MarcEdit .mrk).</translation>
        </message>
        <message>
            <source>Cannot read {path}: {p1}</source>
            <translation>Cannot read {path}: {p1}</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use auto or one of {p1}.</source>
            <translation>Unknown format '{format}': use auto or one of {p1}.</translation>
        </message>
        <message>
            <source>the file ends inside this record: {count} bytes with no record terminator (0x1D)</source>
            <translation>the file ends inside this record: {count} bytes with no record terminator (0x1D)</translation>
        </message>
        <message>
            <source>; the leader says {count} bytes</source>
            <translation>; the leader says {count} bytes</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but byte {count} is not the record terminator (0x1D)</source>
            <translation>record length in leader says {count} bytes but byte {count} is not the record terminator (0x1D)</translation>
        </message>
        <message>
            <source>record length in leader is not a number ({head})</source>
            <translation>record length in leader is not a number ({head})</translation>
        </message>
        <message>
            <source>record length in leader says {count} bytes but the record ends at {actual}</source>
            <translation>record length in leader says {count} bytes but the record ends at {actual}</translation>
        </message>
        <message>
            <source>the directory does not end where the base address says</source>
            <translation>the directory does not end where the base address says</translation>
        </message>
        <message>
            <source>the directory entry for field {tag} points outside the field data</source>
            <translation>the directory entry for field {tag} points outside the field data</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs</source>
            <translation>the leader or directory holds a non-number where a number belongs</translation>
        </message>
        <message>
            <source>only {count} bytes before the record terminator; a record needs a 24-byte leader, a directory and fields</source>
            <translation>only {count} bytes before the record terminator; a record needs a 24-byte leader, a directory and fields</translation>
        </message>
        <message>
            <source>; read up to the record terminator</source>
            <translation>; read up to the record terminator</translation>
        </message>
        <message>
            <source>leader/09 says MARC-8 but the bytes are {used}</source>
            <translation>leader/09 says MARC-8 but the bytes are {used}</translation>
        </message>
        <message>
            <source>field 100 $a</source>
            <translation>field 100 $a</translation>
        </message>
        <message>
            <source>leader/09</source>
            <translation>leader/09</translation>
        </message>
        <message>
            <source>{said} says {charset} but the bytes are {used}</source>
            <translation>{said} says {charset} but the bytes are {used}</translation>
        </message>
        <message>
            <source>MARC-8: characters that could not be converted became blanks</source>
            <translation>MARC-8: characters that could not be converted became blanks</translation>
        </message>
        <message>
            <source>field {tag}: its MARC-8 text is escape sequences or bytes that are no MARC-8 characters; nothing of it can be read</source>
            <translation>field {tag}: its MARC-8 text is escape sequences or bytes that are no MARC-8 characters; nothing of it can be read</translation>
        </message>
        <message>
            <source>the record has no fields</source>
            <translation>the record has no fields</translation>
        </message>
        <message>
            <source>tag {tag} is not three characters (a digit, letter or sign each)</source>
            <translation>tag {tag} is not three characters (a digit, letter or sign each)</translation>
        </message>
        <message>
            <source>field {tag} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>field {tag} holds a field terminator: its directory entry runs past the field's end</translation>
        </message>
        <message>
            <source>field {tag}: subfield code {code} is not one character</source>
            <translation>field {tag}: subfield code {code} is not one character</translation>
        </message>
        <message>
            <source>field {tag} ${code} holds a field terminator: its directory entry runs past the field's end</source>
            <translation>field {tag} ${code} holds a field terminator: its directory entry runs past the field's end</translation>
        </message>
        <message>
            <source>the leader is not 24 characters</source>
            <translation>the leader is not 24 characters</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 is {base}, not a position in the record</source>
            <translation>base address of data in leader/12-16 is {base}, not a position in the record</translation>
        </message>
        <message>
            <source>base address of data in leader/12-16 ({base}) is beyond the end of the record ({count} bytes)</source>
            <translation>base address of data in leader/12-16 ({base}) is beyond the end of the record ({count} bytes)</translation>
        </message>
        <message>
            <source>the record is shorter than its leader says</source>
            <translation>the record is shorter than its leader says</translation>
        </message>
        <message>
            <source>the directory is damaged: its length is not a multiple of 12 bytes (tag, length, start)</source>
            <translation>the directory is damaged: its length is not a multiple of 12 bytes (tag, length, start)</translation>
        </message>
        <message>
            <source>the leader or directory holds a non-number where a number belongs ({error})</source>
            <translation>the leader or directory holds a non-number where a number belongs ({error})</translation>
        </message>
        <message>
            <source>a subfield code is not a Latin letter or digit ({code}): {error}</source>
            <translation>a subfield code is not a Latin letter or digit ({code}): {error}</translation>
        </message>
        <message>
            <source>the record cannot be read</source>
            <translation>the record cannot be read</translation>
        </message>
        <message>
            <source>the record cannot be parsed: {kind}: {error}</source>
            <translation>the record cannot be parsed: {kind}: {error}</translation>
        </message>
        <message>
            <source>the leader or directory holds non-ASCII bytes</source>
            <translation>the leader or directory holds non-ASCII bytes</translation>
        </message>
        <message>
            <source>directory entry {number} holds a non-number</source>
            <translation>directory entry {number} holds a non-number</translation>
        </message>
        <message>
            <source>field {tag} has text where its two indicators belong (records from IRBIS-like systems without indicators are not MARC 21)</source>
            <translation>field {tag} has text where its two indicators belong (records from IRBIS-like systems without indicators are not MARC 21)</translation>
        </message>
        <message>
            <source>invalid {label} in field {tag} (byte 0x{byte} at position {position} of the field)</source>
            <translation>invalid {label} in field {tag} (byte 0x{byte} at position {position} of the field)</translation>
        </message>
        <message>
            <source>invalid {label} in the record</source>
            <translation>invalid {label} in the record</translation>
        </message>
        <message>
            <source>field {tag}: NUL characters removed</source>
            <translation>field {tag}: NUL characters removed</translation>
        </message>
        <message>
            <source>field {tag} ${code}: NUL characters removed</source>
            <translation>field {tag} ${code}: NUL characters removed</translation>
        </message>
        <message>
            <source>not well-formed XML at line {line}, column {column}: {what}; the rest of the file cannot be read</source>
            <translation>not well-formed XML at line {line}, column {column}: {what}; the rest of the file cannot be read</translation>
        </message>
        <message>
            <source>the leader has {count} characters instead of 24</source>
            <translation>the leader has {count} characters instead of 24</translation>
        </message>
        <message>
            <source>a controlfield has no tag attribute (its text: {text})</source>
            <translation>a controlfield has no tag attribute (its text: {text})</translation>
        </message>
        <message>
            <source>&lt;controlfield tag={tag}&gt;: {tag} is not a control field's tag (001-009)</source>
            <translation>&lt;controlfield tag={tag}&gt;: {tag} is not a control field's tag (001-009)</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; in the record was ignored</source>
            <translation>unknown element &lt;{name}&gt; in the record was ignored</translation>
        </message>
        <message>
            <source>a datafield has no tag attribute</source>
            <translation>a datafield has no tag attribute</translation>
        </message>
        <message>
            <source>&lt;datafield tag={tag}&gt;: {tag} is a control field's tag</source>
            <translation>&lt;datafield tag={tag}&gt;: {tag} is a control field's tag</translation>
        </message>
        <message>
            <source>field {tag}: unknown element &lt;{name}&gt; was ignored</source>
            <translation>field {tag}: unknown element &lt;{name}&gt; was ignored</translation>
        </message>
        <message>
            <source>field {tag}: a subfield has no code attribute (its text: {text})</source>
            <translation>field {tag}: a subfield has no code attribute (its text: {text})</translation>
        </message>
        <message>
            <source>unknown element &lt;{name}&gt; was ignored</source>
            <translation>unknown element &lt;{name}&gt; was ignored</translation>
        </message>
        <message>
            <source>field {tag} came as a data field (the export loses a character of it); read as {data}</source>
            <translation>field {tag} came as a data field (the export loses a character of it); read as {data}</translation>
        </message>
        <message>
            <source>the &lt;rusmarc&gt; element holds no fields</source>
            <translation>the &lt;rusmarc&gt; element holds no fields</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written: {p1}.</source>
            <translation>Record {p0} cannot be written: {p1}.</translation>
        </message>
        <message>
            <source>Record {p0} is {p1} bytes long; ISO 2709 allows 99999: export it as MARCXML instead.</source>
            <translation>Record {p0} is {p1} bytes long; ISO 2709 allows 99999: export it as MARCXML instead.</translation>
        </message>
        <message>
            <source>Record {p0} has a field longer than ISO 2709's 9999 bytes: export it as MARCXML instead.</source>
            <translation>Record {p0} has a field longer than ISO 2709's 9999 bytes: export it as MARCXML instead.</translation>
        </message>
        <message>
            <source>Record {p0} cannot be written as .mrk: {p1}.</source>
            <translation>Record {p0} cannot be written as .mrk: {p1}.</translation>
        </message>
        <message>
            <source>Unknown format '{format}': use one of {p1}.</source>
            <translation>Unknown format '{format}': use one of {p1}.</translation>
        </message>
        <message>
            <source>Cannot write {path}: {p1}</source>
            <translation>Cannot write {path}: {p1}</translation>
        </message>
        <message>
            <source>Record {number} has {copies} copies; copies keep their inventory numbers for ever, so the record cannot be deleted (write the copies off instead).</source>
            <translation>Record {number} has {copies} copies; copies keep their inventory numbers for ever, so the record cannot be deleted (write the copies off instead).</translation>
        </message>
        <message>
            <source>with 001 {number}</source>
            <translation>with 001 {number}</translation>
        </message>
        <message>
            <source>Give a scanned label or ask for a barcode to be made, not both.</source>
            <translation>Give a scanned label or ask for a barcode to be made, not both.</translation>
        </message>
        <message>
            <source>Nothing to change: give a barcode, a call number or a location.</source>
            <translation>Nothing to change: give a barcode, a call number or a location.</translation>
        </message>
        <message>
            <source>Copy {number} is written off: it no longer changes.</source>
            <translation>Copy {number} is written off: it no longer changes.</translation>
        </message>
        <message>
            <source>A call number cannot be empty.</source>
            <translation>A call number cannot be empty.</translation>
        </message>
        <message>
            <source>A call number has at most {most} characters.</source>
            <translation>A call number has at most {most} characters.</translation>
        </message>
        <message>
            <source>Back up a PostgreSQL catalog with pg_dump; `qor backup` copies an SQLite catalog.</source>
            <translation>Back up a PostgreSQL catalog with pg_dump; `qor backup` copies an SQLite catalog.</translation>
        </message>
        <message>
            <source>The rate '{rate}' is not a positive number.</source>
            <translation>The rate '{rate}' is not a positive number.</translation>
        </message>
        <message>
            <source>Accession {number} has no copy priced in {currency}.</source>
            <translation>Accession {number} has no copy priced in {currency}.</translation>
        </message>
        <message>
            <source>Unknown scheme '{scheme}'; use auto, marc21, rusmarc or unimarc.</source>
            <translation>Unknown scheme '{scheme}'; use auto, marc21, rusmarc or unimarc.</translation>
        </message>
        <message>
            <source>Unknown duplicate policy '{policy}'; use skip, overlay or add.</source>
            <translation>Unknown duplicate policy '{policy}'; use skip, overlay or add.</translation>
        </message>
        <message>
            <source>{file}: {problem}</source>
            <translation>{file}: {problem}</translation>
        </message>
        <message>
            <source>the folder must hold exactly one IRBIS64 master file (.mst); it holds {n}.</source>
            <translation>the folder must hold exactly one IRBIS64 master file (.mst); it holds {n}.</translation>
        </message>
        <message>
            <source>no such file.</source>
            <translation>no such file.</translation>
        </message>
        <message>
            <source>the cross-reference file {xrf} is missing beside it.</source>
            <translation>the cross-reference file {xrf} is missing beside it.</translation>
        </message>
        <message>
            <source>not an IRBIS64 master file, ISO 2709 export or text export (#tag: value lines).</source>
            <translation>not an IRBIS64 master file, ISO 2709 export or text export (#tag: value lines).</translation>
        </message>
        <message>
            <source>too short for an IRBIS64 master file.</source>
            <translation>too short for an IRBIS64 master file.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the .xrf points past the end of the file.</source>
            <translation>MFN {mfn}: the .xrf points past the end of the file.</translation>
        </message>
        <message>
            <source>MFN {mfn}: the record at offset {offset} is damaged (its leader says MFN {found}, length {length}, base {base}, {nvf} fields).</source>
            <translation>MFN {mfn}: the record at offset {offset} is damaged (its leader says MFN {found}, length {length}, base {base}, {nvf} fields).</translation>
        </message>
        <message>
            <source>line {line}: '{text}' is not a field (#tag: value)</source>
            <translation>line {line}: '{text}' is not a field (#tag: value)</translation>
        </message>
        <message>
            <source>ISO 2709 record {index}: {reason}</source>
            <translation>ISO 2709 record {index}: {reason}</translation>
        </message>
        <message>
            <source>{file}, line {line}: give the source code and the Qor code.</source>
            <translation>{file}, line {line}: give the source code and the Qor code.</translation>
        </message>
        <message>
            <source>{file}, line {line}: '{code}' is not a location code.</source>
            <translation>{file}, line {line}: '{code}' is not a location code.</translation>
        </message>
        <message>
            <source>This workstation connects to PostgreSQL as a superuser, who can disable the triggers that keep inventory numbers and the event log unaltered. Connect it as a role of its own that is neither a superuser nor the schema's owner.</source>
            <translation>This workstation connects to PostgreSQL as a superuser, who can disable the triggers that keep inventory numbers and the event log unaltered. Connect it as a role of its own that is neither a superuser nor the schema's owner.</translation>
        </message>
        <message>
            <source>the file holds no MARC record (it is empty)</source>
            <translation>the file holds no MARC record (it is empty)</translation>
        </message>
        <message>
            <source>cannot be read: {reason}</source>
            <translation>cannot be read: {reason}</translation>
        </message>
        <message>
            <source>The import's reading process stopped (exit code {code}).</source>
            <translation>The import's reading process stopped (exit code {code}).</translation>
        </message>
        <message>
            <source>The import's reading process failed:
{text}</source>
            <translation>The import's reading process failed:
{text}</translation>
        </message>
        <message>
            <source>The stored record is not valid: {error}</source>
            <translation>The stored record is not valid: {error}</translation>
        </message>
        <message>
            <source>Registers are printed in kk or ru, not '{language}'.</source>
            <translation>Registers are printed in kk or ru, not '{language}'.</translation>
        </message>
        <message>
            <source>The register was cancelled; the file is incomplete.</source>
            <translation>The register was cancelled; the file is incomplete.</translation>
        </message>
        <message>
            <source>The answer is not XML</source>
            <translation>The answer is not XML</translation>
        </message>
        <message>
            <source>The answer is not an SRU searchRetrieve response</source>
            <translation>The answer is not an SRU searchRetrieve response</translation>
        </message>
        <message>
            <source>HTTP error from {url}</source>
            <translation>HTTP error from {url}</translation>
        </message>
        <message>
            <source>Cannot reach {url}</source>
            <translation>Cannot reach {url}</translation>
        </message>
        <message>
            <source>The catalog server answered with Z39.50 diagnostic {code}: {meaning}</source>
            <translation>The catalog server answered with Z39.50 diagnostic {code}: {meaning}</translation>
        </message>
        <message>
            <source>nothing answers at the address.</source>
            <translation>nothing answers at the address.</translation>
        </message>
        <message>
            <source>the connection was lost.</source>
            <translation>the connection was lost.</translation>
        </message>
        <message>
            <source>the server did not answer in time.</source>
            <translation>the server did not answer in time.</translation>
        </message>
        <message>
            <source>the user name or the password was refused.</source>
            <translation>the user name or the password was refused.</translation>
        </message>
        <message>
            <source>the session was refused.</source>
            <translation>the session was refused.</translation>
        </message>
        <message>
            <source>the database is unknown or holds no record yet.</source>
            <translation>the database is unknown or holds no record yet.</translation>
        </message>
        <message>
            <source>this user may search but not send records.</source>
            <translation>this user may search but not send records.</translation>
        </message>
        <message>
            <source>the change could not be carried out.</source>
            <translation>the change could not be carried out.</translation>
        </message>
        <message>
            <source>see the details.</source>
            <translation>see the details.</translation>
        </message>
        <message>
            <source>The Z39.50 library libyaz5 cannot be loaded ({error}). Install it (Debian/Ubuntu: apt-get install libyaz5) to use the union catalog over Z39.50.</source>
            <translation>The Z39.50 library libyaz5 cannot be loaded ({error}). Install it (Debian/Ubuntu: apt-get install libyaz5) to use the union catalog over Z39.50.</translation>
        </message>
        <message>
            <source>The system keyring cannot be used for the database password ({detail}). Unlock it or install a keyring service (GNOME Keyring, KWallet); or put the password in your ~/.pgpass file (mode 0600) instead.</source>
            <translation>The system keyring cannot be used for the database password ({detail}). Unlock it or install a keyring service (GNOME Keyring, KWallet); or put the password in your ~/.pgpass file (mode 0600) instead.</translation>
        </message>
        <message>
            <source>Only a PostgreSQL database has a password to keep: give --db postgresql+psycopg://ROLE@HOST/DATABASE (or set QOR_DB).</source>
            <translation>Only a PostgreSQL database has a password to keep: give --db postgresql+psycopg://ROLE@HOST/DATABASE (or set QOR_DB).</translation>
        </message>
        <message>
            <source>The database address names no role: give it as postgresql+psycopg://ROLE@HOST/DATABASE.</source>
            <translation>The database address names no role: give it as postgresql+psycopg://ROLE@HOST/DATABASE.</translation>
        </message>
        <message>
            <source>Do not put the password in the database address: it would stay in the shell's history. Give the address without it; the password is asked for.</source>
            <translation>Do not put the password in the database address: it would stay in the shell's history. Give the address without it; the password is asked for.</translation>
        </message>
        <message>
            <source>The password is empty.</source>
            <translation>The password is empty.</translation>
        </message>
        <message>
            <source>field {tag} could not be converted ({error}); kept as it came in 887</source>
            <translation>field {tag} could not be converted ({error}); kept as it came in 887</translation>
        </message>
        <message>
            <source>no coded data field 100: the dates and languages of 008 were left unknown</source>
            <translation>no coded data field 100: the dates and languages of 008 were left unknown</translation>
        </message>
        <message>
            <source>no title field 200: the record has no title</source>
            <translation>no title field 200: the record has no title</translation>
        </message>
        <message>
            <source>the coded data of field 100 is damaged: the dates and languages of 008 were left unknown</source>
            <translation>the coded data of field 100 is damaged: the dates and languages of 008 were left unknown</translation>
        </message>
        <message>
            <source>record type {code} (leader/06) is unknown: converted as printed text</source>
            <translation>record type {code} (leader/06) is unknown: converted as printed text</translation>
        </message>
        <message>
            <source>country {code} (field 102) has no MARC 21 country code: 008 says xx (unknown)</source>
            <translation>country {code} (field 102) has no MARC 21 country code: 008 says xx (unknown)</translation>
        </message>
        <message>
            <source>relator code {code} in field {tag} is not a RUSMARC code: kept as it came, without a relator term</source>
            <translation>relator code {code} in field {tag} is not a RUSMARC code: kept as it came, without a relator term</translation>
        </message>
        <message>
            <source>The holiday table {source} is not valid: {error}</source>
            <translation>The holiday table {source} is not valid: {error}</translation>
        </message>
        <message>
            <source>The confirmation limit must be a whole number from 1 to {most}, not {limit}.</source>
            <translation>The confirmation limit must be a whole number from 1 to {most}, not {limit}.</translation>
        </message>
        <message>
            <source>The status mapping '{entry}' is not an IRBIS code, '=' and one of the statuses: {statuses}.</source>
            <translation>The status mapping '{entry}' is not an IRBIS code, '=' and one of the statuses: {statuses}.</translation>
        </message>
        <message>
            <source>The holdings mode '{mode}' is unknown; use one of: {modes}.</source>
            <translation>The holdings mode '{mode}' is unknown; use one of: {modes}.</translation>
        </message>
        <message>
            <source>no keyring service is installed or running</source>
            <translation>no keyring service is installed or running</translation>
        </message>
        <message>
            <source>the only keyring is a file store ({kind})</source>
            <translation>the only keyring is a file store ({kind})</translation>
        </message>
        <message>
            <source>The branch table {source} is not valid: {error}</source>
            <translation>The branch table {source} is not valid: {error}</translation>
        </message>
        <message>
            <source>The branch table {source} sends '{key}' to '{group}'; the groups are: {groups}.</source>
            <translation>The branch table {source} sends '{key}' to '{group}'; the groups are: {groups}.</translation>
        </message>
    </context>
    <context>
        <name>keyboard</name>
        <message>
            <source>Everywhere</source>
            <translation>Everywhere</translation>
        </message>
        <message>
            <source>Screen</source>
            <translation>Screen</translation>
        </message>
        <message>
            <source>Key</source>
            <translation>Key</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
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
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>missing</name>
        <message>
            <source>no record</source>
            <translation>no record</translation>
        </message>
        <message>
            <source>no inventory number</source>
            <translation>no inventory number</translation>
        </message>
        <message>
            <source>no barcode</source>
            <translation>no barcode</translation>
        </message>
        <message>
            <source>no location</source>
            <translation>no location</translation>
        </message>
        <message>
            <source>no call number</source>
            <translation>no call number</translation>
        </message>
    </context>
    <context>
        <name>roles</name>
        <message>
            <source>cataloger</source>
            <translation>cataloger</translation>
        </message>
        <message>
            <source>intake</source>
            <translation>intake</translation>
        </message>
        <message>
            <source>stock-checker</source>
            <translation>stock-checker</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
    </context>
    <context>
        <name>run_gui</name>
        <message>
            <source>Updating the catalog to this version of Qor…</source>
            <translation>Updating the catalog to this version of Qor…</translation>
        </message>
        <message>
            <source>Qor</source>
            <translation>Qor</translation>
        </message>
        <message>
            <source>The database cannot be opened: {error}</source>
            <translation>The database cannot be opened: {error}</translation>
        </message>
    </context>
    <context>
        <name>statuses</name>
        <message>
            <source>in-processing</source>
            <translation>in-processing</translation>
        </message>
        <message>
            <source>available</source>
            <translation>available</translation>
        </message>
        <message>
            <source>on-loan</source>
            <translation>on-loan</translation>
        </message>
        <message>
            <source>at-bindery</source>
            <translation>at-bindery</translation>
        </message>
        <message>
            <source>in-repair</source>
            <translation>in-repair</translation>
        </message>
        <message>
            <source>being-digitised</source>
            <translation>being-digitised</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>written-off</source>
            <translation>written-off</translation>
        </message>
        <message>
            <source>to-be-written-off</source>
            <translation>to-be-written-off</translation>
        </message>
    </context>
    <context>
        <name>unioncat</name>
        <message>
            <source>Imported «{title}» as record {record}.</source>
            <translation>Imported «{title}» as record {record}.</translation>
        </message>
        <message>
            <source>«{title}» replaced the content of record {record} (its 001 and copies kept).</source>
            <translation>«{title}» replaced the content of record {record} (its 001 and copies kept).</translation>
        </message>
        <message>
            <source>The catalog already has «{title}» as record {record}; nothing imported.</source>
            <translation>The catalog already has «{title}» as record {record}; nothing imported.</translation>
        </message>
        <message>
            <source>Would send: {new} new, {changed} changed, {withdraw} to withdraw, {unchanged} unchanged</source>
            <translation>Would send: {new} new, {changed} changed, {withdraw} to withdraw, {unchanged} unchanged</translation>
        </message>
        <message>
            <source>{sent} sent, {updated} updated, {withdrawn} withdrawn, {failed} failed, {unchanged} unchanged; {remaining} left in the outbox</source>
            <translation>{sent} sent, {updated} updated, {withdrawn} withdrawn, {failed} failed, {unchanged} unchanged; {remaining} left in the outbox</translation>
        </message>
        <message>
            <source>; cancelled</source>
            <translation>; cancelled</translation>
        </message>
        <message>
            <source>; stopped: {error}</source>
            <translation>; stopped: {error}</translation>
        </message>
        <message>
            <source>the program stopped during the sync</source>
            <translation>the program stopped during the sync</translation>
        </message>
        <message>
            <source>deleted from the catalog</source>
            <translation>deleted from the catalog</translation>
        </message>
        <message>
            <source>withdrawn: the library holds no copies</source>
            <translation>withdrawn: the library holds no copies</translation>
        </message>
        <message>
            <source>the library holds no copies any more</source>
            <translation>the library holds no copies any more</translation>
        </message>
        <message>
            <source>the union catalog already holds this version</source>
            <translation>the union catalog already holds this version</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but does not hold the record: it could not index it (see the server's log)</source>
            <translation>the union catalog answered 'done' but does not hold the record: it could not index it (see the server's log)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds another version of the record: it could not index the one sent (see the server's log)</source>
            <translation>the union catalog answered 'done' but still holds another version of the record: it could not index the one sent (see the server's log)</translation>
        </message>
        <message>
            <source>the union catalog answered 'done' but still holds the record</source>
            <translation>the union catalog answered 'done' but still holds the record</translation>
        </message>
        <message>
            <source>the record cannot be written as well-formed MARCXML: {error}</source>
            <translation>the record cannot be written as well-formed MARCXML: {error}</translation>
        </message>
        <message>
            <source>the union catalog holds it more than once</source>
            <translation>the union catalog holds it more than once</translation>
        </message>
        <message>
            <source>refused by the union catalog: {error}</source>
            <translation>refused by the union catalog: {error}</translation>
        </message>
        <message>
            <source>it could not be checked on the union catalog: {error}</source>
            <translation>it could not be checked on the union catalog: {error}</translation>
        </message>
        <message>
            <source>the union catalog cannot be reached</source>
            <translation>the union catalog cannot be reached</translation>
        </message>
        <message>
            <source>the union catalog refused the user name or password</source>
            <translation>the union catalog refused the user name or password</translation>
        </message>
        <message>
            <source>the connection to the union catalog was lost</source>
            <translation>the connection to the union catalog was lost</translation>
        </message>
        <message>
            <source>the union catalog stopped answering</source>
            <translation>the union catalog stopped answering</translation>
        </message>
        <message>
            <source>this user may search the union catalog but not send to it</source>
            <translation>this user may search the union catalog but not send to it</translation>
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
            <translation>books</translation>
        </message>
        <message>
            <source>continuing resources</source>
            <translation>continuing resources</translation>
        </message>
        <message>
            <source>music</source>
            <translation>music</translation>
        </message>
        <message>
            <source>sound recordings</source>
            <translation>sound recordings</translation>
        </message>
        <message>
            <source>maps</source>
            <translation>maps</translation>
        </message>
        <message>
            <source>visual materials</source>
            <translation>visual materials</translation>
        </message>
        <message>
            <source>computer files</source>
            <translation>computer files</translation>
        </message>
        <message>
            <source>mixed materials</source>
            <translation>mixed materials</translation>
        </message>
        <message>
            <source>blank</source>
            <translation>blank</translation>
        </message>
        <message>
            <source>The leader must be {n} characters, it has {length}</source>
            <translation>The leader must be {n} characters, it has {length}</translation>
        </message>
        <message>
            <source>Leader/{pos} ({name}) is {value}; valid: {choices}</source>
            <translation>Leader/{pos} ({name}) is {value}; valid: {choices}</translation>
        </message>
        <message>
            <source>The record has no title (field 245)</source>
            <translation>The record has no title (field 245)</translation>
        </message>
        <message>
            <source>The title proper (245 $a) is missing or empty</source>
            <translation>The title proper (245 $a) is missing or empty</translation>
        </message>
        <message>
            <source>A record has one main entry (1XX), this one has {n}: {tags}</source>
            <translation>A record has one main entry (1XX), this one has {n}: {tags}</translation>
        </message>
        <message>
            <source>Unknown tag {tag}</source>
            <translation>Unknown tag {tag}</translation>
        </message>
        <message>
            <source>Field {tag} has no subfields</source>
            <translation>Field {tag} has no subfields</translation>
        </message>
        <message>
            <source>Tag '{tag}' is not a MARC 21 tag</source>
            <translation>Tag '{tag}' is not a MARC 21 tag</translation>
        </message>
        <message>
            <source>Tag '{tag}' is impossible: a MARC 21 tag is three digits</source>
            <translation>Tag '{tag}' is impossible: a MARC 21 tag is three digits</translation>
        </message>
        <message>
            <source>Field {tag} is obsolete; use {other}</source>
            <translation>Field {tag} is obsolete; use {other}</translation>
        </message>
        <message>
            <source>Field {tag} is not repeatable but occurs {n} times</source>
            <translation>Field {tag} is not repeatable but occurs {n} times</translation>
        </message>
        <message>
            <source>blank only</source>
            <translation>blank only</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}, a value MARC 21 has made obsolete; valid now: {choices}</source>
            <translation>Indicator {position} of {name} is {value}, a value MARC 21 has made obsolete; valid now: {choices}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is undefined and should be blank; it is {value}</source>
            <translation>Indicator {position} of {name} is undefined and should be blank; it is {value}</translation>
        </message>
        <message>
            <source>Indicator {position} of {name} is {value}; valid: {choices}</source>
            <translation>Indicator {position} of {name} is {value}; valid: {choices}</translation>
        </message>
        <message>
            <source>Subfield {code} is not defined for {name}</source>
            <translation>Subfield {code} is not defined for {name}</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is not repeatable but occurs {n} times</source>
            <translation>Subfield ${code} of {name} is not repeatable but occurs {n} times</translation>
        </message>
        <message>
            <source>Subfield ${code} of {name} is empty</source>
            <translation>Subfield ${code} of {name} is empty</translation>
        </message>
        <message>
            <source>Field 880 needs subfield $6 naming the field it pairs with (e.g. 245-01)</source>
            <translation>Field 880 needs subfield $6 naming the field it pairs with (e.g. 245-01)</translation>
        </message>
        <message>
            <source>Field 880 is linked to unknown tag {tag}</source>
            <translation>Field 880 is linked to unknown tag {tag}</translation>
        </message>
        <message>
            <source>Control field {tag} cannot have indicators or subfields</source>
            <translation>Control field {tag} cannot have indicators or subfields</translation>
        </message>
        <message>
            <source>008 must be 40 characters for {material}, it has {n}</source>
            <translation>008 must be 40 characters for {material}, it has {n}</translation>
        </message>
        <message>
            <source>008 must be 40 characters, it has {n}</source>
            <translation>008 must be 40 characters, it has {n}</translation>
        </message>
        <message>
            <source>005 should be the date and time as yyyymmddhhmmss.f, it is '{data}'</source>
            <translation>005 should be the date and time as yyyymmddhhmmss.f, it is '{data}'</translation>
        </message>
        <message>
            <source>006 must be 18 characters, it has {n}</source>
            <translation>006 must be 18 characters, it has {n}</translation>
        </message>
        <message>
            <source>Control field {tag} is empty</source>
            <translation>Control field {tag} is empty</translation>
        </message>
    </context>
    <context>
        <name>xml</name>
        <message>
            <source>not well-formed (invalid token)</source>
            <translation>not well-formed (invalid token)</translation>
        </message>
        <message>
            <source>mismatched tag</source>
            <translation>mismatched tag</translation>
        </message>
        <message>
            <source>no element found</source>
            <translation>no element found</translation>
        </message>
        <message>
            <source>unclosed token</source>
            <translation>unclosed token</translation>
        </message>
        <message>
            <source>syntax error</source>
            <translation>syntax error</translation>
        </message>
        <message>
            <source>junk after document element</source>
            <translation>junk after document element</translation>
        </message>
        <message>
            <source>undefined entity</source>
            <translation>undefined entity</translation>
        </message>
        <message>
            <source>partial character</source>
            <translation>partial character</translation>
        </message>
        <message>
            <source>duplicate attribute</source>
            <translation>duplicate attribute</translation>
        </message>
        <message>
            <source>reference to invalid character number</source>
            <translation>reference to invalid character number</translation>
        </message>
        <message>
            <source>XML or text declaration not at start of entity</source>
            <translation>XML or text declaration not at start of entity</translation>
        </message>
        <message>
            <source>unknown encoding</source>
            <translation>unknown encoding</translation>
        </message>
        <message>
            <source>encoding specified in XML declaration is incorrect</source>
            <translation>encoding specified in XML declaration is incorrect</translation>
        </message>
        <message>
            <source>unclosed CDATA section</source>
            <translation>unclosed CDATA section</translation>
        </message>
        <message>
            <source>unbound prefix</source>
            <translation>unbound prefix</translation>
        </message>
        <message>
            <source>XML declaration not well-formed</source>
            <translation>XML declaration not well-formed</translation>
        </message>
        <message>
            <source>recursive entity reference</source>
            <translation>recursive entity reference</translation>
        </message>
        <message>
            <source>reference to binary entity</source>
            <translation>reference to binary entity</translation>
        </message>
        <message>
            <source>reference to external entity in attribute</source>
            <translation>reference to external entity in attribute</translation>
        </message>
        <message>
            <source>illegal character(s) in public id</source>
            <translation>illegal character(s) in public id</translation>
        </message>
        <message>
            <source>out of memory</source>
            <translation>out of memory</translation>
        </message>
        <message>
            <source>limit on input amplification factor (from DTD and entities) breached</source>
            <translation>limit on input amplification factor (from DTD and entities) breached</translation>
        </message>
        <message>
            <source>a fault in the markup</source>
            <translation>a fault in the markup</translation>
        </message>
    </context>
</TS>
