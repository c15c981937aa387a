<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="228"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>%n record have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</numerusform>
            <numerusform>%n records have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="236"/>
        <source>Records not yet sent</source>
        <translation>Records not yet sent</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="350"/>
        <source>Store Manager cannot start</source>
        <translation>Store Manager cannot start</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Amount</source>
        <translation>Amount</translation>
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
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="91"/>
        <location filename="../../desktop/views/counter.py" line="94"/>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="95"/>
        <source>Scan or type a barcode or SKU, then press Enter</source>
        <translation>Scan or type a barcode or SKU, then press Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="96"/>
        <source>Remove line</source>
        <translation>Remove line</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="97"/>
        <source>Clear basket</source>
        <translation>Clear basket</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="98"/>
        <source>Pay (F12)</source>
        <translation>Pay (F12)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="99"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="101"/>
        <source>The basket is empty.
Scan an item, or type its barcode or SKU above and press Enter.</source>
        <translation>The basket is empty.
Scan an item, or type its barcode or SKU above and press Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="135"/>
        <source>Added: %1</source>
        <translation>Added: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="158"/>
        <source>Sale recorded: %1</source>
        <translation>Sale recorded: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>Store Manager</source>
        <translation>Store Manager</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="60"/>
        <location filename="../../desktop/views/settings.py" line="71"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="72"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="73"/>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="74"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="75"/>
        <source>This device</source>
        <translation>This device</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="76"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="77"/>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="78"/>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="79"/>
        <source>Placeholder: not available yet</source>
        <translation>Placeholder: not available yet</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="82"/>
        <source>USB barcode scanners and receipt printers will be listed and tested here. Until then, a scanner that types like a keyboard works in the Counter's scan field.</source>
        <translation>USB barcode scanners and receipt printers will be listed and tested here. Until then, a scanner that types like a keyboard works in the Counter's scan field.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="28"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● Working offline (no hub configured)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="31"/>
        <source>● Online · catching up</source>
        <translation>● Online · catching up</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="34"/>
        <source>● Connecting to the hub…</source>
        <translation>● Connecting to the hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Offline since %1</source>
        <translation>● Offline since %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>retrying in %1 s</source>
        <translation>retrying in %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="46"/>
        <source>Other stores: not connected to a hub</source>
        <translation>Other stores: not connected to a hub</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="48"/>
        <source>Other stores: live</source>
        <translation>Other stores: live</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="50"/>
        <source>Other stores: not received yet</source>
        <translation>Other stores: not received yet</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>Other stores: catching up (as of %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="61"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>Other stores as of %1 (offline)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="69"/>
        <source>Everything synced</source>
        <translation>Everything synced</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="74"/>
        <source>oldest %1</source>
        <translation>oldest %1</translation>
    </message>
</context>
<context>
    <name>StockMatrixModel</name>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="144"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="146"/>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="148"/>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="151"/>
        <source>All stores</source>
        <translation>All stores</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="83"/>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="86"/>
        <source>Stock in every store</source>
        <translation>Stock in every store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="87"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>Search by name (中文 / English / Português), SKU or barcode</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="89"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>No products yet. The catalogue arrives from the hub once this device is connected.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="200"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="203"/>
        <source>%1 of %2 products</source>
        <translation>%1 of %2 products</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="84"/>
        <source>Records not yet in the hub</source>
        <translation>Records not yet in the hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="89"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="99"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>Everything this computer recorded is in the hub.</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Store</source>
        <translation>Store</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="72"/>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="73"/>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>The database {path} is in use by another program. Close it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>The database {path} was written by a newer version of this app. Update the app to open it.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>No product has the barcode {code}. Check the item or search by name.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="44"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>Barcode {code} was misread (its check digit is wrong). Scan it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>Product {sku} is not in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>The basket is empty. Scan an item first.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="49"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>Quantity {qty} is not allowed for {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>This device is not assigned to a store.</source>
        <translation>This device is not assigned to a store.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="51"/>
        <source>The hub refused a record as malformed.</source>
        <translation>The hub refused a record as malformed.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>The hub does not know this kind of record. Update the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>The hub refused a record for another store than this device's.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>The hub refused a record that conflicts with one it already has (the same receipt number).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>The hub does not answer. Sales are kept on this computer and sent when it is back.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>The hub sent something this app does not understand.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="65"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>The hub did not accept this device. Ask a manager to enrol it again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>The hub did not answer in time.</source>
        <translation>The hub did not answer in time.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="69"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>A message was too large for the hub; it will be sent in smaller parts.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="72"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>This app and the hub speak different protocol versions. Update the app.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>Syncing failed unexpectedly; it will be retried.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="81"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="84"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>Something went wrong: {detail}. Nothing was lost; try again.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>Sale</source>
        <translation>Sale</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="92"/>
        <source>Goods received</source>
        <translation>Goods received</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="93"/>
        <source>Product details</source>
        <translation>Product details</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="94"/>
        <source>Store details</source>
        <translation>Store details</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>Staff details</source>
        <translation>Staff details</translation>
    </message>
</context>
</TS>
