<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_MO">
<context>
    <name>App</name>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="228"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>尚有 %n 項記錄未傳送到總部伺服器。記錄已安全保存在這部電腦，下次連線時會自動傳送。仍要結束嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="236"/>
        <source>Records not yet sent</source>
        <translation>記錄尚未傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="350"/>
        <source>Store Manager cannot start</source>
        <translation>店舖管家無法啟動</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="14"/>
        <source>Transfers</source>
        <translation>調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="15"/>
        <source>Move stock between stores with approval, packing and printed handover slips.</source>
        <translation>在分店之間調貨，包括審批、包裝及列印交收單。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="20"/>
        <source>Shift handover</source>
        <translation>交更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="21"/>
        <source>Count the till, note open matters and hand the shift over to the next team.</source>
        <translation>點算錢箱、記下未完成事項，然後交更給下一更同事。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="26"/>
        <source>Repairs</source>
        <translation>維修</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="27"/>
        <source>Raise a repair ticket for broken equipment; the nearest available engineer is dispatched.</source>
        <translation>為故障設備開立維修單；系統會派出最近而有空的技術員。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="33"/>
        <source>Shifts</source>
        <translation>更表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="34"/>
        <source>Plan rosters, find substitutes, record attendance and typhoon closures.</source>
        <translation>編排更表、安排替更，記錄出勤及颱風停業。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="39"/>
        <source>Members</source>
        <translation>會員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="40"/>
        <source>Know loyal customers, build segments and run win-back campaigns.</source>
        <translation>認識熟客、劃分客群，並推出挽回舊客的推廣活動。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="43"/>
        <source>Dashboard</source>
        <translation>數據總覽</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="44"/>
        <source>Sales and stock KPIs as charts, and the monthly review report.</source>
        <translation>以圖表顯示銷售及存貨指標，並提供每月檢討報告。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="47"/>
        <source>Inbox</source>
        <translation>收件匣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="48"/>
        <source>Requests, holds to set aside and alerts from other stores, in one list.</source>
        <translation>其他分店的請求、需預留的留貨及警示，集中在同一清單。</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="83"/>
        <source>Placeholder: not available yet</source>
        <translation>預留功能：尚未推出</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="91"/>
        <location filename="../../desktop/views/counter.py" line="94"/>
        <source>Counter</source>
        <translation>收銀</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="95"/>
        <source>Scan or type a barcode or SKU, then press Enter</source>
        <translation>掃描或輸入條碼或 SKU，然後按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="96"/>
        <source>Remove line</source>
        <translation>移除此項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="97"/>
        <source>Clear basket</source>
        <translation>清空購物籃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="98"/>
        <source>Pay (F12)</source>
        <translation>結帳（F12）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="99"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="101"/>
        <source>The basket is empty.
Scan an item, or type its barcode or SKU above and press Enter.</source>
        <translation>購物籃是空的。
請掃描貨品，或在上方輸入條碼或 SKU 後按 Enter。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="135"/>
        <source>Added: %1</source>
        <translation>已加入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="158"/>
        <source>Sale recorded: %1</source>
        <translation>已記錄銷售：%1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>Store Manager</source>
        <translation>店舖管家</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="60"/>
        <location filename="../../desktop/views/settings.py" line="71"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="72"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="73"/>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="74"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="75"/>
        <source>This device</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="76"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="77"/>
        <source>Hub</source>
        <translation>總部伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="78"/>
        <source>Data folder</source>
        <translation>數據資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="79"/>
        <source>Placeholder: not available yet</source>
        <translation>預留功能：尚未推出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="82"/>
        <source>USB barcode scanners and receipt printers will be listed and tested here. Until then, a scanner that types like a keyboard works in the Counter's scan field.</source>
        <translation>USB 條碼掃描器及收據打印機將會在此列出及測試。在此之前，可像鍵盤一樣輸入的掃描器，可直接在「收銀」的掃描欄使用。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="28"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● 離線工作（未設定總部伺服器）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="31"/>
        <source>● Online · catching up</source>
        <translation>● 已連線 · 正在同步</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online</source>
        <translation>● 已連線</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="34"/>
        <source>● Connecting to the hub…</source>
        <translation>● 正在連接總部伺服器…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Offline since %1</source>
        <translation>● 自 %1 起離線</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="46"/>
        <source>Other stores: not connected to a hub</source>
        <translation>其他分店：未連接總部伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="48"/>
        <source>Other stores: live</source>
        <translation>其他分店：即時</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="50"/>
        <source>Other stores: not received yet</source>
        <translation>其他分店：尚未收到資料</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>其他分店：正在同步（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="61"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>其他分店截至 %1（離線）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="69"/>
        <source>Everything synced</source>
        <translation>全部已同步</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="74"/>
        <source>oldest %1</source>
        <translation>最早 %1</translation>
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
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="148"/>
        <source>Price</source>
        <translation>售價</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="151"/>
        <source>All stores</source>
        <translation>全部分店</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="83"/>
        <source>Stock</source>
        <translation>存貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="86"/>
        <source>Stock in every store</source>
        <translation>各分店存貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="87"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>按名稱（中文 / English / Português）、SKU 或條碼搜尋</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="89"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>暫未有貨品。本機連線後，貨品目錄會由總部伺服器傳送過來。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="200"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 款貨品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="203"/>
        <source>%1 of %2 products</source>
        <translation>顯示 %1 款（共 %2 款貨品）</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="84"/>
        <source>Records not yet in the hub</source>
        <translation>尚未送達總部伺服器的記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="89"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>待傳送的記錄已安全保存在這部電腦，總部伺服器一有回應便會傳送。被拒收的記錄未獲總部伺服器接受，其對本店存貨的影響已經撤銷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="99"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>這部電腦的所有記錄均已送達總部伺服器。</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="72"/>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="73"/>
        <source>Refused: %1</source>
        <translation>已拒收：%1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>本機資料庫檔案 {path} 已損壞，無法開啟。未有作出任何更改。請從備份還原，或選擇另一個數據資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>無法在 {path} 建立或寫入資料庫。請檢查該資料夾是否存在，以及此用戶是否有寫入權限。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>資料庫 {path} 正被另一個程式使用。請關閉該程式後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>資料庫 {path} 由較新版本的本程式寫入。請先更新程式再開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>找不到條碼為 {code} 的貨品。請檢查貨品，或按名稱搜尋。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="44"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>條碼 {code} 讀取錯誤（校驗碼不正確）。請重新掃描。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>貨品 {sku} 不在貨品目錄內。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>購物籃是空的。請先掃描貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="49"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>貨品 {sku} 不可使用數量 {qty}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>This device is not assigned to a store.</source>
        <translation>本機尚未指派到任何分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="51"/>
        <source>The hub refused a record as malformed.</source>
        <translation>總部伺服器拒收一項記錄：格式錯誤。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>總部伺服器無法識別此類記錄。請更新程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>總部伺服器拒收一項記錄：該記錄屬於其他分店，並非本機所屬分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>總部伺服器拒收一項與現有記錄衝突的記錄（收據編號相同）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>總部伺服器沒有回應。銷售記錄會保存在這部電腦，待伺服器恢復後自動傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>總部伺服器傳來本程式無法理解的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="65"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>總部伺服器不接受本機。請聯絡經理重新登記本機。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>The hub did not answer in time.</source>
        <translation>總部伺服器回應逾時。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="69"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>訊息太大，總部伺服器無法接收；系統會分拆成較小部分再傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="72"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>本程式與總部伺服器的通訊協定版本不同。請更新程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>同步意外失敗，系統稍後會重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>這部電腦沒有可用的密碼儲存（{backend}），無法安全保存裝置金鑰。請安裝或解鎖系統鑰匙圈；金鑰絕不會寫入普通檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="81"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>系統鑰匙圈無法運作（{backend}）：{detail}。請解鎖後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="84"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>發生錯誤：{detail}。資料沒有遺失，請再試一次。</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>Sale</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="92"/>
        <source>Goods received</source>
        <translation>收貨</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="93"/>
        <source>Product details</source>
        <translation>貨品資料</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="94"/>
        <source>Store details</source>
        <translation>分店資料</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>Staff details</source>
        <translation>員工資料</translation>
    </message>
</context>
</TS>
