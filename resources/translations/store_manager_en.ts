<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="355"/>
        <source>This device cannot sync</source>
        <translation>This device cannot sync</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="345"/>
        <source>Enrol this computer again…</source>
        <translation>Enrol this computer again…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="356"/>
        <source>This computer is enrolled again. Store Manager closes now: start it again to sync.</source>
        <translation>This computer is enrolled again. Store Manager closes now: start it again to sync.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="425"/>
        <source>%1 was deactivated by a manager and is signed out.</source>
        <translation>%1 was deactivated by a manager and is signed out.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="498"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>%n record have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</numerusform>
            <numerusform>%n records have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="506"/>
        <source>Records not yet sent</source>
        <translation>Records not yet sent</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="609"/>
        <location filename="../../desktop/app.py" line="658"/>
        <location filename="../../desktop/app.py" line="687"/>
        <location filename="../../desktop/app.py" line="699"/>
        <source>Store Manager cannot start</source>
        <translation>Store Manager cannot start</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="614"/>
        <source>Start the demo afresh</source>
        <translation>Start the demo afresh</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="71"/>
        <source>Variance above the store's rule: a store manager approves</source>
        <translation>Variance above the store's rule: a store manager approves</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="72"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="73"/>
        <source>Manager's PIN</source>
        <translation>Manager's PIN</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="29"/>
        <source>in at %1</source>
        <translation>in at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="30"/>
        <source>late: in at %1</source>
        <translation>late: in at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="31"/>
        <source>not clocked in</source>
        <translation>not clocked in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="32"/>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="63"/>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="64"/>
        <source>Clock in</source>
        <translation>Clock in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="65"/>
        <source>Clock out</source>
        <translation>Clock out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="91"/>
        <source>Nobody is due here today.</source>
        <translation>Nobody is due here today.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="96"/>
        <source>Sign in at the Counter with your PIN first.</source>
        <translation>Sign in at the Counter with your PIN first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked in.</source>
        <translation>%1 clocked in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked out.</source>
        <translation>%1 clocked out.</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="131"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="132"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="133"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="134"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="135"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="91"/>
        <source>Import catalogue</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="94"/>
        <source>A CSV (UTF-8 or Big5) or Excel file with a header row: sku, barcodes, name_zh, name_en, name_pt, price_mop, category, and optionally stock:STORE-ID columns with opening stock. Nothing is written until the file has no problems; then every product is imported at once.</source>
        <translation>A CSV (UTF-8 or Big5) or Excel file with a header row: sku, barcodes, name_zh, name_en, name_pt, price_mop, category, and optionally stock:STORE-ID columns with opening stock. Nothing is written until the file has no problems; then every product is imported at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="99"/>
        <source>Choose file…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="101"/>
        <source>Area manager's PIN</source>
        <translation>Area manager's PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="102"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="103"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Choose a catalogue file</source>
        <translation>Choose a catalogue file</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Catalogue (*.csv *.txt *.xlsx)</source>
        <translation>Catalogue (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="121"/>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="143"/>
        <source>Choose a file to check it.</source>
        <translation>Choose a file to check it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="148"/>
        <source>Read as %1.</source>
        <translation>Read as %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="150"/>
        <source>%1 product(s) ready (%2 new).</source>
        <translation>%1 product(s) ready (%2 new).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="156"/>
        <source>%1 problem(s): fix them in the file and choose it again.</source>
        <translation>%1 problem(s): fix them in the file and choose it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="161"/>
        <source>No problems found.</source>
        <translation>No problems found.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="196"/>
        <source>Imported %1 product(s).</source>
        <translation>Imported %1 product(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="197"/>
        <source>The catalogue is updated; the hub sends it to every store.</source>
        <translation>The catalogue is updated; the hub sends it to every store.</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="14"/>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="15"/>
        <source>Move stock between stores with approval, packing and printed handover slips.</source>
        <translation>Move stock between stores with approval, packing and printed handover slips.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="20"/>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="21"/>
        <source>Count the till, note open matters and hand the shift over to the next team.</source>
        <translation>Count the till, note open matters and hand the shift over to the next team.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="26"/>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="27"/>
        <source>Raise a repair ticket for broken equipment; the nearest available engineer is dispatched.</source>
        <translation>Raise a repair ticket for broken equipment; the nearest available engineer is dispatched.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="33"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="34"/>
        <source>Plan rosters, find substitutes, record attendance and typhoon closures.</source>
        <translation>Plan rosters, find substitutes, record attendance and typhoon closures.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="39"/>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="40"/>
        <source>Know loyal customers, build segments and run win-back campaigns.</source>
        <translation>Know loyal customers, build segments and run win-back campaigns.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="43"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="44"/>
        <source>Sales and stock KPIs as charts, and the monthly review report.</source>
        <translation>Sales and stock KPIs as charts, and the monthly review report.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="47"/>
        <source>Inbox</source>
        <translation>Inbox</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="48"/>
        <source>Requests, holds to set aside and alerts from other stores, in one list.</source>
        <translation>Requests, holds to set aside and alerts from other stores, in one list.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="83"/>
        <source>Placeholder: not available yet</source>
        <translation>Placeholder: not available yet</translation>
    </message>
</context>
<context>
    <name>CounterActions</name>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="183"/>
        <location filename="../../desktop/views/counter_actions.py" line="406"/>
        <location filename="../../desktop/views/counter_other_stores.py" line="73"/>
        <location filename="../../desktop/views/counter_refund.py" line="251"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="185"/>
        <source>Enter your PIN to complete the sale.</source>
        <translation>Enter your PIN to complete the sale.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="229"/>
        <source>Change: %1</source>
        <translation>Change: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="236"/>
        <source>Sale %1 recorded: %2</source>
        <translation>Sale %1 recorded: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="291"/>
        <source>Line discount</source>
        <translation>Line discount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="303"/>
        <source>Basket discount</source>
        <translation>Basket discount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="323"/>
        <source>A discount of %1% is above your limit. A manager's PIN, please.</source>
        <translation>A discount of %1% is above your limit. A manager's PIN, please.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="333"/>
        <source>Above %1's limit too.</source>
        <translation>Above %1's limit too.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="342"/>
        <source>Discount approved by %1</source>
        <translation>Discount approved by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="376"/>
        <source>Voided (approved by %1)</source>
        <translation>Voided (approved by %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="396"/>
        <source>Voiding needs a manager's PIN.</source>
        <translation>Voiding needs a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="412"/>
        <source>Drawer opened without a sale: it is counted on the shift handover.</source>
        <translation>Drawer opened without a sale: it is counted on the shift handover.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="432"/>
        <source>Basket parked: %1</source>
        <translation>Basket parked: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="443"/>
        <source>No parked baskets.</source>
        <translation>No parked baskets.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="446"/>
        <source>Recall which basket?</source>
        <translation>Recall which basket?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="458"/>
        <source>Basket recalled.</source>
        <translation>Basket recalled.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="296"/>
        <source>Refunded %1</source>
        <translation>Refunded %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="82"/>
        <source>Hold sent to %1; waiting for the hub to grant it.</source>
        <translation>Hold sent to %1; waiting for the hub to grant it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="143"/>
        <source>Transfer requested from %1.</source>
        <translation>Transfer requested from %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="171"/>
        <source>On the waitlist: the store will call when it arrives.</source>
        <translation>On the waitlist: the store will call when it arrives.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="279"/>
        <location filename="../../desktop/views/counter.py" line="282"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="283"/>
        <source>Scan, or type a barcode, SKU or name, then press Enter</source>
        <translation>Scan, or type a barcode, SKU or name, then press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="284"/>
        <source>Refund…</source>
        <translation>Refund…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="285"/>
        <source>Reprint</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="286"/>
        <source>Print the last receipt again, marked COPY</source>
        <translation>Print the last receipt again, marked COPY</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="287"/>
        <source>Park basket</source>
        <translation>Park basket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="288"/>
        <source>Recall…</source>
        <translation>Recall…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="289"/>
        <source>No sale</source>
        <translation>No sale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="291"/>
        <source>Open the cash drawer without a sale (counted on the shift handover)</source>
        <translation>Open the cash drawer without a sale (counted on the shift handover)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="293"/>
        <source>Quantity…</source>
        <translation>Quantity…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="294"/>
        <source>Line discount…</source>
        <translation>Line discount…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="295"/>
        <source>Basket discount…</source>
        <translation>Basket discount…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="296"/>
        <source>Void line</source>
        <translation>Void line</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="297"/>
        <source>Void basket</source>
        <translation>Void basket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="301"/>
        <source>The basket is empty.
Scan an item, or type its barcode, SKU or name above and press Enter.</source>
        <translation>The basket is empty.
Scan an item, or type its barcode, SKU or name above and press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="332"/>
        <source>Signed out.</source>
        <translation>Signed out.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="334"/>
        <source>Enter your PIN to sign in.</source>
        <translation>Enter your PIN to sign in.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="352"/>
        <location filename="../../desktop/views/counter_actions.py" line="112"/>
        <source>Signed in: %1</source>
        <translation>Signed in: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="375"/>
        <location filename="../../desktop/views/counter_control.py" line="53"/>
        <source>Sign in first.</source>
        <translation>Sign in first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="348"/>
        <source>Nobody signed in</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="349"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="354"/>
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="124"/>
        <source>The hub granted the hold at %1.</source>
        <translation>The hub granted the hold at %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="438"/>
        <source>The hub refused: %1</source>
        <translation>The hub refused: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="484"/>
        <source>Discounts: %1</source>
        <translation>Discounts: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="498"/>
        <source>Change due
%1</source>
        <translation>Change due
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="298"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="151"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/support.py" line="183"/>
        <source>Store Manager ran into an unexpected error ({what}) and keeps running. What you did last may not have been finished: check it before you go on. The details are in the log (Help, Open log folder); if it happens again, send it with Help, Copy diagnostics.</source>
        <translation>Store Manager ran into an unexpected error ({what}) and keeps running. What you did last may not have been finished: check it before you go on. The details are in the log (Help, Open log folder); if it happens again, send it with Help, Copy diagnostics.</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="192"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
</context>
<context>
    <name>DenominationTable</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>How many</source>
        <translation>How many</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="169"/>
        <source>Looking for USB devices…</source>
        <translation>Looking for USB devices…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/devices.py" line="176"/>
        <location filename="../../desktop/views/devices.py" line="363"/>
        <source>%n USB device(s) found.</source>
        <translation>
            <numerusform>%n USB device found.</numerusform>
            <numerusform>%n USB devices found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="188"/>
        <source>None chosen</source>
        <translation>None chosen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="194"/>
        <location filename="../../desktop/views/devices.py" line="203"/>
        <source>{ids} (not connected)</source>
        <translation>{ids} (not connected)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="198"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>Off: the scanner types like a keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="221"/>
        <location filename="../../desktop/views/devices.py" line="225"/>
        <source>Preview of the test page</source>
        <translation>Preview of the test page</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="226"/>
        <location filename="../../desktop/views/devices.py" line="232"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="231"/>
        <location filename="../../desktop/views/devices.py" line="348"/>
        <source>Scanner setup sheet</source>
        <translation>Scanner setup sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="237"/>
        <source>Save the test page as PDF</source>
        <translation>Save the test page as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="242"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="254"/>
        <source>Saved {path}.</source>
        <translation>Saved {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="260"/>
        <source>The cash drawer was opened.</source>
        <translation>The cash drawer was opened.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="262"/>
        <source>Printed.</source>
        <translation>Printed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="264"/>
        <source>Already printed; not printed again.</source>
        <translation>Already printed; not printed again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="270"/>
        <source>What the demo printer printed (decoded from the bytes it received)</source>
        <translation>What the demo printer printed (decoded from the bytes it received)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="273"/>
        <source>Demo printer</source>
        <translation>Demo printer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="277"/>
        <source>The printer does not report its status; it may still print.</source>
        <translation>The printer does not report its status; it may still print.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="279"/>
        <source>The printer is ready.</source>
        <translation>The printer is ready.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="280"/>
        <source>Paper is running low.</source>
        <translation>Paper is running low.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="285"/>
        <source>out of paper</source>
        <translation>out of paper</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="287"/>
        <source>cover open</source>
        <translation>cover open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="289"/>
        <source>offline or in error</source>
        <translation>offline or in error</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="290"/>
        <source>The printer is not ready: {problems}.</source>
        <translation>The printer is not ready: {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="297"/>
        <source>keyboard (recognised by its speed)</source>
        <translation>keyboard (recognised by its speed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="298"/>
        <source>keyboard (recognised by its prefix)</source>
        <translation>keyboard (recognised by its prefix)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="299"/>
        <source>USB, read directly (keyboard reports)</source>
        <translation>USB, read directly (keyboard reports)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="300"/>
        <source>USB, read directly (HID POS)</source>
        <translation>USB, read directly (HID POS)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="310"/>
        <source>other barcode</source>
        <translation>other barcode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="312"/>
        <source>EAN/UPC with a wrong check digit: scan again</source>
        <translation>EAN/UPC with a wrong check digit: scan again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="339"/>
        <source>USB devices</source>
        <translation>USB devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="340"/>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="341"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <location filename="../../desktop/views/devices.py" line="342"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="343"/>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="344"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="345"/>
        <source>Open cash drawer</source>
        <translation>Open cash drawer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="346"/>
        <source>Printer status</source>
        <translation>Printer status</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="347"/>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="349"/>
        <source>Scanner test</source>
        <translation>Scanner test</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="350"/>
        <source>Programmed prefix</source>
        <translation>Programmed prefix</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="351"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="352"/>
        <source>One character, such as #, or STX for a control character</source>
        <translation>One character, such as #, or STX for a control character</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="353"/>
        <source>Read over USB</source>
        <translation>Read over USB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="355"/>
        <source>Scan any barcode: it appears here with how it arrived, and never types into a field.</source>
        <translation>Scan any barcode: it appears here with how it arrived, and never types into a field.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="357"/>
        <source>Simulate a scan (demo)</source>
        <translation>Simulate a scan (demo)</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="70"/>
        <location filename="../../desktop/views/transfers_detail.py" line="212"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="88"/>
        <source>Discount: an amount in MOP (e.g. 20) or a percentage (e.g. 10%)</source>
        <translation>Discount: an amount in MOP (e.g. 20) or a percentage (e.g. 10%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="108"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="141"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="142"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="125"/>
        <source>Request transfer</source>
        <translation>Request transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="109"/>
        <source>How many %1?</source>
        <translation>How many %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="126"/>
        <source>How many %1 should %2 send here?</source>
        <translation>How many %1 should %2 send here?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="137"/>
        <source>Waitlist</source>
        <translation>Waitlist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Scan the receipt's barcode or type its number</source>
        <translation>Scan the receipt's barcode or type its number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="225"/>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
</context>
<context>
    <name>DialogStaffPrompts</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="204"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
</context>
<context>
    <name>DrawerCountForm</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="145"/>
        <source>Cash in MOP</source>
        <translation>Cash in MOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="146"/>
        <source>Cash in HKD</source>
        <translation>Cash in HKD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="147"/>
        <source>Float kept and the terminals' totals</source>
        <translation>Float kept and the terminals' totals</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="148"/>
        <source>Float kept in MOP</source>
        <translation>Float kept in MOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="149"/>
        <source>Float kept in HKD</source>
        <translation>Float kept in HKD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="151"/>
        <source>%1 (terminal)</source>
        <translation>%1 (terminal)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="162"/>
        <location filename="../../desktop/views/handover_count.py" line="164"/>
        <source>Counted: %1</source>
        <translation>Counted: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="171"/>
        <source>An amount is not a number. Type it like 120.50.</source>
        <translation>An amount is not a number. Type it like 120.50.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="175"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>The float kept cannot be more than the cash counted.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodePanel</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="275"/>
        <source>Enrol a device</source>
        <translation>Enrol a device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="278"/>
        <source>A new counter PC or manager's laptop for %1 joins the chain with a one-time code. Create one here and type it on the new computer with the hub's address: %2</source>
        <translation>A new counter PC or manager's laptop for %1 joins the chain with a one-time code. Create one here and type it on the new computer with the hub's address: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="281"/>
        <location filename="../../desktop/views/enrollment.py" line="332"/>
        <source>the head office</source>
        <translation>the head office</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="284"/>
        <source>New device</source>
        <translation>New device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="285"/>
        <source>Counter PC</source>
        <translation>Counter PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="286"/>
        <source>Manager's device</source>
        <translation>Manager's device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="287"/>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="288"/>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="289"/>
        <source>24 hours</source>
        <translation>24 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="290"/>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="291"/>
        <source>Create code</source>
        <translation>Create code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a counter PC</source>
        <translation>a counter PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a manager's device</source>
        <translation>a manager's device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="330"/>
        <source>For %1 of %2. It works once, until %3.</source>
        <translation>For %1 of %2. It works once, until %3.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="152"/>
        <location filename="../../desktop/views/enrollment.py" line="153"/>
        <location filename="../../desktop/views/enrollment.py" line="358"/>
        <source>Connect this computer to the chain</source>
        <translation>Connect this computer to the chain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="156"/>
        <source>Ask a manager for an enrollment code for this store (in the app: Settings, Enrol a device; or on the hub). Type the hub's address and the code. The code works once; this computer then keeps its own key in the system's password store.</source>
        <translation>Ask a manager for an enrollment code for this store (in the app: Settings, Enrol a device; or on the hub). Type the hub's address and the code. The code works once; this computer then keeps its own key in the system's password store.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="161"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="162"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="163"/>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="184"/>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/wizard.py" line="147"/>
        <source>The settings could not be saved in %1: %2</source>
        <translation>The settings could not be saved in %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="186"/>
        <source>Set up Store Manager</source>
        <translation>Set up Store Manager</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <location filename="../../desktop/frontdoor.py" line="143"/>
        <source>Store Manager cannot open its window: Qt's “{platform}” display plugin needs system libraries that this computer does not have ({libraries}). On Debian or Ubuntu, install them with the command below, then start Store Manager again (make run installs them by itself when run as root); on other Linux systems, install the packages that provide these libraries.</source>
        <translation>Store Manager cannot open its window: Qt's “{platform}” display plugin needs system libraries that this computer does not have ({libraries}). On Debian or Ubuntu, install them with the command below, then start Store Manager again (make run installs them by itself when run as root); on other Linux systems, install the packages that provide these libraries.</translation>
    </message>
    <message>
        <location filename="../../desktop/frontdoor.py" line="150"/>
        <source>Store Manager cannot open its window: there is no display here (DISPLAY is not set). Start it from the desktop session, or, for a screenshot without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Store Manager cannot open its window: there is no display here (DISPLAY is not set). Start it from the desktop session, or, for a screenshot without a screen, set QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="13"/>
        <source>Cash (MOP)</source>
        <translation>Cash (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="14"/>
        <source>Cash (HKD)</source>
        <translation>Cash (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="15"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="16"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="17"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="18"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="64"/>
        <source>Search: number, date, name or note</source>
        <translation>Search: number, date, name or note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="65"/>
        <source>Reprint (COPY)</source>
        <translation>Reprint (COPY)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Outgoing → incoming</source>
        <translation>Outgoing → incoming</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="110"/>
        <source>Slip of %1</source>
        <translation>Slip of %1</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../desktop/views/handover.py" line="164"/>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="168"/>
        <source>Count done: show the figures</source>
        <translation>Count done: show the figures</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="169"/>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="170"/>
        <source>Expected and counted</source>
        <translation>Expected and counted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="171"/>
        <source>During the shift, and still open</source>
        <translation>During the shift, and still open</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Tender</source>
        <translation>Tender</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="175"/>
        <source>Outgoing cashier signs</source>
        <translation>Outgoing cashier signs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="176"/>
        <source>Incoming cashier signs</source>
        <translation>Incoming cashier signs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="177"/>
        <source>Notes for the next shift</source>
        <translation>Notes for the next shift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="178"/>
        <source>Hand over and print the slip</source>
        <translation>Hand over and print the slip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="236"/>
        <source>Shift since %1. Count every note and coin in the drawer; the till's figures stay hidden until you are done.</source>
        <translation>Shift since %1. Count every note and coin in the drawer; the till's figures stay hidden until you are done.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="240"/>
        <source>Voids: %1</source>
        <translation>Voids: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="241"/>
        <source>Refunds: %1</source>
        <translation>Refunds: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="242"/>
        <source>Discounts above limit: %1</source>
        <translation>Discounts above limit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="243"/>
        <source>No-sale drawer openings: %1</source>
        <translation>No-sale drawer openings: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="244"/>
        <source>Records not yet synced: %1</source>
        <translation>Records not yet synced: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="245"/>
        <source>Open holds: %1</source>
        <translation>Open holds: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="246"/>
        <source>Open transfers: %1</source>
        <translation>Open transfers: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="262"/>
        <source>Count recorded. Check the figures, then both cashiers sign.</source>
        <translation>Count recorded. Check the figures, then both cashiers sign.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="267"/>
        <source>Blind count: the figures show once the count is done.</source>
        <translation>Blind count: the figures show once the count is done.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="288"/>
        <source>Amounts in MOP; Cash (HKD) in HKD.</source>
        <translation>Amounts in MOP; Cash (HKD) in HKD.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="290"/>
        <source>Variance for the shift: %1</source>
        <translation>Variance for the shift: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="309"/>
        <source>Finish the count first.</source>
        <translation>Finish the count first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="312"/>
        <source>Both cashiers type their PIN.</source>
        <translation>Both cashiers type their PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="335"/>
        <source>Shift handed over: %1.</source>
        <translation>Shift handed over: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="356"/>
        <source>Slip not printed: %1 The handover is recorded.</source>
        <translation>Slip not printed: %1 The handover is recorded.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../desktop/support.py" line="93"/>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="94"/>
        <source>Open log folder</source>
        <translation>Open log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="95"/>
        <source>Copy diagnostics</source>
        <translation>Copy diagnostics</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="117"/>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="118"/>
        <source>The log files are in this folder:
{folder}</source>
        <translation>The log files are in this folder:
{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="125"/>
        <source>Diagnostics copied: paste them into your message to support.</source>
        <translation>Diagnostics copied: paste them into your message to support.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="58"/>
        <source>Hold for customer</source>
        <translation>Hold for customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="91"/>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="92"/>
        <source>Customer name</source>
        <translation>Customer name</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="94"/>
        <source>Hold until</source>
        <translation>Hold until</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="319"/>
        <source>Host the chain on this PC</source>
        <translation>Host the chain on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="322"/>
        <source>This computer keeps the chain's records (its hub) and sells as the first store's till. Store Manager starts the hub again each time it starts.</source>
        <translation>This computer keeps the chain's records (its hub) and sells as the first store's till. Store Manager starts the hub again each time it starts.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="326"/>
        <location filename="../../desktop/wizard_pages.py" line="337"/>
        <source>Hub's data folder</source>
        <translation>Hub's data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="327"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="328"/>
        <source>Chain name</source>
        <translation>Chain name</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="329"/>
        <source>First store's name</source>
        <translation>First store's name</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="330"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="331"/>
        <source>e.g. Lam Family Stores</source>
        <translation>e.g. Lam Family Stores</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="332"/>
        <source>e.g. Red Market shop</source>
        <translation>e.g. Red Market shop</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="333"/>
        <source>Start the hub</source>
        <translation>Start the hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="345"/>
        <source>Give the folder, the chain's name and the store's name.</source>
        <translation>Give the folder, the chain's name and the store's name.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="349"/>
        <source>Starting the hub…</source>
        <translation>Starting the hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="370"/>
        <source>%1 already holds a hub's records: choose an empty folder.</source>
        <translation>%1 already holds a hub's records: choose an empty folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="374"/>
        <source>Port %1 is in use by another program: choose another port.</source>
        <translation>Port %1 is in use by another program: choose another port.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="378"/>
        <source>Store Manager may not write in %1: choose another folder.</source>
        <translation>Store Manager may not write in %1: choose another folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="389"/>
        <source>The hub of %1 runs on this computer at %2. This computer is the till of %3.</source>
        <translation>The hub of %1 runs on this computer at %2. This computer is the till of %3.</translation>
    </message>
</context>
<context>
    <name>InTransit</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="70"/>
        <source>%1 on hand, %2 in transit to this store</source>
        <translation>%1 on hand, %2 in transit to this store</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="34"/>
        <source>Which item?</source>
        <translation>Which item?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="36"/>
        <source>Items matching “%1”: choose with ↑ ↓ and Enter.</source>
        <translation>Items matching “%1”: choose with ↑ ↓ and Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Stock here</source>
        <translation>Stock here</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="183"/>
        <source>Join my chain's hub</source>
        <translation>Join my chain's hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="186"/>
        <source>Type the hub's address and the enrollment code a manager created for this computer (Settings, Enrol a device). The code works once.</source>
        <translation>Type the hub's address and the enrollment code a manager created for this computer (Settings, Enrol a device). The code works once.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="190"/>
        <source>Hub address</source>
        <translation>Hub address</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="191"/>
        <source>Enrollment code</source>
        <translation>Enrollment code</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="192"/>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="207"/>
        <source>Asking the hub…</source>
        <translation>Asking the hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="229"/>
        <source>The hub at %1 does not answer. Check the address, that the hub is running, and that this computer is on the shop's network.</source>
        <translation>The hub at %1 does not answer. Check the address, that the hub is running, and that this computer is on the shop's network.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="240"/>
        <source>the head office</source>
        <translation>the head office</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="242"/>
        <source>Connected. This computer is enrolled as a manager's device of %1.</source>
        <translation>Connected. This computer is enrolled as a manager's device of %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="244"/>
        <source>Connected. This computer is enrolled as a counter PC of store %1.</source>
        <translation>Connected. This computer is enrolled as a counter PC of store %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="248"/>
        <source>Hub certificate pinned (SHA-256):</source>
        <translation>Hub certificate pinned (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="251"/>
        <source>A hub on this computer (ws://): no certificate to pin.</source>
        <translation>A hub on this computer (ws://): no certificate to pin.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="54"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="55"/>
        <source>The language of the screens and the receipts. It can be changed later.</source>
        <translation>The language of the screens and the receipts. It can be changed later.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>Store Manager</source>
        <translation>Store Manager</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="101"/>
        <source>Name (%1)</source>
        <translation>Name (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="105"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="109"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="113"/>
        <source>Discount limit</source>
        <translation>Discount limit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="116"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 to 8 digits)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="117"/>
        <location filename="../../desktop/views/staff_dialogs.py" line="120"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="119"/>
        <source>New PIN (when moving to another store)</source>
        <translation>New PIN (when moving to another store)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="150"/>
        <source>Role's own (%1 %)</source>
        <translation>Role's own (%1 %)</translation>
    </message>
</context>
<context>
    <name>OtherStoresPanel</name>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="109"/>
        <source>Other stores</source>
        <translation>Other stores</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="112"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="113"/>
        <source>On hand</source>
        <translation>On hand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="114"/>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="115"/>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="116"/>
        <source>Travel</source>
        <translation>Travel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="119"/>
        <source>Hold…</source>
        <translation>Hold…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="120"/>
        <source>Hold units at the chosen store for this customer</source>
        <translation>Hold units at the chosen store for this customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="121"/>
        <source>Transfer…</source>
        <translation>Transfer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="122"/>
        <source>Ask the chosen store to send units here</source>
        <translation>Ask the chosen store to send units here</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="123"/>
        <source>Waitlist…</source>
        <translation>Waitlist…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="124"/>
        <source>Take the customer's phone; the store calls when it arrives</source>
        <translation>Take the customer's phone; the store calls when it arrives</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="144"/>
        <source>Scan or choose an item to see every store's stock.</source>
        <translation>Scan or choose an item to see every store's stock.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="173"/>
        <source>(this store)</source>
        <translation>(this store)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="158"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="192"/>
        <source>Offline: holds need the hub, which grants them so no two stores promise the same unit.</source>
        <translation>Offline: holds need the hub, which grants them so no two stores promise the same unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="195"/>
        <source>Nothing available to hold at that store.</source>
        <translation>Nothing available to hold at that store.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="204"/>
        <source>Sold out everywhere: take the customer's phone for the waitlist.</source>
        <translation>Sold out everywhere: take the customer's phone for the waitlist.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="169"/>
        <source>Set PIN</source>
        <translation>Set PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="173"/>
        <source>New PIN for %1</source>
        <translation>New PIN for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="174"/>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="175"/>
        <source>The old PIN stops working on every till as this change reaches it.</source>
        <translation>The old PIN stops working on every till as this change reaches it.</translation>
    </message>
</context>
<context>
    <name>PrintedSlipWindow</name>
    <message>
        <location filename="../../desktop/printing/preview.py" line="101"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="148"/>
        <source>Looking for printers…</source>
        <translation>Looking for printers…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/wizard_counter_pages.py" line="155"/>
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>%n printer found.</numerusform>
            <numerusform>%n printers found.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="165"/>
        <source>No printer</source>
        <translation>No printer</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="184"/>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="188"/>
        <source>Printed. Did a test page come out?</source>
        <translation>Printed. Did a test page come out?</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="194"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="195"/>
        <source>Choose the printer plugged into this computer and print a test page.</source>
        <translation>Choose the printer plugged into this computer and print a test page.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="166"/>
        <location filename="../../desktop/wizard_counter_pages.py" line="196"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="197"/>
        <source>Paper width</source>
        <translation>Paper width</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="198"/>
        <source>Test print</source>
        <translation>Test print</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="199"/>
        <source>Look again</source>
        <translation>Look again</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="201"/>
        <source>No printer yet? Press Next: it can be chosen later in Settings, Devices.</source>
        <translation>No printer yet? Press Next: it can be chosen later in Settings, Devices.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="115"/>
        <source>No receipt to reprint yet.</source>
        <translation>No receipt to reprint yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="129"/>
        <source>That receipt was already printed. Use Reprint for a copy.</source>
        <translation>That receipt was already printed. Use Reprint for a copy.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="133"/>
        <source>Receipt not printed: %1 The sale is recorded.</source>
        <translation>Receipt not printed: %1 The sale is recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="142"/>
        <source>Receipt printer (demo)</source>
        <translation>Receipt printer (demo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="143"/>
        <source>What the demo printer printed</source>
        <translation>What the demo printer printed</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="71"/>
        <source>Faulty or damaged</source>
        <translation>Faulty or damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="72"/>
        <source>Wrong item sold</source>
        <translation>Wrong item sold</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="73"/>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="74"/>
        <source>Customer changed their mind</source>
        <translation>Customer changed their mind</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="75"/>
        <source>Other (say why)</source>
        <translation>Other (say why)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="100"/>
        <source>Refund %1</source>
        <translation>Refund %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="104"/>
        <source>Receipt %1 · %2 · paid %3 by %4</source>
        <translation>Receipt %1 · %2 · paid %3 by %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="114"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="115"/>
        <source>Paid each</source>
        <translation>Paid each</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="116"/>
        <source>Bought</source>
        <translation>Bought</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="117"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="118"/>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="134"/>
        <source>%1 (%2 already back)</source>
        <translation>%1 (%2 already back)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="162"/>
        <source>Money back by</source>
        <translation>Money back by</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="164"/>
        <source>Choose a reason…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="168"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="171"/>
        <source>In a few words (needed for “Other”)</source>
        <translation>In a few words (needed for “Other”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="173"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="188"/>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="205"/>
        <source>To hand back: %1</source>
        <translation>To hand back: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="207"/>
        <source>A manager's PIN is needed for this refund.</source>
        <translation>A manager's PIN is needed for this refund.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="263"/>
        <source>A refund of %1 by %2 needs a manager's PIN.</source>
        <translation>A refund of %1 by %2 needs a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="269"/>
        <source>Refund cancelled: nothing was changed.</source>
        <translation>Refund cancelled: nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="16"/>
        <source>%1 failed %2 times in %3 minutes.</source>
        <translation>%1 failed %2 times in %3 minutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="46"/>
        <source>Raise the ticket</source>
        <translation>Raise the ticket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="47"/>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="50"/>
        <source>Raise a repair ticket with the diagnostics?</source>
        <translation>Raise a repair ticket with the diagnostics?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="37"/>
        <source>Report a fault</source>
        <translation>Report a fault</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="41"/>
        <source>Something else</source>
        <translation>Something else</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="48"/>
        <source>What is wrong, e.g. fridge at 14 °C</source>
        <translation>What is wrong, e.g. fridge at 14 °C</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="55"/>
        <location filename="../../desktop/views/repairs_model.py" line="120"/>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="56"/>
        <source>Urgency</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="57"/>
        <source>What is wrong</source>
        <translation>What is wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="65"/>
        <source>Close the repair</source>
        <translation>Close the repair</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="75"/>
        <source>What was done</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="76"/>
        <source>Parts used</source>
        <translation>Parts used</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="19"/>
        <source>Waiting for an engineer</source>
        <translation>Waiting for an engineer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="20"/>
        <source>Engineer notified</source>
        <translation>Engineer notified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="21"/>
        <source>Declined, passing on</source>
        <translation>Declined, passing on</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="22"/>
        <source>Engineer on the way</source>
        <translation>Engineer on the way</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="23"/>
        <source>Engineer on site</source>
        <translation>Engineer on site</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="24"/>
        <source>Resolved, to verify</source>
        <translation>Resolved, to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="25"/>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="26"/>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="32"/>
        <source>Urgent</source>
        <translation>Urgent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="33"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="34"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="40"/>
        <source>Display fridge</source>
        <translation>Display fridge</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="41"/>
        <source>Air conditioning</source>
        <translation>Air conditioning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="42"/>
        <source>Counter PC</source>
        <translation>Counter PC</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="43"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="44"/>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="45"/>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="46"/>
        <source>Safe</source>
        <translation>Safe</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="47"/>
        <source>Lighting</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="48"/>
        <source>Shutter</source>
        <translation>Shutter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="49"/>
        <source>Other equipment</source>
        <translation>Other equipment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="67"/>
        <source>Met</source>
        <translation>Met</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="69"/>
        <source>Breached</source>
        <translation>Breached</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="76"/>
        <source>%1 (paused: typhoon)</source>
        <translation>%1 (paused: typhoon)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="78"/>
        <source>%1 breached</source>
        <translation>%1 breached</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="119"/>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="121"/>
        <source>Fault</source>
        <translation>Fault</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="122"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="123"/>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="124"/>
        <source>Arrives</source>
        <translation>Arrives</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="125"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="126"/>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="127"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="128"/>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="129"/>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="146"/>
        <source>%1 (not yet sent)</source>
        <translation>%1 (not yet sent)</translation>
    </message>
</context>
<context>
    <name>RepairsScreen</name>
    <message>
        <location filename="../../desktop/views/repairs.py" line="168"/>
        <location filename="../../desktop/views/repairs.py" line="171"/>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="172"/>
        <source>This store's tickets</source>
        <translation>This store's tickets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="173"/>
        <source>Engineer's view</source>
        <translation>Engineer's view</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="174"/>
        <source>Report a fault…</source>
        <translation>Report a fault…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="175"/>
        <source>Repair verified</source>
        <translation>Repair verified</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="176"/>
        <source>Not fixed: reopen</source>
        <translation>Not fixed: reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="177"/>
        <source>Tickets of</source>
        <translation>Tickets of</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="178"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="179"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="180"/>
        <source>I am on site</source>
        <translation>I am on site</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="181"/>
        <source>Close with notes…</source>
        <translation>Close with notes…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="282"/>
        <source>Choose a ticket to see its details.</source>
        <translation>Choose a ticket to see its details.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="292"/>
        <source>%1 arrives about %2</source>
        <translation>%1 arrives about %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="298"/>
        <source>Done: %1</source>
        <translation>Done: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="301"/>
        <source>Raised by the app: the device kept failing.</source>
        <translation>Raised by the app: the device kept failing.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="324"/>
        <location filename="../../desktop/views/repairs.py" line="382"/>
        <source>Ticket raised: the hub dispatches it.</source>
        <translation>Ticket raised: the hub dispatches it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="332"/>
        <source>Choose a ticket first.</source>
        <translation>Choose a ticket first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="335"/>
        <source>Sign in at the Counter first.</source>
        <translation>Sign in at the Counter first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="351"/>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="248"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>Off: the scanner types like a keyboard</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="249"/>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="261"/>
        <source>other barcode</source>
        <translation>other barcode</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="265"/>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="266"/>
        <source>Most scanners type like a keyboard and need nothing set up.</source>
        <translation>Most scanners type like a keyboard and need nothing set up.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="267"/>
        <source>Scan anything now: what the scanner reads appears here.</source>
        <translation>Scan anything now: what the scanner reads appears here.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="268"/>
        <source>Read over USB</source>
        <translation>Read over USB</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="270"/>
        <source>No scanner yet? Press Finish: it can be set up later in Settings, Devices.</source>
        <translation>No scanner yet? Press Finish: it can be set up later in Settings, Devices.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="177"/>
        <location filename="../../desktop/views/settings.py" line="291"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="190"/>
        <source>Signed in: %1, who may change these.</source>
        <translation>Signed in: %1, who may change these.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="192"/>
        <source>Sign in on the Counter as a store manager to change these.</source>
        <translation>Sign in on the Counter as a store manager to change these.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="249"/>
        <source>Saved: every till of the store follows it once the hub has it.</source>
        <translation>Saved: every till of the store follows it once the hub has it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="265"/>
        <source>Requests to this store worth up to %1 are approved at once; above it a manager approves.</source>
        <translation>Requests to this store worth up to %1 are approved at once; above it a manager approves.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="269"/>
        <source>Off: every request to this store waits for a manager.</source>
        <translation>Off: every request to this store waits for a manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="292"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="293"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="294"/>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="295"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="296"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="297"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="298"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="299"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="300"/>
        <source>HKD rate (MOP per HKD)</source>
        <translation>HKD rate (MOP per HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="301"/>
        <source>Store rules</source>
        <translation>Store rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="302"/>
        <source>Stocktake: a manager approves differences above (units)</source>
        <translation>Stocktake: a manager approves differences above (units)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="303"/>
        <source>Stocktake: … or above (value)</source>
        <translation>Stocktake: … or above (value)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="304"/>
        <source>Refunds: a manager's PIN above</source>
        <translation>Refunds: a manager's PIN above</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="305"/>
        <source>Cash refunds always need a manager's PIN</source>
        <translation>Cash refunds always need a manager's PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="306"/>
        <source>Shift handover: a manager's PIN for a difference above</source>
        <translation>Shift handover: a manager's PIN for a difference above</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="307"/>
        <source>Transfers: approve requests automatically up to (0: off)</source>
        <translation>Transfers: approve requests automatically up to (0: off)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="308"/>
        <source>Save</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="16"/>
        <source>Two shifts at the same time (double booking)</source>
        <translation>Two shifts at the same time (double booking)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="17"/>
        <source>%1 normal hours in a day, more than %2</source>
        <translation>%1 normal hours in a day, more than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="18"/>
        <source>%1 hours in an agreed long day, more than %2</source>
        <translation>%1 hours in an agreed long day, more than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="19"/>
        <source>%1 normal hours in the week, more than %2</source>
        <translation>%1 normal hours in the week, more than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="20"/>
        <source>Only %1 hours of rest between two days, not %2</source>
        <translation>Only %1 hours of rest between two days, not %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="21"/>
        <source>No rest day in %1 days</source>
        <translation>No rest day in %1 days</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="22"/>
        <source>Only %1 rest days in 4 weeks, not %2</source>
        <translation>Only %1 rest days in 4 weeks, not %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="23"/>
        <source>%1 hours in a day with overtime, more than %2</source>
        <translation>%1 hours in a day with overtime, more than %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="24"/>
        <source>Work on a compulsory holiday without a replacement rest day within 3 months</source>
        <translation>Work on a compulsory holiday without a replacement rest day within 3 months</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="27"/>
        <source>Work under typhoon Signal %1 not recorded (volunteered, transport, insurance)</source>
        <translation>Work under typhoon Signal %1 not recorded (volunteered, transport, insurance)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="32"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="33"/>
        <source>Middle</source>
        <translation>Middle</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="34"/>
        <source>Closing</source>
        <translation>Closing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="37"/>
        <source>keyholder</source>
        <translation>keyholder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="38"/>
        <source>pharmacist</source>
        <translation>pharmacist</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="133"/>
        <source>Released: %1</source>
        <translation>Released: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="136"/>
        <source>Typhoon or black rain: not required to work, and not docked.</source>
        <translation>Typhoon or black rain: not required to work, and not docked.</translation>
    </message>
</context>
<context>
    <name>ShiftsScreen</name>
    <message>
        <location filename="../../desktop/views/shifts.py" line="148"/>
        <source>Shifts</source>
        <translation>Shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="155"/>
        <source>Roster, week of %1</source>
        <translation>Roster, week of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="156"/>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="157"/>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="158"/>
        <source>Auto-plan</source>
        <translation>Auto-plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="163"/>
        <source>The roster planner is not installed on this computer (the counter edition leaves it out): auto-plan on a manager's PC. Rosters made there show here.</source>
        <translation>The roster planner is not installed on this computer (the counter edition leaves it out): auto-plan on a manager's PC. Rosters made there show here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="167"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="168"/>
        <source>Publish plan</source>
        <translation>Publish plan</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="169"/>
        <source>Labour rules</source>
        <translation>Labour rules</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="170"/>
        <source>Copy last week</source>
        <translation>Copy last week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="171"/>
        <source>Typhoon Signal 8</source>
        <translation>Typhoon Signal 8</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="173"/>
        <source>Release the rest of today's shifts: nobody is required to come.</source>
        <translation>Release the rest of today's shifts: nobody is required to come.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="175"/>
        <source>Signal lowered: reopen</source>
        <translation>Signal lowered: reopen</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="229"/>
        <source>Open shifts</source>
        <translation>Open shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="234"/>
        <source>No rule is broken this week.</source>
        <translation>No rule is broken this week.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="240"/>
        <source>Planning the week…</source>
        <translation>Planning the week…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="268"/>
        <source>Auto-plan cancelled; nothing changed.</source>
        <translation>Auto-plan cancelled; nothing changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="272"/>
        <source>Plan: %1 shifts added, %2 taken off.</source>
        <translation>Plan: %1 shifts added, %2 taken off.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="277"/>
        <source>Check the plan, then publish it.</source>
        <translation>Check the plan, then publish it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="283"/>
        <source>%1 %2:00–%3:00, %4 short</source>
        <translation>%1 %2:00–%3:00, %4 short</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="286"/>
        <source>nobody here is a %1</source>
        <translation>nobody here is a %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="288"/>
        <source>only %1 available that day</source>
        <translation>only %1 available that day</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="290"/>
        <source>the hours and rest rules leave too few shifts</source>
        <translation>the hours and rest rules leave too few shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="325"/>
        <source>Roster published: staff see their shifts.</source>
        <translation>Roster published: staff see their shifts.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="347"/>
        <source>Last week's shifts are on this week's roster.</source>
        <translation>Last week's shifts are on this week's roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="366"/>
        <source>Signal 8: %1 shifts released; staff are not required to come.</source>
        <translation>Signal 8: %1 shifts released; staff are not required to come.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="381"/>
        <source>No released shift is worth reopening today.</source>
        <translation>No released shift is worth reopening today.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="394"/>
        <source>Reopening plan published: staff see when to come back.</source>
        <translation>Reopening plan published: staff see when to come back.</translation>
    </message>
</context>
<context>
    <name>SignBox</name>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="48"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="49"/>
        <source>Sign again</source>
        <translation>Sign again</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../desktop/printing/slip.py" line="56"/>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="57"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="58"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="59"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="60"/>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="61"/>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="62"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="63"/>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="64"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="67"/>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="68"/>
        <source>Cash (MOP)</source>
        <translation>Cash (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="69"/>
        <source>Cash (HKD)</source>
        <translation>Cash (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="70"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="71"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="72"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="73"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="74"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="446"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="33"/>
        <source>Stock handover slip</source>
        <translation>Stock handover slip</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="449"/>
        <source>Transfer no.</source>
        <translation>Transfer no.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="450"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="37"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="451"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="38"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="453"/>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="461"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="50"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="56"/>
        <source>Handed over by</source>
        <translation>Handed over by</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="58"/>
        <source>Received by</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="494"/>
        <source>Coupon</source>
        <translation>Coupon</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="501"/>
        <source>Valid until {date}</source>
        <translation>Valid until {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="535"/>
        <source>Printer test</source>
        <translation>Printer test</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="536"/>
        <source>Paper: {mm} mm, {dots} dots</source>
        <translation>Paper: {mm} mm, {dots} dots</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="539"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="549"/>
        <source>QR code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="551"/>
        <source>Code 128</source>
        <translation>Code 128</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="568"/>
        <source>Scanner setup</source>
        <translation>Scanner setup</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="571"/>
        <source>1. Set the scanner to USB keyboard (HID) mode, US keyboard layout.</source>
        <translation>1. Set the scanner to USB keyboard (HID) mode, US keyboard layout.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="572"/>
        <source>2. Set the suffix to Enter (CR). No prefix is needed.</source>
        <translation>2. Set the suffix to Enter (CR). No prefix is needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="573"/>
        <source>3. The programming barcodes for these settings are in the scanner's manual (Honeywell, Zebra, Datalogic, Newland and others each have their own).</source>
        <translation>3. The programming barcodes for these settings are in the scanner's manual (Honeywell, Zebra, Datalogic, Newland and others each have their own).</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="578"/>
        <source>4. Open Settings, Devices and scan the codes below.</source>
        <translation>4. Open Settings, Devices and scan the codes below.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="589"/>
        <source>QR code (2D scanners only)</source>
        <translation>QR code (2D scanners only)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="24"/>
        <source>Faulty or damaged</source>
        <translation>Faulty or damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="25"/>
        <source>Wrong item sold</source>
        <translation>Wrong item sold</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="26"/>
        <source>Not as described</source>
        <translation>Not as described</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="27"/>
        <source>Customer changed their mind</source>
        <translation>Customer changed their mind</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="28"/>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="39"/>
        <source>STORE COPY</source>
        <translation>STORE COPY</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="78"/>
        <source>REFUND</source>
        <translation>REFUND</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="80"/>
        <source>Refund no.</source>
        <translation>Refund no.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="81"/>
        <source>For receipt</source>
        <translation>For receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="25"/>
        <source>SHIFT HANDOVER</source>
        <translation>SHIFT HANDOVER</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="26"/>
        <source>Handover no.</source>
        <translation>Handover no.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="27"/>
        <source>Shift from</source>
        <translation>Shift from</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="28"/>
        <source>Handed over at</source>
        <translation>Handed over at</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="29"/>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="30"/>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="31"/>
        <source>Cash count (MOP)</source>
        <translation>Cash count (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="32"/>
        <source>Cash count (HKD)</source>
        <translation>Cash count (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="33"/>
        <source>Rate: HKD 1 = {mop}</source>
        <translation>Rate: HKD 1 = {mop}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="34"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="35"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="36"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="37"/>
        <source>VARIANCE (MOP)</source>
        <translation>VARIANCE (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="38"/>
        <location filename="../../desktop/printing/refund_slip.py" line="85"/>
        <source>Approved by</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="40"/>
        <source>Float kept</source>
        <translation>Float kept</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="41"/>
        <source>During the shift</source>
        <translation>During the shift</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="42"/>
        <source>Voids</source>
        <translation>Voids</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="43"/>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="44"/>
        <source>Discounts above limit</source>
        <translation>Discounts above limit</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="45"/>
        <source>No-sale drawer openings</source>
        <translation>No-sale drawer openings</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="46"/>
        <source>Records not yet synced</source>
        <translation>Records not yet synced</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="47"/>
        <source>Open holds</source>
        <translation>Open holds</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="48"/>
        <source>Open transfers</source>
        <translation>Open transfers</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="49"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="50"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="94"/>
        <source>REFUNDED</source>
        <translation>REFUNDED</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="39"/>
        <location filename="../../desktop/printing/refund_slip.py" line="98"/>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="104"/>
        <source>Customer's signature</source>
        <translation>Customer's signature</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="41"/>
        <source>Packed by (PIN)</source>
        <translation>Packed by (PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="42"/>
        <source>Carried by</source>
        <translation>Carried by</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="57"/>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desktop/models/staff.py" line="28"/>
        <source>Cashier</source>
        <translation>Cashier</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="29"/>
        <source>Store manager</source>
        <translation>Store manager</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="30"/>
        <source>Area manager</source>
        <translation>Area manager</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="31"/>
        <source>Engineer</source>
        <translation>Engineer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="46"/>
        <source>%1 % (role's)</source>
        <translation>%1 % (role's)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="95"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="97"/>
        <location filename="../../desktop/models/staff.py" line="140"/>
        <source>Deactivated</source>
        <translation>Deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="107"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="111"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="112"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="113"/>
        <source>Discount limit</source>
        <translation>Discount limit</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="114"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="119"/>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="120"/>
        <source>Name (Chinese)</source>
        <translation>Name (Chinese)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="121"/>
        <source>Name (Portuguese)</source>
        <translation>Name (Portuguese)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="131"/>
        <source>Added as %1, discount limit %2</source>
        <translation>Added as %1, discount limit %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="136"/>
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="142"/>
        <source>Active again</source>
        <translation>Active again</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="152"/>
        <source>Role: %1 → %2</source>
        <translation>Role: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="160"/>
        <source>Discount limit: %1 → %2</source>
        <translation>Discount limit: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="166"/>
        <source>Store: %1 → %2</source>
        <translation>Store: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>No change</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="218"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="219"/>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="220"/>
        <source>Member of staff</source>
        <translation>Member of staff</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="221"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/views/staff.py" line="127"/>
        <source>Sign in on the Counter as a store manager to manage staff.</source>
        <translation>Sign in on the Counter as a store manager to manage staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="138"/>
        <location filename="../../desktop/views/staff.py" line="218"/>
        <source>Whole chain</source>
        <translation>Whole chain</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="174"/>
        <source>Signed in: %1, who manages the staff of every store.</source>
        <translation>Signed in: %1, who manages the staff of every store.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="176"/>
        <source>Signed in: %1, who manages the staff of %2.</source>
        <translation>Signed in: %1, who manages the staff of %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Make active</source>
        <translation>Make active</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="231"/>
        <source>Add staff</source>
        <translation>Add staff</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="243"/>
        <source>Added: %1. They can sign in with their PIN now.</source>
        <translation>Added: %1. They can sign in with their PIN now.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="257"/>
        <source>Edit %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="273"/>
        <source>Saved: %1.</source>
        <translation>Saved: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="292"/>
        <source>New PIN set for %1.</source>
        <translation>New PIN set for %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="303"/>
        <source>Deactivate %1? They will no longer be able to sign in. Their sales stay theirs.</source>
        <translation>Deactivate %1? They will no longer be able to sign in. Their sales stay theirs.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is active again.</source>
        <translation>%1 is active again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is deactivated.</source>
        <translation>%1 is deactivated.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="370"/>
        <source>Add staff…</source>
        <translation>Add staff…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="371"/>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="372"/>
        <source>Set PIN…</source>
        <translation>Set PIN…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="373"/>
        <source>Changes to staff</source>
        <translation>Changes to staff</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="375"/>
        <source>No changes to staff yet. Each one is listed here: when, by whom, what.</source>
        <translation>No changes to staff yet. Each one is listed here: when, by whom, what.</translation>
    </message>
</context>
<context>
    <name>StartupSplash</name>
    <message>
        <location filename="../../desktop/splash.py" line="69"/>
        <source>Store Manager</source>
        <translation>Store Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="74"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="75"/>
        <source>Loading the app…</source>
        <translation>Loading the app…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="76"/>
        <source>Opening the database…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="77"/>
        <source>Preparing the demo chain: five shops, their stock and sales…</source>
        <translation>Preparing the demo chain: five shops, their stock and sales…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="78"/>
        <source>Setting up the screens…</source>
        <translation>Setting up the screens…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="29"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● Working offline (no hub configured)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online · catching up</source>
        <translation>● Online · catching up</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="33"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Connecting to the hub…</source>
        <translation>● Connecting to the hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>● Not syncing: another copy of this till is connected</source>
        <translation>● Not syncing: another copy of this till is connected</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="39"/>
        <source>● Offline since %1</source>
        <translation>● Offline since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="43"/>
        <source>retrying in %1 s</source>
        <translation>retrying in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="52"/>
        <source>Other stores: not connected to a hub</source>
        <translation>Other stores: not connected to a hub</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: live</source>
        <translation>Other stores: live</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="56"/>
        <source>Other stores: not received yet</source>
        <translation>Other stores: not received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="60"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>Other stores: catching up (as of %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="67"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>Other stores as of %1 (offline)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="75"/>
        <source>Everything synced</source>
        <translation>Everything synced</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="80"/>
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="87"/>
        <source>This till's database was restored or copied: call a manager</source>
        <translation>This till's database was restored or copied: call a manager</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="72"/>
        <source>%n record(s) waiting to sync</source>
        <translation>
            <numerusform>%n record waiting to sync</numerusform>
            <numerusform>%n records waiting to sync</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="79"/>
        <source>%n refused by the hub</source>
        <translation>
            <numerusform>%n refused by the hub</numerusform>
            <numerusform>%n refused by the hub</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StockMatrixModel</name>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="152"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="154"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="156"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="159"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="160"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="163"/>
        <source>Stock in every store</source>
        <translation>Stock in every store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="164"/>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="165"/>
        <source>Import catalogue…</source>
        <translation>Import catalogue…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="166"/>
        <source>Request transfer…</source>
        <translation>Request transfer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="167"/>
        <source>Ask another store to send the selected item here</source>
        <translation>Ask another store to send the selected item here</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="168"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>Search by name (中文 / English / Português), SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="170"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>No products yet. The catalogue arrives from the hub once this device is connected.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="309"/>
        <source>Select an item first, then Request transfer…</source>
        <translation>Select an item first, then Request transfer…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="313"/>
        <source>Sign in on the Counter to request a transfer.</source>
        <translation>Sign in on the Counter to request a transfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="327"/>
        <source>Transfer requested from %1: %2 × %3. Follow it on the Transfers screen.</source>
        <translation>Transfer requested from %1: %2 × %3. Follow it on the Transfers screen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="366"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="369"/>
        <source>%1 of %2 products</source>
        <translation>%1 of %2 products</translation>
    </message>
</context>
<context>
    <name>StockTransferDialog</name>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="45"/>
        <source>Request transfer</source>
        <translation>Request transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="53"/>
        <source>%1 — %2 on hand</source>
        <translation>%1 — %2 on hand</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="60"/>
        <source>Optional: for whom, by when</source>
        <translation>Optional: for whom, by when</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="62"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="63"/>
        <source>Send from</source>
        <translation>Send from</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="64"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="65"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>StocktakeReport</name>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="101"/>
        <source>Manager's PIN</source>
        <translation>Manager's PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="102"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="103"/>
        <source>Decline</source>
        <translation>Decline</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="113"/>
        <source>adjusted</source>
        <translation>adjusted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="114"/>
        <source>waits for a manager</source>
        <translation>waits for a manager</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="115"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="116"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="122"/>
        <source>(no section)</source>
        <translation>(no section)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="125"/>
        <source>No counts yet</source>
        <translation>No counts yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="149"/>
        <source>Finish a count to see its variance report here.</source>
        <translation>Finish a count to see its variance report here.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="153"/>
        <source>All differences were adjusted. Net value: %1</source>
        <translation>All differences were adjusted. Net value: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="155"/>
        <source>%2 line(s) differ by more than the limit and wait for a manager's PIN. Net value: %1</source>
        <translation>%2 line(s) differ by more than the limit and wait for a manager's PIN. Net value: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="157"/>
        <source>A manager approved the large differences. Net value: %1</source>
        <translation>A manager approved the large differences. Net value: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="159"/>
        <source>A manager declined the large differences; they were not applied. Net value: %1</source>
        <translation>A manager declined the large differences; they were not applied. Net value: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Approved and applied.</source>
        <translation>Approved and applied.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Declined.</source>
        <translation>Declined.</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="163"/>
        <location filename="../../desktop/views/stocktake.py" line="166"/>
        <location filename="../../desktop/views/stocktake.py" line="321"/>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="167"/>
        <source>← Stock</source>
        <translation>← Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="168"/>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="169"/>
        <source>Variance report</source>
        <translation>Variance report</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="170"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="171"/>
        <source>e.g. Shelf A, window, back room</source>
        <translation>e.g. Shelf A, window, back room</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="172"/>
        <source>Start count</source>
        <translation>Start count</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="173"/>
        <source>Scan each item, or type a barcode or SKU and press Enter</source>
        <translation>Scan each item, or type a barcode or SKU and press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="174"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="175"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="176"/>
        <source>Discard count</source>
        <translation>Discard count</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="177"/>
        <source>Finish count</source>
        <translation>Finish count</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="182"/>
        <source>Sales made while you count still count. Differences of more than %1 units or %2 wait for a manager's approval.</source>
        <translation>Sales made while you count still count. Differences of more than %1 units or %2 wait for a manager's approval.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="190"/>
        <source>Scan every item on the shelf: each scan counts one unit. For many of one item, type its code, set the number and press Add. A count can be corrected by double-clicking it.</source>
        <translation>Scan every item on the shelf: each scan counts one unit. For many of one item, type its code, set the number and press Add. A count can be corrected by double-clicking it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="226"/>
        <source>No count open. Name the section, then start (or just scan).</source>
        <translation>No count open. Name the section, then start (or just scan).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="230"/>
        <source>Counting since %1: %2 item(s), %3 unit(s)</source>
        <translation>Counting since %1: %2 item(s), %3 unit(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="242"/>
        <source>Sign in on the Counter first: a count says who made it.</source>
        <translation>Sign in on the Counter first: a count says who made it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="289"/>
        <source>Counted: %1 (%2)</source>
        <translation>Counted: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="310"/>
        <source>Discard this count? Nothing of it has been recorded.</source>
        <translation>Discard this count? Nothing of it has been recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="348"/>
        <source>Count recorded.</source>
        <translation>Count recorded.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="80"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="81"/>
        <source>Which store this counter sells for.</source>
        <translation>Which store this counter sells for.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="87"/>
        <source>the head office</source>
        <translation>the head office</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="91"/>
        <source>A manager's device of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>A manager's device of %1. The hub decided this with the code; a new code changes it.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="94"/>
        <source>A counter PC of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>A counter PC of %1. The hub decided this with the code; a new code changes it.</translation>
    </message>
</context>
<context>
    <name>StoreTasks</name>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="65"/>
        <source>Another store has asked us to hold an item for its customer: see Holds.</source>
        <translation>Another store has asked us to hold an item for its customer: see Holds.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="68"/>
        <source>Holds: %1</source>
        <translation>Holds: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="70"/>
        <source>to set aside: %1</source>
        <translation>to set aside: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="75"/>
        <source>Transfer requests: %1</source>
        <translation>Transfer requests: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="79"/>
        <source>Oversold, to resolve: %1</source>
        <translation>Oversold, to resolve: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="83"/>
        <source>Customers to call: %1</source>
        <translation>Customers to call: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>to set aside</source>
        <translation>to set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="96"/>
        <source>for %1</source>
        <translation>for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="98"/>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="100"/>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="112"/>
        <source>Which hold?</source>
        <translation>Which hold?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="120"/>
        <source>Set aside</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="121"/>
        <source>Picked up by the customer</source>
        <translation>Picked up by the customer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="122"/>
        <source>Sent by transfer</source>
        <translation>Sent by transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="123"/>
        <source>Release (expired or not wanted)</source>
        <translation>Release (expired or not wanted)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="126"/>
        <source>Cancel the hold (the customer no longer wants it)</source>
        <translation>Cancel the hold (the customer no longer wants it)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="128"/>
        <source>What happened?</source>
        <translation>What happened?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="134"/>
        <source>Hold updated: the other store is told.</source>
        <translation>Hold updated: the other store is told.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="149"/>
        <source>Transfer requests to this store</source>
        <translation>Transfer requests to this store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="156"/>
        <source>Which oversell?</source>
        <translation>Which oversell?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="162"/>
        <source>Transfer in from another store</source>
        <translation>Transfer in from another store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="163"/>
        <source>Customer contacted</source>
        <translation>Customer contacted</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="164"/>
        <source>Write off (book stock was wrong)</source>
        <translation>Write off (book stock was wrong)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="166"/>
        <source>How was it resolved?</source>
        <translation>How was it resolved?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="173"/>
        <source>Oversell resolved.</source>
        <translation>Oversell resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="181"/>
        <source>Resolving an oversell needs a manager's PIN.</source>
        <translation>Resolving an oversell needs a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="187"/>
        <source>Mark as called</source>
        <translation>Mark as called</translation>
    </message>
</context>
<context>
    <name>SubstituteFinder</name>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="38"/>
        <source>Substitutes for the open shift</source>
        <translation>Substitutes for the open shift</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="39"/>
        <source>Give the shift to the chosen person</source>
        <translation>Give the shift to the chosen person</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="66"/>
        <source>this store</source>
        <translation>this store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="68"/>
        <source>%1 h this week</source>
        <translation>%1 h this week</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="71"/>
        <source>Nobody can take it without breaking a rule.</source>
        <translation>Nobody can take it without breaking a rule.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="77"/>
        <source>Choose who takes the shift.</source>
        <translation>Choose who takes the shift.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="94"/>
        <source>The shift is taken; the hub confirms it.</source>
        <translation>The shift is taken; the hub confirms it.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="61"/>
        <source>Records not yet in the hub</source>
        <translation>Records not yet in the hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="66"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="79"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>Everything this computer recorded is in the hub.</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="49"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="50"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>TenderPanel</name>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="43"/>
        <source>Cash (MOP)</source>
        <translation>Cash (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="44"/>
        <source>Cash (HKD)</source>
        <translation>Cash (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="45"/>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="46"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="47"/>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="48"/>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="132"/>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="133"/>
        <source>Amount handed over (empty: exactly what is owed)</source>
        <translation>Amount handed over (empty: exactly what is owed)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="136"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="137"/>
        <source>Still to pay</source>
        <translation>Still to pay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="138"/>
        <source>Change (MOP)</source>
        <translation>Change (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="139"/>
        <source>Complete sale (F12)</source>
        <translation>Complete sale (F12)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="141"/>
        <location filename="../../desktop/views/counter_tender.py" line="150"/>
        <source>HKD rate: 1 HKD = %1 MOP</source>
        <translation>HKD rate: 1 HKD = %1 MOP</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="81"/>
        <source>Approve (manager PIN)</source>
        <translation>Approve (manager PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Confirm packing (PIN)</source>
        <translation>Confirm packing (PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Pack by scanning</source>
        <translation>Pack by scanning</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="83"/>
        <source>Dispatch and print slip</source>
        <translation>Dispatch and print slip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="84"/>
        <source>Reprint slip</source>
        <translation>Reprint slip</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Confirm receipt</source>
        <translation>Confirm receipt</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Receive</source>
        <translation>Receive</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="86"/>
        <source>Damaged…</source>
        <translation>Damaged…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="87"/>
        <source>Missing…</source>
        <translation>Missing…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="88"/>
        <source>Stop counting</source>
        <translation>Stop counting</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="89"/>
        <source>Cancel transfer</source>
        <translation>Cancel transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="90"/>
        <source>Close (manager PIN)</source>
        <translation>Close (manager PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="100"/>
        <source>Scan a handover slip, or choose a transfer</source>
        <translation>Scan a handover slip, or choose a transfer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="110"/>
        <source>From %1 to %2</source>
        <translation>From %1 to %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="117"/>
        <source>Approved automatically: under the store's limit of %1</source>
        <translation>Approved automatically: under the store's limit of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="120"/>
        <source>Packed by %1</source>
        <translation>Packed by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="122"/>
        <source>Carried by %1</source>
        <translation>Carried by %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="124"/>
        <source>In transit: %1</source>
        <translation>In transit: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="126"/>
        <source>Waiting for the hub to confirm the last step</source>
        <translation>Waiting for the hub to confirm the last step</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="135"/>
        <source>packed %1</source>
        <translation>packed %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="136"/>
        <source>received %1</source>
        <translation>received %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="138"/>
        <source>damaged %1</source>
        <translation>damaged %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="140"/>
        <source>missing %1</source>
        <translation>missing %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="16"/>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="17"/>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="18"/>
        <source>Packed</source>
        <translation>Packed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="19"/>
        <location filename="../../desktop/views/transfers_detail.py" line="49"/>
        <location filename="../../desktop/views/transfers_detail.py" line="110"/>
        <source>In transit</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="20"/>
        <source>Partly received</source>
        <translation>Partly received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="21"/>
        <location filename="../../desktop/views/transfers_detail.py" line="107"/>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="22"/>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="23"/>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="36"/>
        <source>← from %1</source>
        <translation>← from %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="37"/>
        <source>→ to %1</source>
        <translation>→ to %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="45"/>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="46"/>
        <source>Other store</source>
        <translation>Other store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="47"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="48"/>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="104"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="105"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="106"/>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="108"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="109"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="111"/>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>TransfersScreen</name>
    <message>
        <location filename="../../desktop/views/transfers.py" line="117"/>
        <source>Transfers</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="121"/>
        <source>Scan a handover slip to receive it, or an item to count it</source>
        <translation>Scan a handover slip to receive it, or an item to count it</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="180"/>
        <source>Transfer %1 opened: scan each item that arrived.</source>
        <translation>Transfer %1 opened: scan each item that arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="221"/>
        <source>Scan a handover slip first, or choose a transfer and press Pack.</source>
        <translation>Scan a handover slip first, or choose a transfer and press Pack.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="237"/>
        <source>Choose the item's line first.</source>
        <translation>Choose the item's line first.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="247"/>
        <source>Why are they written off?</source>
        <translation>Why are they written off?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="266"/>
        <source>Sign in on the Counter first: each step says who took it.</source>
        <translation>Sign in on the Counter first: each step says who took it.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="270"/>
        <source>A manager's PIN to approve sending</source>
        <translation>A manager's PIN to approve sending</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="272"/>
        <source>Approved.</source>
        <translation>Approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="281"/>
        <source>Scan each item as it goes into the box.</source>
        <translation>Scan each item as it goes into the box.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="288"/>
        <source>The packer's PIN: the slip carries the name it belongs to</source>
        <translation>The packer's PIN: the slip carries the name it belongs to</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="290"/>
        <source>Packed.</source>
        <translation>Packed.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Dispatch</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Who carries it (a colleague's name or the courier)?</source>
        <translation>Who carries it (a colleague's name or the courier)?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="306"/>
        <source>Dispatched: the stock is in transit.</source>
        <translation>Dispatched: the stock is in transit.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="331"/>
        <source>Scan each item that arrived.</source>
        <translation>Scan each item that arrived.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="339"/>
        <source>Receipt recorded.</source>
        <translation>Receipt recorded.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="347"/>
        <source>Cancel transfer %1?</source>
        <translation>Cancel transfer %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="349"/>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="354"/>
        <source>A manager's PIN to close it (what is still owed is missing)</source>
        <translation>A manager's PIN to close it (what is still owed is missing)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="356"/>
        <source>Closed.</source>
        <translation>Closed.</translation>
    </message>
</context>
<context>
    <name>UsbDevices</name>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="16"/>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="17"/>
        <source>Barcode scanner (USB keyboard mode)</source>
        <translation>Barcode scanner (USB keyboard mode)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="18"/>
        <source>Barcode scanner (HID POS mode)</source>
        <translation>Barcode scanner (HID POS mode)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="19"/>
        <source>Keyboard, or a scanner in keyboard mode</source>
        <translation>Keyboard, or a scanner in keyboard mode</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="20"/>
        <source>Other device</source>
        <translation>Other device</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="60"/>
        <source>Vendor:product</source>
        <translation>Vendor:product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="62"/>
        <source>What it is</source>
        <translation>What it is</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="110"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="111"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="112"/>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="113"/>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="114"/>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="115"/>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="116"/>
        <source>Adjustment</source>
        <translation>Adjustment</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="122"/>
        <source>none needed</source>
        <translation>none needed</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="124"/>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="126"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="127"/>
        <source>declined</source>
        <translation>declined</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="128"/>
        <source>waits for a manager</source>
        <translation>waits for a manager</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="120"/>
        <source>Welcome to Store Manager</source>
        <translation>Welcome to Store Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="121"/>
        <source>How will this computer be used?</source>
        <translation>How will this computer be used?</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="122"/>
        <source>Join my chain's hub</source>
        <translation>Join my chain's hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="124"/>
        <source>A manager gave you the hub's address and an enrollment code for this computer.</source>
        <translation>A manager gave you the hub's address and an enrollment code for this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="126"/>
        <source>Host the chain on this PC</source>
        <translation>Host the chain on this PC</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="128"/>
        <source>One shop, one counter: this computer keeps the chain's hub and is its till.</source>
        <translation>One shop, one counter: this computer keeps the chain's hub and is its till.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="130"/>
        <source>Try the demo</source>
        <translation>Try the demo</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="132"/>
        <source>A demo chain of five shops selling live. Nothing you do in it is real.</source>
        <translation>A demo chain of five shops selling live. Nothing you do in it is real.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>The database {path} is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>The database {path} was written by a newer version of this app. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>The demo's database {path} is damaged. Start the demo afresh (main.py --demo --reset-demo); that deletes only the files the demo made.</source>
        <translation>The demo's database {path} is damaged. Start the demo afresh (main.py --demo --reset-demo); that deletes only the files the demo made.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>{path} was not made by the demo, so the demo will neither replace nor delete it. Choose another file with --db.</source>
        <translation>{path} was not made by the demo, so the demo will neither replace nor delete it. Choose another file with --db.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>--db names a folder ({path}); it must name a database file, such as {path}/till.sqlite3.</source>
        <translation>--db names a folder ({path}); it must name a database file, such as {path}/till.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Unknown log level {level}. Use one of: {levels}.</source>
        <translation>Unknown log level {level}. Use one of: {levels}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>Cannot save a screenshot as {path}: use a name ending in one of {formats}.</source>
        <translation>Cannot save a screenshot as {path}: use a name ending in one of {formats}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>Cannot write the screenshot {path}: its folder cannot be created or written to.</source>
        <translation>Cannot write the screenshot {path}: its folder cannot be created or written to.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The record of printed receipts {path} is damaged, so the app cannot tell which receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record.</source>
        <translation>The record of printed receipts {path} is damaged, so the app cannot tell which receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>No product has the barcode {code}. Check the item or search by name.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="71"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>Barcode {code} was misread (its check digit is wrong). Scan it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="74"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>Product {sku} is not in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>The basket is empty. Scan an item first.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>Quantity {qty} is not allowed for {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="77"/>
        <source>Payment method {method} is not known.</source>
        <translation>Payment method {method} is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="78"/>
        <source>Enter an amount greater than zero.</source>
        <translation>Enter an amount greater than zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="79"/>
        <source>Card and wallet payments cannot be more than what is still owed.</source>
        <translation>Card and wallet payments cannot be more than what is still owed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="82"/>
        <source>The sale is already paid in full.</source>
        <translation>The sale is already paid in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="83"/>
        <source>The price of {sku} changed while it was in the basket. Scan it again.</source>
        <translation>The price of {sku} changed while it was in the basket. Scan it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="86"/>
        <source>That discount is more than the amount.</source>
        <translation>That discount is more than the amount.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="87"/>
        <source>Discounts above {limit}% need a manager's PIN.</source>
        <translation>Discounts above {limit}% need a manager's PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="90"/>
        <source>The payments do not cover the total yet.</source>
        <translation>The payments do not cover the total yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>No sale has the receipt {code} on this computer. Check the number, or refund at the store that sold it.</source>
        <translation>No sale has the receipt {code} on this computer. Check the number, or refund at the store that sold it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>At most {max} of {sku} can still be refunded on this receipt.</source>
        <translation>At most {max} of {sku} can still be refunded on this receipt.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="98"/>
        <source>Choose how many of which items come back.</source>
        <translation>Choose how many of which items come back.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="124"/>
        <source>This hold was already requested.</source>
        <translation>This hold was already requested.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="125"/>
        <source>A hold must last until a time later than now.</source>
        <translation>A hold must last until a time later than now.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="126"/>
        <source>Not enough available at that store to hold: someone else may have just taken it.</source>
        <translation>Not enough available at that store to hold: someone else may have just taken it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="129"/>
        <source>This hold is not known.</source>
        <translation>This hold is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="130"/>
        <source>The hold is still waiting to be set aside.</source>
        <translation>The hold is still waiting to be set aside.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="131"/>
        <source>The hold was already set aside.</source>
        <translation>The hold was already set aside.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="132"/>
        <source>The hold was already picked up or transferred.</source>
        <translation>The hold was already picked up or transferred.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="133"/>
        <source>The hold was already released.</source>
        <translation>The hold was already released.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="134"/>
        <source>Enter the customer's name or phone number.</source>
        <translation>Enter the customer's name or phone number.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="172"/>
        <source>A transfer needs another store than this one.</source>
        <translation>A transfer needs another store than this one.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="196"/>
        <source>Enter a phone number the store can call.</source>
        <translation>Enter a phone number the store can call.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="197"/>
        <source>This alert was already resolved.</source>
        <translation>This alert was already resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="198"/>
        <source>This device may not record that.</source>
        <translation>This device may not record that.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="199"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>A PIN is 4 to 8 digits.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="200"/>
        <source>That PIN is not right. Try again.</source>
        <translation>That PIN is not right. Try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="201"/>
        <source>Too many wrong PINs in a row. PINs can be tried again in {seconds} s.</source>
        <translation>Too many wrong PINs in a row. PINs can be tried again in {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204"/>
        <source>{name} may not approve this. Ask a manager.</source>
        <translation>{name} may not approve this. Ask a manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="205"/>
        <source>Only a store manager or an area manager may manage staff.</source>
        <translation>Only a store manager or an area manager may manage staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="208"/>
        <source>A store manager manages the staff of their own store only.</source>
        <translation>A store manager manages the staff of their own store only.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="211"/>
        <source>This member of staff outranks you. Ask an area manager.</source>
        <translation>This member of staff outranks you. Ask an area manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="212"/>
        <source>You may not give this role. Ask an area manager.</source>
        <translation>You may not give this role. Ask an area manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="213"/>
        <source>The discount limit can be at most {max} %.</source>
        <translation>The discount limit can be at most {max} %.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="214"/>
        <source>You cannot deactivate yourself or change your own role.</source>
        <translation>You cannot deactivate yourself or change your own role.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="215"/>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="216"/>
        <source>A name is at most {max} characters.</source>
        <translation>A name is at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="217"/>
        <source>Cashiers and store managers belong to a store; area managers and engineers to the whole chain.</source>
        <translation>Cashiers and store managers belong to a store; area managers and engineers to the whole chain.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="221"/>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>The two PINs are not the same. Type the new PIN twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="224"/>
        <source>Someone else who signs in here has that PIN. Choose another.</source>
        <translation>Someone else who signs in here has that PIN. Choose another.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="228"/>
        <source>Someone moving to another store needs a new PIN there: type it twice.</source>
        <translation>Someone moving to another store needs a new PIN there: type it twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="231"/>
        <source>This device is not assigned to a store.</source>
        <translation>This device is not assigned to a store.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="232"/>
        <source>The hub refused a record as malformed.</source>
        <translation>The hub refused a record as malformed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="233"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>The hub does not know this kind of record. Update the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="236"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>The hub refused a record for another store than this device's.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="239"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>The hub refused a record that conflicts with one it already has (the same receipt number).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="242"/>
        <source>A quantity, amount or text in this record is beyond the limits a record may hold.</source>
        <translation>A quantity, amount or text in this record is beyond the limits a record may hold.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="245"/>
        <source>The hub refused a record carrying information it does not know. Update the hub.</source>
        <translation>The hub refused a record carrying information it does not know. Update the hub.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="248"/>
        <source>This record is too large to be stored.</source>
        <translation>This record is too large to be stored.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="249"/>
        <source>The hub refused a record for a product the chain does not have.</source>
        <translation>The hub refused a record for a product the chain does not have.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="252"/>
        <source>The hub refused a record for a store the chain does not have.</source>
        <translation>The hub refused a record for a store the chain does not have.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="227"/>
        <source>The chain has no such member of staff.</source>
        <translation>The chain has no such member of staff.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>The settings file {path} cannot be used ({detail}). Nothing was changed. Restore it from a backup, or move it away and start the app with --enroll to connect this computer again.</source>
        <translation>The settings file {path} cannot be used ({detail}). Nothing was changed. Restore it from a backup, or move it away and start the app with --enroll to connect this computer again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="99"/>
        <source>Choose why the goods come back (for "Other", say why in a few words).</source>
        <translation>Choose why the goods come back (for "Other", say why in a few words).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="102"/>
        <source>Say why in at most {max} characters.</source>
        <translation>Say why in at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>This refund needs a manager's PIN (cash refunds and refunds above the store's limit).</source>
        <translation>This refund needs a manager's PIN (cash refunds and refunds above the store's limit).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="106"/>
        <source>The outgoing and the incoming cashier must be two different people, each with their own PIN.</source>
        <translation>The outgoing and the incoming cashier must be two different people, each with their own PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="110"/>
        <source>Both cashiers sign on the pads before handing over.</source>
        <translation>Both cashiers sign on the pads before handing over.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="113"/>
        <source>The variance is above the store's rule: a store manager types their PIN and a reason is given.</source>
        <translation>The variance is above the store's rule: a store manager types their PIN and a reason is given.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="117"/>
        <source>Say why the drawer does not match before it is approved.</source>
        <translation>Say why the drawer does not match before it is approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>The float kept cannot be more than the cash counted.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="123"/>
        <source>That handover is not on this computer.</source>
        <translation>That handover is not on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="135"/>
        <source>This repair ticket is not known here yet.</source>
        <translation>This repair ticket is not known here yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="136"/>
        <source>The ticket is still waiting for an engineer.</source>
        <translation>The ticket is still waiting for an engineer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="137"/>
        <source>The engineer declined this ticket; it goes to the next.</source>
        <translation>The engineer declined this ticket; it goes to the next.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="140"/>
        <source>The ticket was reopened and waits for an engineer.</source>
        <translation>The ticket was reopened and waits for an engineer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="143"/>
        <source>The ticket is offered to an engineer who has not accepted it yet.</source>
        <translation>The ticket is offered to an engineer who has not accepted it yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>Another engineer accepted this ticket first.</source>
        <translation>Another engineer accepted this ticket first.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="147"/>
        <source>The engineer is already on site.</source>
        <translation>The engineer is already on site.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="148"/>
        <source>The ticket was already resolved.</source>
        <translation>The ticket was already resolved.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="149"/>
        <source>The store already verified this repair.</source>
        <translation>The store already verified this repair.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="150"/>
        <source>This ticket is another engineer's.</source>
        <translation>This ticket is another engineer's.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="151"/>
        <source>This ticket was already raised.</source>
        <translation>This ticket was already raised.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="152"/>
        <source>Say what is wrong in a few words.</source>
        <translation>Say what is wrong in a few words.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="153"/>
        <source>Working hours must end after they start.</source>
        <translation>Working hours must end after they start.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="154"/>
        <source>This equipment is not in the store's register.</source>
        <translation>This equipment is not in the store's register.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="155"/>
        <source>Choose a typhoon signal: 1, 3, 8, 9, 10, or none.</source>
        <translation>Choose a typhoon signal: 1, 3, 8, 9, 10, or none.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="156"/>
        <source>This shift is not known.</source>
        <translation>This shift is not known.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="157"/>
        <source>The shift is already on the roster.</source>
        <translation>The shift is already on the roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158"/>
        <source>The shift is already open to substitutes.</source>
        <translation>The shift is already open to substitutes.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="159"/>
        <source>Someone else took this shift first. It is no longer open.</source>
        <translation>Someone else took this shift first. It is no longer open.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="162"/>
        <source>The shift was released for a typhoon or black rain.</source>
        <translation>The shift was released for a typhoon or black rain.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="165"/>
        <source>The shift was taken off the roster.</source>
        <translation>The shift was taken off the roster.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="166"/>
        <source>That would break a labour rule for {staff}: {rule} ({article}).</source>
        <translation>That would break a labour rule for {staff}: {rule} ({article}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="169"/>
        <source>This shift is not yours.</source>
        <translation>This shift is not yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="170"/>
        <source>There is no shift for you here today.</source>
        <translation>There is no shift for you here today.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171"/>
        <source>A shift must end after it starts, within a day.</source>
        <translation>A shift must end after it starts, within a day.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173"/>
        <source>This transfer is not known here yet.</source>
        <translation>This transfer is not known here yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="174"/>
        <source>The transfer has not been approved yet.</source>
        <translation>The transfer has not been approved yet.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175"/>
        <source>The transfer was already approved.</source>
        <translation>The transfer was already approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="176"/>
        <source>The transfer was already packed.</source>
        <translation>The transfer was already packed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177"/>
        <source>The other store already dispatched this transfer: it is on its way.</source>
        <translation>The other store already dispatched this transfer: it is on its way.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="180"/>
        <source>The transfer is already partly received.</source>
        <translation>The transfer is already partly received.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="181"/>
        <source>The transfer was already received in full.</source>
        <translation>The transfer was already received in full.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="182"/>
        <source>The transfer was already closed.</source>
        <translation>The transfer was already closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183"/>
        <source>The other store already cancelled this transfer.</source>
        <translation>The other store already cancelled this transfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="186"/>
        <source>This transfer was already requested.</source>
        <translation>This transfer was already requested.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="187"/>
        <source>Scan the items packed before confirming.</source>
        <translation>Scan the items packed before confirming.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="188"/>
        <source>More units than are still on their way for this item: check the counts.</source>
        <translation>More units than are still on their way for this item: check the counts.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="191"/>
        <source>This item was not sent in this transfer.</source>
        <translation>This item was not sent in this transfer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="192"/>
        <source>Say why the damaged units are written off.</source>
        <translation>Say why the damaged units are written off.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="193"/>
        <source>The limit must be between MOP 0 (off) and MOP 10,000,000,000.</source>
        <translation>The limit must be between MOP 0 (off) and MOP 10,000,000,000.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="255"/>
        <source>The hub could not store this record and refused it. The records after it were sent.</source>
        <translation>The hub could not store this record and refused it. The records after it were sent.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="258"/>
        <source>This till's database was restored or copied: the hub already has other records under the same numbers. Call a manager before selling on.</source>
        <translation>This till's database was restored or copied: the hub already has other records under the same numbers. Call a manager before selling on.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="263"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>The hub does not answer. Sales are kept on this computer and sent when it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="266"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>The hub sent something this app does not understand.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="267"/>
        <source>Part of the hub's log went missing on the way; this computer reconnects and reads it again.</source>
        <translation>Part of the hub's log went missing on the way; this computer reconnects and reads it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="271"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>The hub did not accept this device. Ask a manager to enrol it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="274"/>
        <source>The hub did not answer in time.</source>
        <translation>The hub did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="275"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>A message was too large for the hub; it will be sent in smaller parts.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="278"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>This app and the hub speak different protocol versions. Update the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="281"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>Syncing failed unexpectedly; it will be retried.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="282"/>
        <source>This device was removed from the chain by a manager. Its records stay on this computer. To sync again, ask a manager for a new enrollment code.</source>
        <translation>This device was removed from the chain by a manager. Its records stay on this computer. To sync again, ask a manager for a new enrollment code.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="287"/>
        <source>Another copy of this till connected to the hub with the same enrollment (a second window of Store Manager, or a copied computer), so this one stopped syncing. Its sales are kept here. Close the other copy: this one checks now and then and syncs again once it is gone.</source>
        <translation>Another copy of this till connected to the hub with the same enrollment (a second window of Store Manager, or a copied computer), so this one stopped syncing. Its sales are kept here. Close the other copy: this one checks now and then and syncs again once it is gone.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="293"/>
        <source>Another copy of this till is connected to the hub; this one waits until it is closed.</source>
        <translation>Another copy of this till is connected to the hub; this one waits until it is closed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="296"/>
        <source>This computer did not take what the hub sent for too long; it reconnects and carries on where it stopped.</source>
        <translation>This computer did not take what the hub sent for too long; it reconnects and carries on where it stopped.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="300"/>
        <source>The hub's security certificate is not the one this device knows, so nothing was sent to it. If the hub was replaced on purpose, ask a manager for a new enrollment code; otherwise call your IT contact.</source>
        <translation>The hub's security certificate is not the one this device knows, so nothing was sent to it. If the hub was replaced on purpose, ask a manager for a new enrollment code; otherwise call your IT contact.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="305"/>
        <source>The hub address {url} is not encrypted (ws://). Use its wss:// address: plain ws:// works only on this computer.</source>
        <translation>The hub address {url} is not encrypted (ws://). Use its wss:// address: plain ws:// works only on this computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="309"/>
        <source>{url} is not a hub address. A hub address looks like wss://backoffice:8765.</source>
        <translation>{url} is not a hub address. A hub address looks like wss://backoffice:8765.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="312"/>
        <source>The hub serves on {host} only with a certificate (--cert and --key).</source>
        <translation>The hub serves on {host} only with a certificate (--cert and --key).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="315"/>
        <source>The hub's certificate {cert} or key {key} cannot be used: {detail}</source>
        <translation>The hub's certificate {cert} or key {key} cannot be used: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="318"/>
        <source>The hub does not know this enrollment code. Check it, or ask the manager for a new one.</source>
        <translation>The hub does not know this enrollment code. Check it, or ask the manager for a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="321"/>
        <source>This enrollment code has already been used. A code enrols one device: ask the manager for a new one.</source>
        <translation>This enrollment code has already been used. A code enrols one device: ask the manager for a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="325"/>
        <source>This enrollment code has expired. Ask the manager for a new one.</source>
        <translation>This enrollment code has expired. Ask the manager for a new one.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="328"/>
        <source>That is not an enrollment code. A code has 12 or 24 letters and digits, such as ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.</source>
        <translation>That is not an enrollment code. A code has 12 or 24 letters and digits, such as ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="332"/>
        <source>Only a manager's device may create enrollment codes, and only for its own store.</source>
        <translation>Only a manager's device may create enrollment codes, and only for its own store.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="335"/>
        <source>The hub has no store {store}.</source>
        <translation>The hub has no store {store}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="336"/>
        <source>A counter PC belongs to a store: choose one.</source>
        <translation>A counter PC belongs to a store: choose one.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="337"/>
        <source>{role} is not a kind of device this app knows.</source>
        <translation>{role} is not a kind of device this app knows.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="338"/>
        <source>A code must be valid for between 5 minutes and 7 days.</source>
        <translation>A code must be valid for between 5 minutes and 7 days.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="339"/>
        <source>A device called {device_id} is already enrolled.</source>
        <translation>A device called {device_id} is already enrolled.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="340"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="345"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="348"/>
        <source>The USB library (libusb) is missing, so USB printers and scanners cannot be used. Scanners that type like a keyboard still work. See the hardware guide.</source>
        <translation>The USB library (libusb) is missing, so USB printers and scanners cannot be used. Scanners that type like a keyboard still work. See the hardware guide.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="352"/>
        <source>The USB device {device} is not connected. Check the cable and the power, then refresh the list in Settings, Devices.</source>
        <translation>The USB device {device} is not connected. Check the cable and the power, then refresh the list in Settings, Devices.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="356"/>
        <source>This computer's user may not open the USB device {device}. On Linux, install the udev rule that comes with the app (99-store-manager-usb.rules) and add the user to the plugdev group; see the hardware guide.</source>
        <translation>This computer's user may not open the USB device {device}. On Linux, install the udev rule that comes with the app (99-store-manager-usb.rules) and add the user to the plugdev group; see the hardware guide.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="360"/>
        <source>The USB device {device} is in use by another driver or program (a system print queue such as CUPS, or another copy of this app). Remove it from the system's printers or close the other program, then try again.</source>
        <translation>The USB device {device} is in use by another driver or program (a system print queue such as CUPS, or another copy of this app). Remove it from the system's printers or close the other program, then try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="364"/>
        <source>The USB device {device} reported an error ({detail}). Unplug it, plug it in again and retry.</source>
        <translation>The USB device {device} reported an error ({detail}). Unplug it, plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="368"/>
        <source>No receipt printer is chosen yet. Choose one in Settings, Devices.</source>
        <translation>No receipt printer is chosen yet. Choose one in Settings, Devices.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="371"/>
        <source>The printer {device} did not answer in time. Nothing was printed: check that it is on and has paper, then print again.</source>
        <translation>The printer {device} did not answer in time. Nothing was printed: check that it is on and has paper, then print again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="375"/>
        <source>The printer {device} stopped answering while printing {job}; the slip may be incomplete. It is not sent again by itself: check the paper and the cover, then reprint it as a copy if needed.</source>
        <translation>The printer {device} stopped answering while printing {job}; the slip may be incomplete. It is not sent again by itself: check the paper and the cover, then reprint it as a copy if needed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="379"/>
        <source>Slip {job} had already gone to the printer when it stopped answering, so it is not printed again. Reprint it as a copy if it did not come out whole.</source>
        <translation>Slip {job} had already gone to the printer when it stopped answering, so it is not printed again. Reprint it as a copy if it did not come out whole.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="383"/>
        <source>The printer {device} is out of paper. Put in a new roll and print again.</source>
        <translation>The printer {device} is out of paper. Put in a new roll and print again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="386"/>
        <source>The cover of the printer {device} is open. Close it and print again.</source>
        <translation>The cover of the printer {device} is open. Close it and print again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="389"/>
        <source>The printer {device} is offline or shows an error. Check the paper, the cover and its error light, then print again.</source>
        <translation>The printer {device} is offline or shows an error. Check the paper, the cover and its error light, then print again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="393"/>
        <source>The system printer {printer} could not print. Check it in the system's printer settings.</source>
        <translation>The system printer {printer} could not print. Check it in the system's printer settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="396"/>
        <source>Cannot write the PDF {path}. Choose another folder or file name.</source>
        <translation>Cannot write the PDF {path}. Choose another folder or file name.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="399"/>
        <source>That count is no longer here. Open the list of counts again.</source>
        <translation>That count is no longer here. Open the list of counts again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="402"/>
        <source>A count of {qty} for {sku} is not possible. Type the number of units on the shelf.</source>
        <translation>A count of {qty} for {sku} is not possible. Type the number of units on the shelf.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="405"/>
        <source>Nothing has been counted yet. Scan the items on the shelf first.</source>
        <translation>Nothing has been counted yet. Scan the items on the shelf first.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="408"/>
        <source>A manager has already decided on this count.</source>
        <translation>A manager has already decided on this count.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="409"/>
        <source>Nothing in this count waits for a manager.</source>
        <translation>Nothing in this count waits for a manager.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="410"/>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="411"/>
        <source>The file is not text in UTF-8, UTF-16 or Big5. Save it again as CSV UTF-8.</source>
        <translation>The file is not text in UTF-8, UTF-16 or Big5. Save it again as CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="414"/>
        <source>The file is not a readable CSV file ({detail}).</source>
        <translation>The file is not a readable CSV file ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="415"/>
        <source>The Excel file cannot be read ({detail}). Open it in Excel and save it again as .xlsx.</source>
        <translation>The Excel file cannot be read ({detail}). Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="418"/>
        <source>The column {column} is missing from the first row.</source>
        <translation>The column {column} is missing from the first row.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="421"/>
        <source>The column {column} is not one this import knows.</source>
        <translation>The column {column} is not one this import knows.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="422"/>
        <source>The column {column} appears twice.</source>
        <translation>The column {column} appears twice.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="423"/>
        <source>There is no store {store} (column {column}).</source>
        <translation>There is no store {store} (column {column}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="424"/>
        <source>This device belongs to {own}; it cannot set opening stock for {store}.</source>
        <translation>This device belongs to {own}; it cannot set opening stock for {store}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="427"/>
        <source>The file has {rows} rows; at most {max} can be imported at once.</source>
        <translation>The file has {rows} rows; at most {max} can be imported at once.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="430"/>
        <source>The file has a header row but no products.</source>
        <translation>The file has a header row but no products.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="431"/>
        <source>{column} is empty.</source>
        <translation>{column} is empty.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="432"/>
        <source>{column} is longer than {max} characters.</source>
        <translation>{column} is longer than {max} characters.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="433"/>
        <source>SKU {sku} may only contain letters, digits and . _ / -</source>
        <translation>SKU {sku} may only contain letters, digits and . _ / -</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="434"/>
        <source>SKU {sku} is already on row {first}.</source>
        <translation>SKU {sku} is already on row {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="435"/>
        <source>Price {value} is not an amount in patacas (for example 128.50).</source>
        <translation>Price {value} is not an amount in patacas (for example 128.50).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="438"/>
        <source>Barcode {code} is not a valid barcode (EAN/UPC has 8, 12, 13 or 14 digits).</source>
        <translation>Barcode {code} is not a valid barcode (EAN/UPC has 8, 12, 13 or 14 digits).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="441"/>
        <source>Barcode {code} has a wrong check digit (it should end in {digit}).</source>
        <translation>Barcode {code} has a wrong check digit (it should end in {digit}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="444"/>
        <source>Barcode {code} is already on row {first}.</source>
        <translation>Barcode {code} is already on row {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="445"/>
        <source>Barcode {code} already belongs to product {sku}.</source>
        <translation>Barcode {code} already belongs to product {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="446"/>
        <source>Opening stock {value} for {store} is not a whole number from 0 up.</source>
        <translation>Opening stock {value} for {store} is not a whole number from 0 up.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="449"/>
        <source>The file has {count} problem(s); nothing was imported.</source>
        <translation>The file has {count} problem(s); nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="452"/>
        <source>The file is larger than {max} MB. Split it into smaller files.</source>
        <translation>The file is larger than {max} MB. Split it into smaller files.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="455"/>
        <source>The file cannot be read: {detail}.</source>
        <translation>The file cannot be read: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="456"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>Something went wrong: {detail}. Nothing was lost; try again.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="463"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="464"/>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="465"/>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="466"/>
        <source>Store details</source>
        <translation>Store details</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="467"/>
        <source>Staff details</source>
        <translation>Staff details</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="468"/>
        <source>Staff added</source>
        <translation>Staff added</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="469"/>
        <source>Staff changed</source>
        <translation>Staff changed</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="470"/>
        <source>PIN set</source>
        <translation>PIN set</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="471"/>
        <source>Staff activated or deactivated</source>
        <translation>Staff activated or deactivated</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="472"/>
        <source>Stocktake</source>
        <translation>Stocktake</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="473"/>
        <source>Stocktake approval</source>
        <translation>Stocktake approval</translation>
    </message>
</context>
</TS>
