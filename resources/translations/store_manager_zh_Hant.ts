<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_MO">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="355"/>
        <source>This device cannot sync</source>
        <translation>此裝置無法同步</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="345"/>
        <source>Enrol this computer again…</source>
        <translation>重新登記這部電腦…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="356"/>
        <source>This computer is enrolled again. Store Manager closes now: start it again to sync.</source>
        <translation>這部電腦已重新登記。店舖管家現在會關閉：請再次開啟以同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="425"/>
        <source>%1 was deactivated by a manager and is signed out.</source>
        <translation>%1 已被經理停用，現已登出。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="498"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>尚有 %n 項記錄未傳送到總部伺服器。記錄已安全保存在這部電腦，下次連線時會自動傳送。仍要結束嗎？</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="506"/>
        <source>Records not yet sent</source>
        <translation>記錄尚未傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="609"/>
        <location filename="../../desktop/app.py" line="658"/>
        <location filename="../../desktop/app.py" line="687"/>
        <location filename="../../desktop/app.py" line="699"/>
        <source>Store Manager cannot start</source>
        <translation>店舖管家無法啟動</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="614"/>
        <source>Start the demo afresh</source>
        <translation>重新開始示範</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="71"/>
        <source>Variance above the store's rule: a store manager approves</source>
        <translation>差額超出本店規定：須由店長批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="72"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="73"/>
        <source>Manager's PIN</source>
        <translation>店長 PIN</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="29"/>
        <source>in at %1</source>
        <translation>%1 上班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="30"/>
        <source>late: in at %1</source>
        <translation>遲到：%1 上班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="31"/>
        <source>not clocked in</source>
        <translation>未打卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="32"/>
        <source>due</source>
        <translation>未到上班時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="63"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="64"/>
        <source>Clock in</source>
        <translation>上班打卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="65"/>
        <source>Clock out</source>
        <translation>下班打卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="91"/>
        <source>Nobody is due here today.</source>
        <translation>今日本店沒有人當值。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="96"/>
        <source>Sign in at the Counter with your PIN first.</source>
        <translation>請先在收銀頁以密碼登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked in.</source>
        <translation>%1 已上班打卡。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked out.</source>
        <translation>%1 已下班打卡。</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="131"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="132"/>
        <source>Qty</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="133"/>
        <source>Unit price</source>
        <translation>單價</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="134"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="135"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="91"/>
        <source>Import catalogue</source>
        <translation>匯入貨品目錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="94"/>
        <source>A CSV (UTF-8 or Big5) or Excel file with a header row: sku, barcodes, name_zh, name_en, name_pt, price_mop, category, and optionally stock:STORE-ID columns with opening stock. Nothing is written until the file has no problems; then every product is imported at once.</source>
        <translation>CSV（UTF-8 或 Big5）或 Excel 檔案，第一行為欄名：sku、barcodes、name_zh、name_en、name_pt、price_mop、category，另可加 stock:分店編號 欄填寫開業存貨。檔案沒有任何問題之前不會寫入任何資料；之後全部貨品一次過匯入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="99"/>
        <source>Choose file…</source>
        <translation>選擇檔案…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="101"/>
        <source>Area manager's PIN</source>
        <translation>區域經理密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="102"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="103"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Choose a catalogue file</source>
        <translation>選擇貨品目錄檔案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Catalogue (*.csv *.txt *.xlsx)</source>
        <translation>貨品目錄 (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="121"/>
        <source>Checking…</source>
        <translation>檢查中…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="143"/>
        <source>Choose a file to check it.</source>
        <translation>請選擇要檢查的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="148"/>
        <source>Read as %1.</source>
        <translation>以 %1 讀取。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="150"/>
        <source>%1 product(s) ready (%2 new).</source>
        <translation>%1 件貨品可匯入（%2 件新貨品）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="156"/>
        <source>%1 problem(s): fix them in the file and choose it again.</source>
        <translation>%1 個問題：請在檔案中改正，然後再選擇檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="161"/>
        <source>No problems found.</source>
        <translation>沒有發現問題。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="196"/>
        <source>Imported %1 product(s).</source>
        <translation>已匯入 %1 件貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="197"/>
        <source>The catalogue is updated; the hub sends it to every store.</source>
        <translation>貨品目錄已更新，中央伺服器會傳送到每間分店。</translation>
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
    <name>CounterActions</name>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="183"/>
        <location filename="../../desktop/views/counter_actions.py" line="406"/>
        <location filename="../../desktop/views/counter_other_stores.py" line="73"/>
        <location filename="../../desktop/views/counter_refund.py" line="251"/>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="185"/>
        <source>Enter your PIN to complete the sale.</source>
        <translation>請輸入您的密碼以完成交易。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="229"/>
        <source>Change: %1</source>
        <translation>找續：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="236"/>
        <source>Sale %1 recorded: %2</source>
        <translation>銷售 %1 已記錄：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="291"/>
        <source>Line discount</source>
        <translation>單項折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="303"/>
        <source>Basket discount</source>
        <translation>整單折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="323"/>
        <source>A discount of %1% is above your limit. A manager's PIN, please.</source>
        <translation>%1% 的折扣超出你的權限，請經理輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="333"/>
        <source>Above %1's limit too.</source>
        <translation>亦超出 %1 的權限。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="342"/>
        <source>Discount approved by %1</source>
        <translation>折扣已由 %1 批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="376"/>
        <source>Voided (approved by %1)</source>
        <translation>已取消（由 %1 批准）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="396"/>
        <source>Voiding needs a manager's PIN.</source>
        <translation>取消貨品需要經理密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="412"/>
        <source>Drawer opened without a sale: it is counted on the shift handover.</source>
        <translation>已開錢箱（無銷售）：會計入交更記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="432"/>
        <source>Basket parked: %1</source>
        <translation>購物籃已暫存：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="443"/>
        <source>No parked baskets.</source>
        <translation>沒有暫存的購物籃。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="446"/>
        <source>Recall which basket?</source>
        <translation>取回哪一個購物籃？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="458"/>
        <source>Basket recalled.</source>
        <translation>購物籃已取回。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="296"/>
        <source>Refunded %1</source>
        <translation>已退款 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="82"/>
        <source>Hold sent to %1; waiting for the hub to grant it.</source>
        <translation>留貨要求已送往%1，等待總部伺服器批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="143"/>
        <source>Transfer requested from %1.</source>
        <translation>已向%1要求調貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="171"/>
        <source>On the waitlist: the store will call when it arrives.</source>
        <translation>已加入輪候名單：貨到後分店會致電通知。</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="279"/>
        <location filename="../../desktop/views/counter.py" line="282"/>
        <source>Counter</source>
        <translation>收銀</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="283"/>
        <source>Scan, or type a barcode, SKU or name, then press Enter</source>
        <translation>掃描，或輸入條碼、貨號或名稱，再按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="284"/>
        <source>Refund…</source>
        <translation>退貨退款…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="285"/>
        <source>Reprint</source>
        <translation>重印收據</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="286"/>
        <source>Print the last receipt again, marked COPY</source>
        <translation>再印上一張收據，並註明「副本」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="287"/>
        <source>Park basket</source>
        <translation>暫存購物籃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="288"/>
        <source>Recall…</source>
        <translation>取回購物籃…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="289"/>
        <source>No sale</source>
        <translation>開錢箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="291"/>
        <source>Open the cash drawer without a sale (counted on the shift handover)</source>
        <translation>不做銷售打開錢箱（計入交更記錄）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="293"/>
        <source>Quantity…</source>
        <translation>數量…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="294"/>
        <source>Line discount…</source>
        <translation>單項折扣…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="295"/>
        <source>Basket discount…</source>
        <translation>整單折扣…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="296"/>
        <source>Void line</source>
        <translation>取消此項</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="297"/>
        <source>Void basket</source>
        <translation>取消整單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="301"/>
        <source>The basket is empty.
Scan an item, or type its barcode, SKU or name above and press Enter.</source>
        <translation>購物籃是空的。
請掃描貨品，或在上方輸入條碼、貨號或名稱後按 Enter。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="332"/>
        <source>Signed out.</source>
        <translation>已登出。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="334"/>
        <source>Enter your PIN to sign in.</source>
        <translation>請輸入你的密碼登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="352"/>
        <location filename="../../desktop/views/counter_actions.py" line="112"/>
        <source>Signed in: %1</source>
        <translation>已登入：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="375"/>
        <location filename="../../desktop/views/counter_control.py" line="53"/>
        <source>Sign in first.</source>
        <translation>請先登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="348"/>
        <source>Nobody signed in</source>
        <translation>未有人登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="349"/>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="354"/>
        <source>Sign out</source>
        <translation>登出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="124"/>
        <source>The hub granted the hold at %1.</source>
        <translation>總部伺服器已批准在%1留貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="438"/>
        <source>The hub refused: %1</source>
        <translation>總部伺服器拒絕：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="484"/>
        <source>Discounts: %1</source>
        <translation>折扣：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="498"/>
        <source>Change due
%1</source>
        <translation>找續
%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="298"/>
        <source>Total</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="151"/>
        <source>Added: %1</source>
        <translation>已加入：%1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/support.py" line="183"/>
        <source>Store Manager ran into an unexpected error ({what}) and keeps running. What you did last may not have been finished: check it before you go on. The details are in the log (Help, Open log folder); if it happens again, send it with Help, Copy diagnostics.</source>
        <translation>Store Manager 遇到未預期的錯誤（{what}），仍在繼續運作。剛才最後一項操作可能未完成：請先檢查再繼續。詳情已寫入記錄檔（說明 → 開啟記錄檔資料夾）；如再次發生，請用「說明 → 複製診斷資料」連同記錄檔交給技術支援。</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="192"/>
        <source>Something went wrong</source>
        <translation>出了問題</translation>
    </message>
</context>
<context>
    <name>DenominationTable</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>Value</source>
        <translation>面值</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>How many</source>
        <translation>數量</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="169"/>
        <source>Looking for USB devices…</source>
        <translation>正在尋找 USB 裝置…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/devices.py" line="176"/>
        <location filename="../../desktop/views/devices.py" line="363"/>
        <source>%n USB device(s) found.</source>
        <translation>
            <numerusform>找到 %n 個 USB 裝置。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="188"/>
        <source>None chosen</source>
        <translation>未選擇</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <source>Scanner</source>
        <translation>掃描器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="194"/>
        <location filename="../../desktop/views/devices.py" line="203"/>
        <source>{ids} (not connected)</source>
        <translation>{ids}（未連接）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="198"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>關閉：掃描器像鍵盤一樣輸入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="221"/>
        <location filename="../../desktop/views/devices.py" line="225"/>
        <source>Preview of the test page</source>
        <translation>測試頁預覽</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="226"/>
        <location filename="../../desktop/views/devices.py" line="232"/>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="231"/>
        <location filename="../../desktop/views/devices.py" line="348"/>
        <source>Scanner setup sheet</source>
        <translation>掃描器設定頁</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="237"/>
        <source>Save the test page as PDF</source>
        <translation>將測試頁儲存為 PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="242"/>
        <source>Saving…</source>
        <translation>正在儲存…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="254"/>
        <source>Saved {path}.</source>
        <translation>已儲存 {path}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="260"/>
        <source>The cash drawer was opened.</source>
        <translation>錢箱已打開。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="262"/>
        <source>Printed.</source>
        <translation>已列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="264"/>
        <source>Already printed; not printed again.</source>
        <translation>已經列印過，不會再列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="270"/>
        <source>What the demo printer printed (decoded from the bytes it received)</source>
        <translation>示範打印機印出的內容（由它收到的數據還原）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="273"/>
        <source>Demo printer</source>
        <translation>示範打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="277"/>
        <source>The printer does not report its status; it may still print.</source>
        <translation>打印機不會回報狀態，但仍可能正常列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="279"/>
        <source>The printer is ready.</source>
        <translation>打印機已就緒。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="280"/>
        <source>Paper is running low.</source>
        <translation>紙捲快用完。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="285"/>
        <source>out of paper</source>
        <translation>缺紙</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="287"/>
        <source>cover open</source>
        <translation>機蓋未關</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="289"/>
        <source>offline or in error</source>
        <translation>離線或出錯</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="290"/>
        <source>The printer is not ready: {problems}.</source>
        <translation>打印機未就緒：{problems}。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="297"/>
        <source>keyboard (recognised by its speed)</source>
        <translation>鍵盤模式（按輸入速度識別）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="298"/>
        <source>keyboard (recognised by its prefix)</source>
        <translation>鍵盤模式（按前綴識別）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="299"/>
        <source>USB, read directly (keyboard reports)</source>
        <translation>USB 直接讀取（鍵盤報告）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="300"/>
        <source>USB, read directly (HID POS)</source>
        <translation>USB 直接讀取（HID POS）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="310"/>
        <source>other barcode</source>
        <translation>其他條碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="312"/>
        <source>EAN/UPC with a wrong check digit: scan again</source>
        <translation>EAN/UPC 校驗碼錯誤：請再掃描</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="339"/>
        <source>USB devices</source>
        <translation>USB 裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="340"/>
        <source>Refresh</source>
        <translation>重新整理</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="341"/>
        <source>Receipt printer</source>
        <translation>收據打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <location filename="../../desktop/views/devices.py" line="342"/>
        <source>Printer</source>
        <translation>打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="343"/>
        <source>Paper width</source>
        <translation>紙寬</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="344"/>
        <source>Test print</source>
        <translation>測試列印</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="345"/>
        <source>Open cash drawer</source>
        <translation>打開錢箱</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="346"/>
        <source>Printer status</source>
        <translation>打印機狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="347"/>
        <source>Save as PDF…</source>
        <translation>儲存為 PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="349"/>
        <source>Scanner test</source>
        <translation>掃描器測試</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="350"/>
        <source>Programmed prefix</source>
        <translation>已設定的前綴</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="351"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="352"/>
        <source>One character, such as #, or STX for a control character</source>
        <translation>一個字元，例如 #；控制字元請輸入其名稱，例如 STX</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="353"/>
        <source>Read over USB</source>
        <translation>經 USB 讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="355"/>
        <source>Scan any barcode: it appears here with how it arrived, and never types into a field.</source>
        <translation>掃描任何條碼：條碼及其輸入方式會顯示在這裡，不會輸入到任何欄位。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="357"/>
        <source>Simulate a scan (demo)</source>
        <translation>模擬掃描（示範）</translation>
    </message>
</context>
<context>
    <name>DialogPrompts</name>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="70"/>
        <location filename="../../desktop/views/transfers_detail.py" line="212"/>
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="88"/>
        <source>Discount: an amount in MOP (e.g. 20) or a percentage (e.g. 10%)</source>
        <translation>折扣：澳門元金額（例如 20）或百分比（例如 10%）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="108"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="141"/>
        <source>Customer name</source>
        <translation>顧客姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="142"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="125"/>
        <source>Request transfer</source>
        <translation>要求調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="109"/>
        <source>How many %1?</source>
        <translation>%1 要多少件？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="126"/>
        <source>How many %1 should %2 send here?</source>
        <translation>要%2調多少件%1過來？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="137"/>
        <source>Waitlist</source>
        <translation>輪候名單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Scan the receipt's barcode or type its number</source>
        <translation>掃描收據條碼或輸入收據號碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="225"/>
        <source>Transfers</source>
        <translation>調貨</translation>
    </message>
</context>
<context>
    <name>DialogStaffPrompts</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="204"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>SKU</source>
        <translation>貨號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Counted</source>
        <translation>點算數量</translation>
    </message>
</context>
<context>
    <name>DrawerCountForm</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="145"/>
        <source>Cash in MOP</source>
        <translation>澳門元現金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="146"/>
        <source>Cash in HKD</source>
        <translation>港元現金</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="147"/>
        <source>Float kept and the terminals' totals</source>
        <translation>留底備用金及終端機總額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="148"/>
        <source>Float kept in MOP</source>
        <translation>留底備用金（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="149"/>
        <source>Float kept in HKD</source>
        <translation>留底備用金（港元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="151"/>
        <source>%1 (terminal)</source>
        <translation>%1（終端機）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="162"/>
        <location filename="../../desktop/views/handover_count.py" line="164"/>
        <source>Counted: %1</source>
        <translation>點算：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="171"/>
        <source>An amount is not a number. Type it like 120.50.</source>
        <translation>有金額不是數字，請輸入例如 120.50。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="175"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>留底備用金不可多於點算的現金。</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodePanel</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="275"/>
        <source>Enrol a device</source>
        <translation>登記裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="278"/>
        <source>A new counter PC or manager's laptop for %1 joins the chain with a one-time code. Create one here and type it on the new computer with the hub's address: %2</source>
        <translation>%1的新收銀電腦或經理手提電腦以一次性登記碼加入連鎖店。請在此建立登記碼，然後在新電腦上輸入登記碼及中樞地址：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="281"/>
        <location filename="../../desktop/views/enrollment.py" line="332"/>
        <source>the head office</source>
        <translation>總公司</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="284"/>
        <source>New device</source>
        <translation>新裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="285"/>
        <source>Counter PC</source>
        <translation>收銀電腦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="286"/>
        <source>Manager's device</source>
        <translation>經理裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="287"/>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="288"/>
        <source>1 hour</source>
        <translation>1 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="289"/>
        <source>24 hours</source>
        <translation>24 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="290"/>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="291"/>
        <source>Create code</source>
        <translation>建立登記碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a counter PC</source>
        <translation>一部收銀電腦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a manager's device</source>
        <translation>一部經理裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="330"/>
        <source>For %1 of %2. It works once, until %3.</source>
        <translation>供%2的%1使用。只可使用一次，有效至 %3。</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="152"/>
        <location filename="../../desktop/views/enrollment.py" line="153"/>
        <location filename="../../desktop/views/enrollment.py" line="358"/>
        <source>Connect this computer to the chain</source>
        <translation>將這部電腦連接到連鎖店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="156"/>
        <source>Ask a manager for an enrollment code for this store (in the app: Settings, Enrol a device; or on the hub). Type the hub's address and the code. The code works once; this computer then keeps its own key in the system's password store.</source>
        <translation>請向經理索取此分店的登記碼（在程式內：設定 &gt; 登記裝置；或在中樞上）。輸入中樞地址及登記碼。登記碼只可使用一次；之後這部電腦會把自己的金鑰保存在系統的密碼庫內。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="161"/>
        <source>Hub address</source>
        <translation>中樞地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="162"/>
        <source>Enrollment code</source>
        <translation>登記碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="163"/>
        <source>Enrol</source>
        <translation>登記</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="184"/>
        <source>Asking the hub…</source>
        <translation>正在詢問中樞…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/wizard.py" line="147"/>
        <source>The settings could not be saved in %1: %2</source>
        <translation>無法在 %1 儲存設定：%2</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="186"/>
        <source>Set up Store Manager</source>
        <translation>設定店舖管家</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <location filename="../../desktop/frontdoor.py" line="143"/>
        <source>Store Manager cannot open its window: Qt's “{platform}” display plugin needs system libraries that this computer does not have ({libraries}). On Debian or Ubuntu, install them with the command below, then start Store Manager again (make run installs them by itself when run as root); on other Linux systems, install the packages that provide these libraries.</source>
        <translation>Store Manager 無法開啟視窗：Qt 的「{platform}」顯示外掛程式需要的系統程式庫這部電腦沒有（{libraries}）。在 Debian 或 Ubuntu 上，請用下面的指令安裝，然後再次啟動 Store Manager（以 root 執行 make run 會自行安裝）；在其他 Linux 系統上，請安裝提供這些程式庫的套件。</translation>
    </message>
    <message>
        <location filename="../../desktop/frontdoor.py" line="150"/>
        <source>Store Manager cannot open its window: there is no display here (DISPLAY is not set). Start it from the desktop session, or, for a screenshot without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>Store Manager 無法開啟視窗：這裡沒有顯示器（未設定 DISPLAY）。請在桌面工作階段中啟動；如要在沒有螢幕的情況下擷取畫面，請設定 QT_QPA_PLATFORM=offscreen。</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="13"/>
        <source>Cash (MOP)</source>
        <translation>現金（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="14"/>
        <source>Cash (HKD)</source>
        <translation>現金（港元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="15"/>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="16"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="17"/>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="18"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
</context>
<context>
    <name>HandoverHistory</name>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="64"/>
        <source>Search: number, date, name or note</source>
        <translation>搜尋：編號、日期、姓名或備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="65"/>
        <source>Reprint (COPY)</source>
        <translation>重印（副本）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Handed over</source>
        <translation>交班時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Outgoing → incoming</source>
        <translation>交班 → 接班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Variance</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="110"/>
        <source>Slip of %1</source>
        <translation>%1 的單據</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../desktop/views/handover.py" line="164"/>
        <source>Shift handover</source>
        <translation>交更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="168"/>
        <source>Count done: show the figures</source>
        <translation>點算完成：顯示數字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="169"/>
        <source>Start again</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="170"/>
        <source>Expected and counted</source>
        <translation>應有與點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="171"/>
        <source>During the shift, and still open</source>
        <translation>本更期間及仍未完成</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Tender</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Expected</source>
        <translation>應有</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Counted</source>
        <translation>點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Variance</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="175"/>
        <source>Outgoing cashier signs</source>
        <translation>交班收銀員簽署</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="176"/>
        <source>Incoming cashier signs</source>
        <translation>接班收銀員簽署</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="177"/>
        <source>Notes for the next shift</source>
        <translation>給下一更的備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="178"/>
        <source>Hand over and print the slip</source>
        <translation>交更並列印單據</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="236"/>
        <source>Shift since %1. Count every note and coin in the drawer; the till's figures stay hidden until you are done.</source>
        <translation>本更由 %1 開始。請點算錢箱內每張紙幣和每個硬幣；點算完成前不會顯示收銀機的數字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="240"/>
        <source>Voids: %1</source>
        <translation>作廢：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="241"/>
        <source>Refunds: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="242"/>
        <source>Discounts above limit: %1</source>
        <translation>超出上限的折扣：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="243"/>
        <source>No-sale drawer openings: %1</source>
        <translation>無交易開錢箱：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="244"/>
        <source>Records not yet synced: %1</source>
        <translation>未同步記錄：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="245"/>
        <source>Open holds: %1</source>
        <translation>未完成的預留：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="246"/>
        <source>Open transfers: %1</source>
        <translation>未完成的調貨：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="262"/>
        <source>Count recorded. Check the figures, then both cashiers sign.</source>
        <translation>點算已記下。請核對數字，然後兩位收銀員簽署。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="267"/>
        <source>Blind count: the figures show once the count is done.</source>
        <translation>盲點：點算完成後才顯示數字。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="288"/>
        <source>Amounts in MOP; Cash (HKD) in HKD.</source>
        <translation>金額以澳門元計；現金（港元）以港元計。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="290"/>
        <source>Variance for the shift: %1</source>
        <translation>本更差額：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="309"/>
        <source>Finish the count first.</source>
        <translation>請先完成點算。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="312"/>
        <source>Both cashiers type their PIN.</source>
        <translation>兩位收銀員都要輸入 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="335"/>
        <source>Shift handed over: %1.</source>
        <translation>已交更：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="356"/>
        <source>Slip not printed: %1 The handover is recorded.</source>
        <translation>單據未能列印：%1 交更已記錄。</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../desktop/support.py" line="93"/>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="94"/>
        <source>Open log folder</source>
        <translation>開啟記錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="95"/>
        <source>Copy diagnostics</source>
        <translation>複製診斷資料</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="117"/>
        <source>Log folder</source>
        <translation>記錄檔資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="118"/>
        <source>The log files are in this folder:
{folder}</source>
        <translation>記錄檔在這個資料夾：
{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="125"/>
        <source>Diagnostics copied: paste them into your message to support.</source>
        <translation>已複製診斷資料：請貼到給技術支援的訊息中。</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="58"/>
        <source>Hold for customer</source>
        <translation>為顧客留貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="91"/>
        <source>Quantity</source>
        <translation>數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="92"/>
        <source>Customer name</source>
        <translation>顧客姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="94"/>
        <source>Hold until</source>
        <translation>留至</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="319"/>
        <source>Host the chain on this PC</source>
        <translation>在這部電腦上運行連鎖店的中樞</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="322"/>
        <source>This computer keeps the chain's records (its hub) and sells as the first store's till. Store Manager starts the hub again each time it starts.</source>
        <translation>這部電腦保存連鎖店的紀錄（即其中樞），並作為第一間分店的收銀機銷售。店舖管家每次啟動時都會再次啟動中樞。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="326"/>
        <location filename="../../desktop/wizard_pages.py" line="337"/>
        <source>Hub's data folder</source>
        <translation>中樞的資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="327"/>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="328"/>
        <source>Chain name</source>
        <translation>連鎖店名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="329"/>
        <source>First store's name</source>
        <translation>第一間分店的名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="330"/>
        <source>Port</source>
        <translation>連接埠</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="331"/>
        <source>e.g. Lam Family Stores</source>
        <translation>例如：林記商店</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="332"/>
        <source>e.g. Red Market shop</source>
        <translation>例如：紅街市店</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="333"/>
        <source>Start the hub</source>
        <translation>啟動中樞</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="345"/>
        <source>Give the folder, the chain's name and the store's name.</source>
        <translation>請填寫資料夾、連鎖店名稱及分店名稱。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="349"/>
        <source>Starting the hub…</source>
        <translation>正在啟動中樞…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="370"/>
        <source>%1 already holds a hub's records: choose an empty folder.</source>
        <translation>%1 已存有中樞的紀錄：請選擇一個空的資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="374"/>
        <source>Port %1 is in use by another program: choose another port.</source>
        <translation>連接埠 %1 已被其他程式使用：請選擇另一個連接埠。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="378"/>
        <source>Store Manager may not write in %1: choose another folder.</source>
        <translation>店舖管家無權寫入 %1：請選擇另一個資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="389"/>
        <source>The hub of %1 runs on this computer at %2. This computer is the till of %3.</source>
        <translation>%1的中樞正在這部電腦上運行（%2）。這部電腦是%3的收銀機。</translation>
    </message>
</context>
<context>
    <name>InTransit</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="70"/>
        <source>%1 on hand, %2 in transit to this store</source>
        <translation>現有 %1，另有 %2 件運送中到此店</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="34"/>
        <source>Which item?</source>
        <translation>是哪一件貨品？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="36"/>
        <source>Items matching “%1”: choose with ↑ ↓ and Enter.</source>
        <translation>符合「%1」的貨品：用 ↑ ↓ 選擇，按 Enter 確定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>SKU</source>
        <translation>貨號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Price</source>
        <translation>售價</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Stock here</source>
        <translation>本店存貨</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="183"/>
        <source>Join my chain's hub</source>
        <translation>加入我的連鎖店中樞</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="186"/>
        <source>Type the hub's address and the enrollment code a manager created for this computer (Settings, Enrol a device). The code works once.</source>
        <translation>輸入中樞地址，以及經理為這部電腦建立的登記碼（設定 › 登記裝置）。登記碼只能使用一次。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="190"/>
        <source>Hub address</source>
        <translation>中樞地址</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="191"/>
        <source>Enrollment code</source>
        <translation>登記碼</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="192"/>
        <source>Test connection</source>
        <translation>測試連接</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="207"/>
        <source>Asking the hub…</source>
        <translation>正在詢問中樞…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="229"/>
        <source>The hub at %1 does not answer. Check the address, that the hub is running, and that this computer is on the shop's network.</source>
        <translation>位於 %1 的中樞沒有回應。請檢查地址、中樞是否正在運行，以及這部電腦是否已連接店舖的網絡。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="240"/>
        <source>the head office</source>
        <translation>總公司</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="242"/>
        <source>Connected. This computer is enrolled as a manager's device of %1.</source>
        <translation>已連接。這部電腦已登記為%1的經理裝置。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="244"/>
        <source>Connected. This computer is enrolled as a counter PC of store %1.</source>
        <translation>已連接。這部電腦已登記為分店 %1 的收銀電腦。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="248"/>
        <source>Hub certificate pinned (SHA-256):</source>
        <translation>已固定中樞的安全憑證（SHA-256）：</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="251"/>
        <source>A hub on this computer (ws://): no certificate to pin.</source>
        <translation>中樞在這部電腦上（ws://）：無需固定憑證。</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="54"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="55"/>
        <source>The language of the screens and the receipts. It can be changed later.</source>
        <translation>畫面及收據所用的語言，之後可以更改。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>Store Manager</source>
        <translation>店舖管家</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="101"/>
        <source>Name (%1)</source>
        <translation>姓名（%1）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="105"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="109"/>
        <source>Store</source>
        <translation>店舖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="113"/>
        <source>Discount limit</source>
        <translation>折扣上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="116"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>密碼（4 至 8 位數字）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="117"/>
        <location filename="../../desktop/views/staff_dialogs.py" line="120"/>
        <source>PIN again</source>
        <translation>再輸入一次密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="119"/>
        <source>New PIN (when moving to another store)</source>
        <translation>新密碼（調往其他店舖時）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="150"/>
        <source>Role's own (%1 %)</source>
        <translation>按職位（%1 %）</translation>
    </message>
</context>
<context>
    <name>OtherStoresPanel</name>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="109"/>
        <source>Other stores</source>
        <translation>其他分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="112"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="113"/>
        <source>On hand</source>
        <translation>現存</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="114"/>
        <source>Available</source>
        <translation>可供應</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="115"/>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="116"/>
        <source>Travel</source>
        <translation>路程</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="119"/>
        <source>Hold…</source>
        <translation>留貨…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="120"/>
        <source>Hold units at the chosen store for this customer</source>
        <translation>在所選分店為這位顧客留貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="121"/>
        <source>Transfer…</source>
        <translation>調貨…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="122"/>
        <source>Ask the chosen store to send units here</source>
        <translation>要求所選分店把貨調過來</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="123"/>
        <source>Waitlist…</source>
        <translation>輪候…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="124"/>
        <source>Take the customer's phone; the store calls when it arrives</source>
        <translation>記下顧客電話，貨到時分店會致電</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="144"/>
        <source>Scan or choose an item to see every store's stock.</source>
        <translation>掃描或選擇貨品，即可查看各分店存貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="173"/>
        <source>(this store)</source>
        <translation>（本店）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="158"/>
        <source>%1 min</source>
        <translation>%1 分鐘</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="192"/>
        <source>Offline: holds need the hub, which grants them so no two stores promise the same unit.</source>
        <translation>離線中：留貨要由總部伺服器批准，以免兩間分店答應同一件貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="195"/>
        <source>Nothing available to hold at that store.</source>
        <translation>該分店沒有可留的貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="204"/>
        <source>Sold out everywhere: take the customer's phone for the waitlist.</source>
        <translation>各分店均已售罄：請記下顧客電話加入輪候名單。</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="169"/>
        <source>Set PIN</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="173"/>
        <source>New PIN for %1</source>
        <translation>%1 的新密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="174"/>
        <source>PIN again</source>
        <translation>再輸入一次密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="175"/>
        <source>The old PIN stops working on every till as this change reaches it.</source>
        <translation>此更改傳到各收銀機後，舊密碼即失效。</translation>
    </message>
</context>
<context>
    <name>PrintedSlipWindow</name>
    <message>
        <location filename="../../desktop/printing/preview.py" line="101"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="148"/>
        <source>Looking for printers…</source>
        <translation>正在尋找打印機…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/wizard_counter_pages.py" line="155"/>
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>找到 %n 部打印機。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="165"/>
        <source>No printer</source>
        <translation>不使用打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="184"/>
        <source>Printing…</source>
        <translation>正在列印…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="188"/>
        <source>Printed. Did a test page come out?</source>
        <translation>已列印。測試頁印出來了嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="194"/>
        <source>Receipt printer</source>
        <translation>收據打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="195"/>
        <source>Choose the printer plugged into this computer and print a test page.</source>
        <translation>選擇連接到這部電腦的打印機，並列印測試頁。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="166"/>
        <location filename="../../desktop/wizard_counter_pages.py" line="196"/>
        <source>Printer</source>
        <translation>打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="197"/>
        <source>Paper width</source>
        <translation>紙寬</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="198"/>
        <source>Test print</source>
        <translation>測試列印</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="199"/>
        <source>Look again</source>
        <translation>重新尋找</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="201"/>
        <source>No printer yet? Press Next: it can be chosen later in Settings, Devices.</source>
        <translation>還沒有打印機？按「下一個」：之後可在「設定 › 裝置」中選擇。</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="115"/>
        <source>No receipt to reprint yet.</source>
        <translation>暫時沒有可重印的收據。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="129"/>
        <source>That receipt was already printed. Use Reprint for a copy.</source>
        <translation>這張收據已經印過。如需副本請按「重印收據」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="133"/>
        <source>Receipt not printed: %1 The sale is recorded.</source>
        <translation>收據未能列印：%1 銷售已記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="142"/>
        <source>Receipt printer (demo)</source>
        <translation>收據打印機（示範）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="143"/>
        <source>What the demo printer printed</source>
        <translation>示範打印機印出的內容</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="71"/>
        <source>Faulty or damaged</source>
        <translation>有瑕疵或損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="72"/>
        <source>Wrong item sold</source>
        <translation>賣錯貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="73"/>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="74"/>
        <source>Customer changed their mind</source>
        <translation>顧客改變主意</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="75"/>
        <source>Other (say why)</source>
        <translation>其他（請註明原因）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="100"/>
        <source>Refund %1</source>
        <translation>退款 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="104"/>
        <source>Receipt %1 · %2 · paid %3 by %4</source>
        <translation>收據 %1 · %2 · 以%4支付 %3</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="114"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="115"/>
        <source>Paid each</source>
        <translation>每件實付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="116"/>
        <source>Bought</source>
        <translation>購買數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="117"/>
        <source>Back</source>
        <translation>退回數量</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="118"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="134"/>
        <source>%1 (%2 already back)</source>
        <translation>%1（已退 %2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="162"/>
        <source>Money back by</source>
        <translation>退款方式</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="164"/>
        <source>Choose a reason…</source>
        <translation>請選擇原因…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="168"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="171"/>
        <source>In a few words (needed for “Other”)</source>
        <translation>簡短說明（選「其他」時必填）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="173"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="188"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="205"/>
        <source>To hand back: %1</source>
        <translation>應退：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="207"/>
        <source>A manager's PIN is needed for this refund.</source>
        <translation>此退款需要經理輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="263"/>
        <source>A refund of %1 by %2 needs a manager's PIN.</source>
        <translation>以%2退款 %1 需要經理輸入密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="269"/>
        <source>Refund cancelled: nothing was changed.</source>
        <translation>已取消退款，未作任何更改。</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="16"/>
        <source>%1 failed %2 times in %3 minutes.</source>
        <translation>%1在 %3 分鐘內故障 %2 次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="46"/>
        <source>Raise the ticket</source>
        <translation>開立維修單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="47"/>
        <source>Not now</source>
        <translation>暫不</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="50"/>
        <source>Raise a repair ticket with the diagnostics?</source>
        <translation>要附上診斷資料開立維修單嗎？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="37"/>
        <source>Report a fault</source>
        <translation>報告故障</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="41"/>
        <source>Something else</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="48"/>
        <source>What is wrong, e.g. fridge at 14 °C</source>
        <translation>出了甚麼問題，例如：雪櫃只有 14 °C</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="55"/>
        <location filename="../../desktop/views/repairs_model.py" line="120"/>
        <source>Equipment</source>
        <translation>設備</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="56"/>
        <source>Urgency</source>
        <translation>緊急程度</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="57"/>
        <source>What is wrong</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="65"/>
        <source>Close the repair</source>
        <translation>完成維修</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="75"/>
        <source>What was done</source>
        <translation>維修內容</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="76"/>
        <source>Parts used</source>
        <translation>使用零件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="19"/>
        <source>Waiting for an engineer</source>
        <translation>等候技術員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="20"/>
        <source>Engineer notified</source>
        <translation>已通知技術員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="21"/>
        <source>Declined, passing on</source>
        <translation>已婉拒，轉交下一位</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="22"/>
        <source>Engineer on the way</source>
        <translation>技術員在途中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="23"/>
        <source>Engineer on site</source>
        <translation>技術員已到場</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="24"/>
        <source>Resolved, to verify</source>
        <translation>已修好，待確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="25"/>
        <source>Verified</source>
        <translation>已確認</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="26"/>
        <source>Reopened</source>
        <translation>已重開</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="32"/>
        <source>Urgent</source>
        <translation>緊急</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="33"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="34"/>
        <source>Normal</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="40"/>
        <source>Display fridge</source>
        <translation>陳列雪櫃</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="41"/>
        <source>Air conditioning</source>
        <translation>冷氣</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="42"/>
        <source>Counter PC</source>
        <translation>收銀電腦</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="43"/>
        <source>Receipt printer</source>
        <translation>收據打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="44"/>
        <source>Barcode scanner</source>
        <translation>條碼掃描器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="45"/>
        <source>Scale</source>
        <translation>磅</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="46"/>
        <source>Safe</source>
        <translation>夾萬</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="47"/>
        <source>Lighting</source>
        <translation>照明</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="48"/>
        <source>Shutter</source>
        <translation>閘門</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="49"/>
        <source>Other equipment</source>
        <translation>其他設備</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="67"/>
        <source>Met</source>
        <translation>達標</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="69"/>
        <source>Breached</source>
        <translation>逾時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="76"/>
        <source>%1 (paused: typhoon)</source>
        <translation>%1（颱風暫停計時）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="78"/>
        <source>%1 breached</source>
        <translation>%1 已逾時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="119"/>
        <source>Priority</source>
        <translation>優先</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="121"/>
        <source>Fault</source>
        <translation>故障</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="122"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="123"/>
        <source>Engineer</source>
        <translation>技術員</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="124"/>
        <source>Arrives</source>
        <translation>預計到達</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="125"/>
        <source>SLA</source>
        <translation>服務時限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="126"/>
        <source>Raised</source>
        <translation>報告時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="127"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="128"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="129"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="146"/>
        <source>%1 (not yet sent)</source>
        <translation>%1（尚未送出）</translation>
    </message>
</context>
<context>
    <name>RepairsScreen</name>
    <message>
        <location filename="../../desktop/views/repairs.py" line="168"/>
        <location filename="../../desktop/views/repairs.py" line="171"/>
        <source>Repairs</source>
        <translation>維修</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="172"/>
        <source>This store's tickets</source>
        <translation>本店維修單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="173"/>
        <source>Engineer's view</source>
        <translation>技術員視圖</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="174"/>
        <source>Report a fault…</source>
        <translation>報告故障…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="175"/>
        <source>Repair verified</source>
        <translation>確認已修好</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="176"/>
        <source>Not fixed: reopen</source>
        <translation>未修好：重開</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="177"/>
        <source>Tickets of</source>
        <translation>維修單：</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="178"/>
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="179"/>
        <source>Decline</source>
        <translation>婉拒</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="180"/>
        <source>I am on site</source>
        <translation>我已到場</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="181"/>
        <source>Close with notes…</source>
        <translation>填寫備註並完成…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="282"/>
        <source>Choose a ticket to see its details.</source>
        <translation>選擇一張維修單查看詳情。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="292"/>
        <source>%1 arrives about %2</source>
        <translation>%1 約於 %2 到達</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="298"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="301"/>
        <source>Raised by the app: the device kept failing.</source>
        <translation>由系統開立：設備屢次故障。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="324"/>
        <location filename="../../desktop/views/repairs.py" line="382"/>
        <source>Ticket raised: the hub dispatches it.</source>
        <translation>已開立維修單：由中心派工。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="332"/>
        <source>Choose a ticket first.</source>
        <translation>請先選擇維修單。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="335"/>
        <source>Sign in at the Counter first.</source>
        <translation>請先在收銀台登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="351"/>
        <source>Recorded.</source>
        <translation>已記錄。</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="248"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>關閉：掃描器像鍵盤一樣輸入</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="249"/>
        <source>Scanner</source>
        <translation>掃描器</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="261"/>
        <source>other barcode</source>
        <translation>其他條碼</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="265"/>
        <source>Barcode scanner</source>
        <translation>條碼掃描器</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="266"/>
        <source>Most scanners type like a keyboard and need nothing set up.</source>
        <translation>大多數掃描器像鍵盤一樣輸入，無需設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="267"/>
        <source>Scan anything now: what the scanner reads appears here.</source>
        <translation>現在掃描任何條碼：掃描器讀到的內容會在這裡顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="268"/>
        <source>Read over USB</source>
        <translation>經 USB 讀取</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="270"/>
        <source>No scanner yet? Press Finish: it can be set up later in Settings, Devices.</source>
        <translation>還沒有掃描器？按「完成」：之後可在「設定 › 裝置」中設定。</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="177"/>
        <location filename="../../desktop/views/settings.py" line="291"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="190"/>
        <source>Signed in: %1, who may change these.</source>
        <translation>已登入：%1，可更改以下設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="192"/>
        <source>Sign in on the Counter as a store manager to change these.</source>
        <translation>請以店舖經理身分在「收銀」登入，才可更改以下設定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="249"/>
        <source>Saved: every till of the store follows it once the hub has it.</source>
        <translation>已儲存：中心收到後，本店每部收銀機都會照此執行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="265"/>
        <source>Requests to this store worth up to %1 are approved at once; above it a manager approves.</source>
        <translation>向本店提出、價值不超過 %1 的調貨申請會即時批准；超過則由經理批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="269"/>
        <source>Off: every request to this store waits for a manager.</source>
        <translation>已關閉：向本店提出的每個調貨申請都要等經理批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="292"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="293"/>
        <source>Devices</source>
        <translation>裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="294"/>
        <source>Staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="295"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="296"/>
        <source>This device</source>
        <translation>本機</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="297"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="298"/>
        <source>Hub</source>
        <translation>總部伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="299"/>
        <source>Data folder</source>
        <translation>數據資料夾</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="300"/>
        <source>HKD rate (MOP per HKD)</source>
        <translation>港元匯率（每港元兌澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="301"/>
        <source>Store rules</source>
        <translation>店舖規則</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="302"/>
        <source>Stocktake: a manager approves differences above (units)</source>
        <translation>盤點：差異超過此件數須經理批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="303"/>
        <source>Stocktake: … or above (value)</source>
        <translation>盤點：……或超過此金額</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="304"/>
        <source>Refunds: a manager's PIN above</source>
        <translation>退款：超過此金額需經理密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="305"/>
        <source>Cash refunds always need a manager's PIN</source>
        <translation>現金退款一律需要經理密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="306"/>
        <source>Shift handover: a manager's PIN for a difference above</source>
        <translation>交更：差額超過此數需經理密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="307"/>
        <source>Transfers: approve requests automatically up to (0: off)</source>
        <translation>調貨：自動批准申請的上限（0：關閉）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="308"/>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="16"/>
        <source>Two shifts at the same time (double booking)</source>
        <translation>同一時間有兩個更次（重複編更）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="17"/>
        <source>%1 normal hours in a day, more than %2</source>
        <translation>一日正常工作 %1 小時，超過 %2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="18"/>
        <source>%1 hours in an agreed long day, more than %2</source>
        <translation>協議延長工作日 %1 小時，超過 %2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="19"/>
        <source>%1 normal hours in the week, more than %2</source>
        <translation>一週正常工作 %1 小時，超過 %2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="20"/>
        <source>Only %1 hours of rest between two days, not %2</source>
        <translation>兩日之間只休息 %1 小時，未達 %2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="21"/>
        <source>No rest day in %1 days</source>
        <translation>連續 %1 日沒有休息日</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="22"/>
        <source>Only %1 rest days in 4 weeks, not %2</source>
        <translation>4 週內只有 %1 個休息日，未達 %2 個</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="23"/>
        <source>%1 hours in a day with overtime, more than %2</source>
        <translation>連超時工作一日 %1 小時，超過 %2 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="24"/>
        <source>Work on a compulsory holiday without a replacement rest day within 3 months</source>
        <translation>強制性假日上班，但 3 個月內沒有補假</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="27"/>
        <source>Work under typhoon Signal %1 not recorded (volunteered, transport, insurance)</source>
        <translation>%1 號風球期間上班未有記錄（自願、交通、保險）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="32"/>
        <source>Opening</source>
        <translation>早更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="33"/>
        <source>Middle</source>
        <translation>中更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="34"/>
        <source>Closing</source>
        <translation>晚更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="37"/>
        <source>keyholder</source>
        <translation>持鎖匙員工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="38"/>
        <source>pharmacist</source>
        <translation>藥劑師</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="133"/>
        <source>Released: %1</source>
        <translation>已取消：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="136"/>
        <source>Typhoon or black rain: not required to work, and not docked.</source>
        <translation>颱風或黑雨：毋須上班，亦不扣薪。</translation>
    </message>
</context>
<context>
    <name>ShiftsScreen</name>
    <message>
        <location filename="../../desktop/views/shifts.py" line="148"/>
        <source>Shifts</source>
        <translation>更表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="155"/>
        <source>Roster, week of %1</source>
        <translation>更表：%1 起一週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="156"/>
        <source>Previous week</source>
        <translation>上一週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="157"/>
        <source>Next week</source>
        <translation>下一週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="158"/>
        <source>Auto-plan</source>
        <translation>自動編更</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="163"/>
        <source>The roster planner is not installed on this computer (the counter edition leaves it out): auto-plan on a manager's PC. Rosters made there show here.</source>
        <translation>這部電腦沒有安裝編更工具（櫃台版不包括）：請在經理的電腦上自動編更，編好的更表會在這裡顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="167"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="168"/>
        <source>Publish plan</source>
        <translation>發佈更表</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="169"/>
        <source>Labour rules</source>
        <translation>勞工法規</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="170"/>
        <source>Copy last week</source>
        <translation>複製上週</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="171"/>
        <source>Typhoon Signal 8</source>
        <translation>八號風球</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="173"/>
        <source>Release the rest of today's shifts: nobody is required to come.</source>
        <translation>取消今日餘下的更次：員工毋須上班。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="175"/>
        <source>Signal lowered: reopen</source>
        <translation>風球除下：恢復營業</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="229"/>
        <source>Open shifts</source>
        <translation>空缺更次</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="234"/>
        <source>No rule is broken this week.</source>
        <translation>本週沒有違反任何規定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="240"/>
        <source>Planning the week…</source>
        <translation>正在編排本週更表…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="268"/>
        <source>Auto-plan cancelled; nothing changed.</source>
        <translation>已取消自動編更，更表不變。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="272"/>
        <source>Plan: %1 shifts added, %2 taken off.</source>
        <translation>計劃：新增 %1 個更次，取消 %2 個。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="277"/>
        <source>Check the plan, then publish it.</source>
        <translation>請檢查計劃，然後發佈。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="283"/>
        <source>%1 %2:00–%3:00, %4 short</source>
        <translation>%1 %2:00–%3:00，欠 %4 人</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="286"/>
        <source>nobody here is a %1</source>
        <translation>本店沒有%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="288"/>
        <source>only %1 available that day</source>
        <translation>當日只有 %1 人可上班</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="290"/>
        <source>the hours and rest rules leave too few shifts</source>
        <translation>工時及休息規定下可排的更次不足</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="325"/>
        <source>Roster published: staff see their shifts.</source>
        <translation>更表已發佈：員工可查看自己的更次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="347"/>
        <source>Last week's shifts are on this week's roster.</source>
        <translation>上週的更次已複製到本週更表。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="366"/>
        <source>Signal 8: %1 shifts released; staff are not required to come.</source>
        <translation>八號風球：已取消 %1 個更次，員工毋須上班。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="381"/>
        <source>No released shift is worth reopening today.</source>
        <translation>今日沒有值得恢復的更次。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="394"/>
        <source>Reopening plan published: staff see when to come back.</source>
        <translation>已發佈復工安排：員工可查看何時返回。</translation>
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
        <translation>重新簽署</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../desktop/printing/slip.py" line="56"/>
        <source>Receipt no.</source>
        <translation>收據編號</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="57"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="58"/>
        <source>Cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="59"/>
        <source>TOTAL</source>
        <translation>總計</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="60"/>
        <source>Thank you</source>
        <translation>多謝惠顧</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="61"/>
        <source>COPY</source>
        <translation>副本</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="62"/>
        <source>Subtotal</source>
        <translation>小計</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="63"/>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="64"/>
        <source>Tel.</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="67"/>
        <source>Cash</source>
        <translation>現金</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="68"/>
        <source>Cash (MOP)</source>
        <translation>現金（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="69"/>
        <source>Cash (HKD)</source>
        <translation>現金（港元）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="70"/>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="71"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="72"/>
        <source>Card</source>
        <translation>信用卡</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="73"/>
        <source>MPay</source>
        <translation>澳門錢包</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="74"/>
        <source>Change</source>
        <translation>找續</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="446"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="33"/>
        <source>Stock handover slip</source>
        <translation>貨品交收單</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="449"/>
        <source>Transfer no.</source>
        <translation>調貨編號</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="450"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="37"/>
        <source>From</source>
        <translation>發貨店舖</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="451"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="38"/>
        <source>To</source>
        <translation>收貨店舖</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="453"/>
        <source>Prepared by</source>
        <translation>經手人</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="461"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="50"/>
        <source>Items</source>
        <translation>件數</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="56"/>
        <source>Handed over by</source>
        <translation>交貨人簽名</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="58"/>
        <source>Received by</source>
        <translation>收貨人簽名</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="494"/>
        <source>Coupon</source>
        <translation>優惠券</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="501"/>
        <source>Valid until {date}</source>
        <translation>有效期至 {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="535"/>
        <source>Printer test</source>
        <translation>打印機測試</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="536"/>
        <source>Paper: {mm} mm, {dots} dots</source>
        <translation>紙寬：{mm} 毫米，{dots} 點</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="539"/>
        <source>Printer</source>
        <translation>打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="549"/>
        <source>QR code</source>
        <translation>二維碼</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="551"/>
        <source>Code 128</source>
        <translation>Code 128 條碼</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="568"/>
        <source>Scanner setup</source>
        <translation>掃描器設定</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="571"/>
        <source>1. Set the scanner to USB keyboard (HID) mode, US keyboard layout.</source>
        <translation>1. 將掃描器設為 USB 鍵盤（HID）模式，美式鍵盤佈局。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="572"/>
        <source>2. Set the suffix to Enter (CR). No prefix is needed.</source>
        <translation>2. 將後綴設為 Enter（CR）。不需要前綴。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="573"/>
        <source>3. The programming barcodes for these settings are in the scanner's manual (Honeywell, Zebra, Datalogic, Newland and others each have their own).</source>
        <translation>3. 這些設定的編程條碼印在掃描器的說明書內（Honeywell、Zebra、Datalogic、新大陸等各有不同）。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="578"/>
        <source>4. Open Settings, Devices and scan the codes below.</source>
        <translation>4. 打開「設定」→「裝置」，掃描下面的條碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="589"/>
        <source>QR code (2D scanners only)</source>
        <translation>二維碼（只限二維掃描器）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="24"/>
        <source>Faulty or damaged</source>
        <translation>有瑕疵或損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="25"/>
        <source>Wrong item sold</source>
        <translation>賣錯貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="26"/>
        <source>Not as described</source>
        <translation>與描述不符</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="27"/>
        <source>Customer changed their mind</source>
        <translation>顧客改變主意</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="28"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="39"/>
        <source>STORE COPY</source>
        <translation>商店存根</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="78"/>
        <source>REFUND</source>
        <translation>退款單</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="80"/>
        <source>Refund no.</source>
        <translation>退款單號</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="81"/>
        <source>For receipt</source>
        <translation>原收據</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="25"/>
        <source>SHIFT HANDOVER</source>
        <translation>交更單</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="26"/>
        <source>Handover no.</source>
        <translation>交更編號</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="27"/>
        <source>Shift from</source>
        <translation>本更開始</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="28"/>
        <source>Handed over at</source>
        <translation>交更時間</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="29"/>
        <source>Outgoing</source>
        <translation>交班</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="30"/>
        <source>Incoming</source>
        <translation>接班</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="31"/>
        <source>Cash count (MOP)</source>
        <translation>現金點算（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="32"/>
        <source>Cash count (HKD)</source>
        <translation>現金點算（港元）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="33"/>
        <source>Rate: HKD 1 = {mop}</source>
        <translation>匯率：1 港元 = {mop}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="34"/>
        <source>Expected</source>
        <translation>應有</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="35"/>
        <source>Counted</source>
        <translation>點算</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="36"/>
        <source>Variance</source>
        <translation>差額</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="37"/>
        <source>VARIANCE (MOP)</source>
        <translation>差額（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="38"/>
        <location filename="../../desktop/printing/refund_slip.py" line="85"/>
        <source>Approved by</source>
        <translation>批准人</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="40"/>
        <source>Float kept</source>
        <translation>留底備用金</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="41"/>
        <source>During the shift</source>
        <translation>本更期間</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="42"/>
        <source>Voids</source>
        <translation>作廢</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="43"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="44"/>
        <source>Discounts above limit</source>
        <translation>超出上限的折扣</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="45"/>
        <source>No-sale drawer openings</source>
        <translation>無交易開錢箱</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="46"/>
        <source>Records not yet synced</source>
        <translation>未同步記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="47"/>
        <source>Open holds</source>
        <translation>未完成的預留</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="48"/>
        <source>Open transfers</source>
        <translation>未完成的調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="49"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="50"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="94"/>
        <source>REFUNDED</source>
        <translation>退款總額</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="39"/>
        <location filename="../../desktop/printing/refund_slip.py" line="98"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="104"/>
        <source>Customer's signature</source>
        <translation>顧客簽署</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="41"/>
        <source>Packed by (PIN)</source>
        <translation>包裝人（已憑密碼確認）</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="42"/>
        <source>Carried by</source>
        <translation>運送人</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="57"/>
        <source>Carrier</source>
        <translation>運送人簽名</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desktop/models/staff.py" line="28"/>
        <source>Cashier</source>
        <translation>收銀員</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="29"/>
        <source>Store manager</source>
        <translation>店舖經理</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="30"/>
        <source>Area manager</source>
        <translation>區域經理</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="31"/>
        <source>Engineer</source>
        <translation>維修技師</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="46"/>
        <source>%1 % (role's)</source>
        <translation>%1 %（按職位）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="95"/>
        <source>Active</source>
        <translation>在職</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="97"/>
        <location filename="../../desktop/models/staff.py" line="140"/>
        <source>Deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="107"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="111"/>
        <source>Store</source>
        <translation>店舖</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="112"/>
        <source>Role</source>
        <translation>職位</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="113"/>
        <source>Discount limit</source>
        <translation>折扣上限</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="114"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="119"/>
        <source>Name (English)</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="120"/>
        <source>Name (Chinese)</source>
        <translation>中文姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="121"/>
        <source>Name (Portuguese)</source>
        <translation>葡文姓名</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="131"/>
        <source>Added as %1, discount limit %2</source>
        <translation>新增為%1，折扣上限 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="136"/>
        <source>PIN set</source>
        <translation>已設定密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="142"/>
        <source>Active again</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="152"/>
        <source>Role: %1 → %2</source>
        <translation>職位：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="160"/>
        <source>Discount limit: %1 → %2</source>
        <translation>折扣上限：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="166"/>
        <source>Store: %1 → %2</source>
        <translation>店舖：%1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>No change</source>
        <translation>沒有更改</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="218"/>
        <source>When</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="219"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="220"/>
        <source>Member of staff</source>
        <translation>員工</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="221"/>
        <source>Change</source>
        <translation>更改內容</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/views/staff.py" line="127"/>
        <source>Sign in on the Counter as a store manager to manage staff.</source>
        <translation>請以店舖經理身分在「收銀」登入，才可管理員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="138"/>
        <location filename="../../desktop/views/staff.py" line="218"/>
        <source>Whole chain</source>
        <translation>全集團</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="174"/>
        <source>Signed in: %1, who manages the staff of every store.</source>
        <translation>已登入：%1，可管理所有店舖的員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="176"/>
        <source>Signed in: %1, who manages the staff of %2.</source>
        <translation>已登入：%1，可管理%2的員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Make active</source>
        <translation>重新啟用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="231"/>
        <source>Add staff</source>
        <translation>新增員工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="243"/>
        <source>Added: %1. They can sign in with their PIN now.</source>
        <translation>已新增：%1。現在可用其密碼登入。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="257"/>
        <source>Edit %1</source>
        <translation>編輯 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="273"/>
        <source>Saved: %1.</source>
        <translation>已儲存：%1。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="292"/>
        <source>New PIN set for %1.</source>
        <translation>已為 %1 設定新密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="303"/>
        <source>Deactivate %1? They will no longer be able to sign in. Their sales stay theirs.</source>
        <translation>停用 %1？停用後將無法登入，其銷售紀錄保持不變。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is active again.</source>
        <translation>%1 已重新啟用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is deactivated.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="370"/>
        <source>Add staff…</source>
        <translation>新增員工…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="371"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="372"/>
        <source>Set PIN…</source>
        <translation>設定密碼…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="373"/>
        <source>Changes to staff</source>
        <translation>員工資料更改紀錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="375"/>
        <source>No changes to staff yet. Each one is listed here: when, by whom, what.</source>
        <translation>暫時沒有員工資料更改。每項更改都會列在這裏：時間、操作人、內容。</translation>
    </message>
</context>
<context>
    <name>StartupSplash</name>
    <message>
        <location filename="../../desktop/splash.py" line="69"/>
        <source>Store Manager</source>
        <translation>店舖管家</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="74"/>
        <source>Starting…</source>
        <translation>正在啟動…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="75"/>
        <source>Loading the app…</source>
        <translation>正在載入程式…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="76"/>
        <source>Opening the database…</source>
        <translation>正在開啟資料庫…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="77"/>
        <source>Preparing the demo chain: five shops, their stock and sales…</source>
        <translation>正在準備示範連鎖店：五間分店、存貨和銷售…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="78"/>
        <source>Setting up the screens…</source>
        <translation>正在準備各個畫面…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="29"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● 離線工作（未設定總部伺服器）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online · catching up</source>
        <translation>● 已連線 · 正在同步</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="33"/>
        <source>● Online</source>
        <translation>● 已連線</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Connecting to the hub…</source>
        <translation>● 正在連接總部伺服器…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>● Not syncing: another copy of this till is connected</source>
        <translation>● 未有同步：這部收銀電腦的另一個副本已連線</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="39"/>
        <source>● Offline since %1</source>
        <translation>● 自 %1 起離線</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="43"/>
        <source>retrying in %1 s</source>
        <translation>%1 秒後重試</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="52"/>
        <source>Other stores: not connected to a hub</source>
        <translation>其他分店：未連接總部伺服器</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: live</source>
        <translation>其他分店：即時</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="56"/>
        <source>Other stores: not received yet</source>
        <translation>其他分店：尚未收到資料</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="60"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>其他分店：正在同步（截至 %1）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="67"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>其他分店截至 %1（離線）</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="75"/>
        <source>Everything synced</source>
        <translation>全部已同步</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="80"/>
        <source>oldest %1</source>
        <translation>最早 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="87"/>
        <source>This till's database was restored or copied: call a manager</source>
        <translation>本收銀機的資料庫曾被還原或複製：請聯絡經理</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="72"/>
        <source>%n record(s) waiting to sync</source>
        <translation>
            <numerusform>%n 項記錄待同步</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="79"/>
        <source>%n refused by the hub</source>
        <translation>
            <numerusform>總部伺服器拒收 %n 項</numerusform>
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
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="156"/>
        <source>Price</source>
        <translation>售價</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="159"/>
        <source>All stores</source>
        <translation>全部分店</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="160"/>
        <source>Stock</source>
        <translation>存貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="163"/>
        <source>Stock in every store</source>
        <translation>各分店存貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="164"/>
        <source>Stocktake</source>
        <translation>盤點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="165"/>
        <source>Import catalogue…</source>
        <translation>匯入貨品目錄…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="166"/>
        <source>Request transfer…</source>
        <translation>申請調貨…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="167"/>
        <source>Ask another store to send the selected item here</source>
        <translation>請另一間分店把所選貨品送來本店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="168"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>按名稱（中文 / English / Português）、SKU 或條碼搜尋</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="170"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>暫未有貨品。本機連線後，貨品目錄會由總部伺服器傳送過來。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="309"/>
        <source>Select an item first, then Request transfer…</source>
        <translation>請先選擇貨品，再按「申請調貨…」</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="313"/>
        <source>Sign in on the Counter to request a transfer.</source>
        <translation>請先在收銀畫面登入，才可申請調貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="327"/>
        <source>Transfer requested from %1: %2 × %3. Follow it on the Transfers screen.</source>
        <translation>已向%1申請調貨：%3 × %2。可在「調貨」畫面跟進。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="366"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n 款貨品</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="369"/>
        <source>%1 of %2 products</source>
        <translation>顯示 %1 款（共 %2 款貨品）</translation>
    </message>
</context>
<context>
    <name>StockTransferDialog</name>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="45"/>
        <source>Request transfer</source>
        <translation>申請調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="53"/>
        <source>%1 — %2 on hand</source>
        <translation>%1 — 現有 %2 件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="60"/>
        <source>Optional: for whom, by when</source>
        <translation>選填：為哪位顧客、何時需要</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="62"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="63"/>
        <source>Send from</source>
        <translation>由此店送出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="64"/>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="65"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
</context>
<context>
    <name>StocktakeReport</name>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="101"/>
        <source>Manager's PIN</source>
        <translation>經理密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="102"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="103"/>
        <source>Decline</source>
        <translation>拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="113"/>
        <source>adjusted</source>
        <translation>已調整</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="114"/>
        <source>waits for a manager</source>
        <translation>待經理批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="115"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="116"/>
        <source>declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="122"/>
        <source>(no section)</source>
        <translation>（未命名區域）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="125"/>
        <source>No counts yet</source>
        <translation>尚未有盤點記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="149"/>
        <source>Finish a count to see its variance report here.</source>
        <translation>完成盤點後，差異報告會在這裡顯示。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="153"/>
        <source>All differences were adjusted. Net value: %1</source>
        <translation>所有差異已調整。淨值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="155"/>
        <source>%2 line(s) differ by more than the limit and wait for a manager's PIN. Net value: %1</source>
        <translation>%2 行差異超出上限，須經理輸入密碼批准。淨值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="157"/>
        <source>A manager approved the large differences. Net value: %1</source>
        <translation>經理已批准較大的差異。淨值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="159"/>
        <source>A manager declined the large differences; they were not applied. Net value: %1</source>
        <translation>經理拒絕了較大的差異，未作調整。淨值：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Approved and applied.</source>
        <translation>已批准並調整存貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Declined.</source>
        <translation>已拒絕。</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="163"/>
        <location filename="../../desktop/views/stocktake.py" line="166"/>
        <location filename="../../desktop/views/stocktake.py" line="321"/>
        <source>Stocktake</source>
        <translation>盤點</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="167"/>
        <source>← Stock</source>
        <translation>← 存貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="168"/>
        <source>Count</source>
        <translation>點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="169"/>
        <source>Variance report</source>
        <translation>差異報告</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="170"/>
        <source>Section</source>
        <translation>區域</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="171"/>
        <source>e.g. Shelf A, window, back room</source>
        <translation>例如：A 貨架、櫥窗、貨倉</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="172"/>
        <source>Start count</source>
        <translation>開始點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="173"/>
        <source>Scan each item, or type a barcode or SKU and press Enter</source>
        <translation>逐件掃描，或輸入條碼或貨號後按 Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="174"/>
        <source>Add</source>
        <translation>加入</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="175"/>
        <source>Remove line</source>
        <translation>刪除此行</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="176"/>
        <source>Discard count</source>
        <translation>放棄點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="177"/>
        <source>Finish count</source>
        <translation>完成點算</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="182"/>
        <source>Sales made while you count still count. Differences of more than %1 units or %2 wait for a manager's approval.</source>
        <translation>點算期間的銷售仍會計算在內。差異超過 %1 件或 %2 須經理批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="190"/>
        <source>Scan every item on the shelf: each scan counts one unit. For many of one item, type its code, set the number and press Add. A count can be corrected by double-clicking it.</source>
        <translation>逐件掃描貨架上的貨品：每掃描一次計算一件。同一貨品數量多時，可輸入貨號、設定數量後按「加入」。點算數量可按兩下修改。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="226"/>
        <source>No count open. Name the section, then start (or just scan).</source>
        <translation>沒有進行中的點算。請輸入區域名稱後開始（或直接掃描）。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="230"/>
        <source>Counting since %1: %2 item(s), %3 unit(s)</source>
        <translation>由 %1 開始點算：%2 款貨品，%3 件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="242"/>
        <source>Sign in on the Counter first: a count says who made it.</source>
        <translation>請先在「收銀」登入：每次盤點都會記錄由誰進行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="289"/>
        <source>Counted: %1 (%2)</source>
        <translation>已點算：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="310"/>
        <source>Discard this count? Nothing of it has been recorded.</source>
        <translation>放棄這次點算？其中的資料都未記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="348"/>
        <source>Count recorded.</source>
        <translation>點算已記錄。</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="80"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="81"/>
        <source>Which store this counter sells for.</source>
        <translation>這個櫃檯為哪間分店銷售。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="87"/>
        <source>the head office</source>
        <translation>總公司</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="91"/>
        <source>A manager's device of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>%1的經理裝置。這是中樞按登記碼決定的；新的登記碼可以更改。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="94"/>
        <source>A counter PC of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>%1的收銀電腦。這是中樞按登記碼決定的；新的登記碼可以更改。</translation>
    </message>
</context>
<context>
    <name>StoreTasks</name>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="65"/>
        <source>Another store has asked us to hold an item for its customer: see Holds.</source>
        <translation>其他分店要求本店為其顧客留貨：請查看「留貨」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="68"/>
        <source>Holds: %1</source>
        <translation>留貨：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="70"/>
        <source>to set aside: %1</source>
        <translation>待留起：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="75"/>
        <source>Transfer requests: %1</source>
        <translation>調貨要求：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="79"/>
        <source>Oversold, to resolve: %1</source>
        <translation>超賣待處理：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="83"/>
        <source>Customers to call: %1</source>
        <translation>待致電顧客：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>to set aside</source>
        <translation>待留起</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>set aside</source>
        <translation>已留起</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="96"/>
        <source>for %1</source>
        <translation>給 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="98"/>
        <source>at %1</source>
        <translation>在 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="100"/>
        <source>until %1</source>
        <translation>留至 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="112"/>
        <source>Which hold?</source>
        <translation>哪一項留貨？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="120"/>
        <source>Set aside</source>
        <translation>已留起</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="121"/>
        <source>Picked up by the customer</source>
        <translation>顧客已取貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="122"/>
        <source>Sent by transfer</source>
        <translation>已調貨送出</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="123"/>
        <source>Release (expired or not wanted)</source>
        <translation>取消留貨（過期或不再需要）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="126"/>
        <source>Cancel the hold (the customer no longer wants it)</source>
        <translation>取消留貨（顧客不再需要）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="128"/>
        <source>What happened?</source>
        <translation>發生了甚麼？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="134"/>
        <source>Hold updated: the other store is told.</source>
        <translation>留貨已更新：已通知對方分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="149"/>
        <source>Transfer requests to this store</source>
        <translation>其他分店向本店的調貨要求</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="156"/>
        <source>Which oversell?</source>
        <translation>哪一項超賣？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="162"/>
        <source>Transfer in from another store</source>
        <translation>由其他分店調貨補回</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="163"/>
        <source>Customer contacted</source>
        <translation>已聯絡顧客</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="164"/>
        <source>Write off (book stock was wrong)</source>
        <translation>註銷（賬面存貨有誤）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="166"/>
        <source>How was it resolved?</source>
        <translation>如何處理？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="173"/>
        <source>Oversell resolved.</source>
        <translation>超賣已處理。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="181"/>
        <source>Resolving an oversell needs a manager's PIN.</source>
        <translation>處理超賣需要經理密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="187"/>
        <source>Mark as called</source>
        <translation>標記為已致電</translation>
    </message>
</context>
<context>
    <name>SubstituteFinder</name>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="38"/>
        <source>Substitutes for the open shift</source>
        <translation>空缺更次的替工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="39"/>
        <source>Give the shift to the chosen person</source>
        <translation>把更次交給所選員工</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="66"/>
        <source>this store</source>
        <translation>本店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="68"/>
        <source>%1 h this week</source>
        <translation>本週 %1 小時</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="71"/>
        <source>Nobody can take it without breaking a rule.</source>
        <translation>沒有人可以接這更而不違反規定。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="77"/>
        <source>Choose who takes the shift.</source>
        <translation>請選擇由誰接這更。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="94"/>
        <source>The shift is taken; the hub confirms it.</source>
        <translation>已接更，等待中央伺服器確認。</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="61"/>
        <source>Records not yet in the hub</source>
        <translation>尚未送達總部伺服器的記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="66"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>待傳送的記錄已安全保存在這部電腦，總部伺服器一有回應便會傳送。被拒收的記錄未獲總部伺服器接受，其對本店存貨的影響已經撤銷。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="79"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>這部電腦的所有記錄均已送達總部伺服器。</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Record</source>
        <translation>記錄</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Store</source>
        <translation>分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="49"/>
        <source>Waiting to be sent</source>
        <translation>等待傳送</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="50"/>
        <source>Refused: %1</source>
        <translation>已拒收：%1</translation>
    </message>
</context>
<context>
    <name>TenderPanel</name>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="43"/>
        <source>Cash (MOP)</source>
        <translation>現金（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="44"/>
        <source>Cash (HKD)</source>
        <translation>現金（港元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="45"/>
        <source>Card</source>
        <translation>信用卡／扣賬卡</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="46"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="47"/>
        <source>Alipay</source>
        <translation>支付寶</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="48"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="132"/>
        <source>Payment</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="133"/>
        <source>Amount handed over (empty: exactly what is owed)</source>
        <translation>顧客付出金額（留空：剛好應付金額）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="136"/>
        <source>Undo</source>
        <translation>復原</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="137"/>
        <source>Still to pay</source>
        <translation>尚欠</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="138"/>
        <source>Change (MOP)</source>
        <translation>找續（澳門元）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="139"/>
        <source>Complete sale (F12)</source>
        <translation>完成銷售 (F12)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="141"/>
        <location filename="../../desktop/views/counter_tender.py" line="150"/>
        <source>HKD rate: 1 HKD = %1 MOP</source>
        <translation>港元匯率：1 港元 = %1 澳門元</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="81"/>
        <source>Approve (manager PIN)</source>
        <translation>批准（經理密碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Confirm packing (PIN)</source>
        <translation>確認包裝（密碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Pack by scanning</source>
        <translation>掃描包裝</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="83"/>
        <source>Dispatch and print slip</source>
        <translation>發貨並列印交收單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="84"/>
        <source>Reprint slip</source>
        <translation>重印交收單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Confirm receipt</source>
        <translation>確認收貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Receive</source>
        <translation>收貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="86"/>
        <source>Damaged…</source>
        <translation>損壞…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="87"/>
        <source>Missing…</source>
        <translation>缺少…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="88"/>
        <source>Stop counting</source>
        <translation>停止點數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="89"/>
        <source>Cancel transfer</source>
        <translation>取消調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="90"/>
        <source>Close (manager PIN)</source>
        <translation>結案（經理密碼）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="100"/>
        <source>Scan a handover slip, or choose a transfer</source>
        <translation>掃描交收單，或選擇一張調貨單</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="110"/>
        <source>From %1 to %2</source>
        <translation>由 %1 到 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="117"/>
        <source>Approved automatically: under the store's limit of %1</source>
        <translation>已自動批准：未超過該店 %1 的上限</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="120"/>
        <source>Packed by %1</source>
        <translation>包裝人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="122"/>
        <source>Carried by %1</source>
        <translation>運送人：%1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="124"/>
        <source>In transit: %1</source>
        <translation>運送中：%1 件</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="126"/>
        <source>Waiting for the hub to confirm the last step</source>
        <translation>等待總部伺服器確認最後一步</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="135"/>
        <source>packed %1</source>
        <translation>已包裝 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="136"/>
        <source>received %1</source>
        <translation>已收 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="138"/>
        <source>damaged %1</source>
        <translation>損壞 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="140"/>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="16"/>
        <source>Requested</source>
        <translation>已申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="17"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="18"/>
        <source>Packed</source>
        <translation>已包裝</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="19"/>
        <location filename="../../desktop/views/transfers_detail.py" line="49"/>
        <location filename="../../desktop/views/transfers_detail.py" line="110"/>
        <source>In transit</source>
        <translation>運送中</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="20"/>
        <source>Partly received</source>
        <translation>部分已收</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="21"/>
        <location filename="../../desktop/views/transfers_detail.py" line="107"/>
        <source>Received</source>
        <translation>已收貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="22"/>
        <source>Closed</source>
        <translation>已結案</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="23"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="36"/>
        <source>← from %1</source>
        <translation>← 來自 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="37"/>
        <source>→ to %1</source>
        <translation>→ 送往 %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="45"/>
        <source>Number</source>
        <translation>編號</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="46"/>
        <source>Other store</source>
        <translation>對方分店</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="47"/>
        <source>State</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="48"/>
        <source>Units</source>
        <translation>件數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="104"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="105"/>
        <source>Asked</source>
        <translation>申請</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="106"/>
        <source>Sent</source>
        <translation>已發</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="108"/>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="109"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="111"/>
        <source>Now</source>
        <translation>今次</translation>
    </message>
</context>
<context>
    <name>TransfersScreen</name>
    <message>
        <location filename="../../desktop/views/transfers.py" line="117"/>
        <source>Transfers</source>
        <translation>調貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="121"/>
        <source>Scan a handover slip to receive it, or an item to count it</source>
        <translation>掃描交收單以收貨，或掃描貨品點數</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="180"/>
        <source>Transfer %1 opened: scan each item that arrived.</source>
        <translation>已打開調貨 %1：請逐件掃描收到的貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="221"/>
        <source>Scan a handover slip first, or choose a transfer and press Pack.</source>
        <translation>請先掃描交收單，或選擇調貨單後按「掃描包裝」。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="237"/>
        <source>Choose the item's line first.</source>
        <translation>請先選擇貨品那一行。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Damaged</source>
        <translation>損壞</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="247"/>
        <source>Why are they written off?</source>
        <translation>報銷原因？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="266"/>
        <source>Sign in on the Counter first: each step says who took it.</source>
        <translation>請先在收銀台登入：每一步都會記下經手人。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="270"/>
        <source>A manager's PIN to approve sending</source>
        <translation>輸入經理密碼以批准發貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="272"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="281"/>
        <source>Scan each item as it goes into the box.</source>
        <translation>每件貨品放入箱時請掃描。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="288"/>
        <source>The packer's PIN: the slip carries the name it belongs to</source>
        <translation>包裝人的密碼：交收單會印上密碼所屬的名字</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="290"/>
        <source>Packed.</source>
        <translation>已包裝。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Dispatch</source>
        <translation>發貨</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Who carries it (a colleague's name or the courier)?</source>
        <translation>由誰運送（同事姓名或速遞公司）？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="306"/>
        <source>Dispatched: the stock is in transit.</source>
        <translation>已發貨：貨品運送中。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="331"/>
        <source>Scan each item that arrived.</source>
        <translation>請逐件掃描收到的貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="339"/>
        <source>Receipt recorded.</source>
        <translation>已記錄收貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="347"/>
        <source>Cancel transfer %1?</source>
        <translation>取消調貨 %1？</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="349"/>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="354"/>
        <source>A manager's PIN to close it (what is still owed is missing)</source>
        <translation>輸入經理密碼以結案（未到的貨品當作缺少）</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="356"/>
        <source>Closed.</source>
        <translation>已結案。</translation>
    </message>
</context>
<context>
    <name>UsbDevices</name>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="16"/>
        <source>Receipt printer</source>
        <translation>收據打印機</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="17"/>
        <source>Barcode scanner (USB keyboard mode)</source>
        <translation>條碼掃描器（USB 鍵盤模式）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="18"/>
        <source>Barcode scanner (HID POS mode)</source>
        <translation>條碼掃描器（HID POS 模式）</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="19"/>
        <source>Keyboard, or a scanner in keyboard mode</source>
        <translation>鍵盤，或鍵盤模式的掃描器</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="20"/>
        <source>Other device</source>
        <translation>其他裝置</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="60"/>
        <source>Vendor:product</source>
        <translation>廠商:產品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="61"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="62"/>
        <source>What it is</source>
        <translation>類型</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="110"/>
        <source>SKU</source>
        <translation>貨號</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="111"/>
        <source>Item</source>
        <translation>貨品</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="112"/>
        <source>Expected</source>
        <translation>應有數量</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="113"/>
        <source>Counted</source>
        <translation>點算數量</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="114"/>
        <source>Variance</source>
        <translation>差異</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="115"/>
        <source>Value</source>
        <translation>金額</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="116"/>
        <source>Adjustment</source>
        <translation>調整</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="122"/>
        <source>none needed</source>
        <translation>毋須調整</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="124"/>
        <source>applied</source>
        <translation>已調整</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="126"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="127"/>
        <source>declined</source>
        <translation>已拒絕</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="128"/>
        <source>waits for a manager</source>
        <translation>待經理批准</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="120"/>
        <source>Welcome to Store Manager</source>
        <translation>歡迎使用店舖管家</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="121"/>
        <source>How will this computer be used?</source>
        <translation>這部電腦將會如何使用？</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="122"/>
        <source>Join my chain's hub</source>
        <translation>加入我的連鎖店中樞</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="124"/>
        <source>A manager gave you the hub's address and an enrollment code for this computer.</source>
        <translation>經理已給您中樞地址及這部電腦的登記碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="126"/>
        <source>Host the chain on this PC</source>
        <translation>在這部電腦上運行連鎖店的中樞</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="128"/>
        <source>One shop, one counter: this computer keeps the chain's hub and is its till.</source>
        <translation>一間店、一個櫃檯：這部電腦保存連鎖店的中樞，同時作為收銀機。</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="130"/>
        <source>Try the demo</source>
        <translation>試用示範</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="132"/>
        <source>A demo chain of five shops selling live. Nothing you do in it is real.</source>
        <translation>一個有五間分店即時銷售的示範連鎖店。您在其中所做的一切都不是真的。</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>本機資料庫檔案 {path} 已損壞，無法開啟。未有作出任何更改。請從備份還原，或選擇另一個數據資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>無法在 {path} 建立或寫入資料庫。請檢查該資料夾是否存在，以及此用戶是否有寫入權限。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>資料庫 {path} 正被另一個程式使用。請關閉該程式後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>資料庫 {path} 由較新版本的本程式寫入。請先更新程式再開啟。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>The demo's database {path} is damaged. Start the demo afresh (main.py --demo --reset-demo); that deletes only the files the demo made.</source>
        <translation>示範資料庫 {path} 已損壞。請重新開始示範（main.py --demo --reset-demo）；這只會刪除示範自己建立的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>{path} was not made by the demo, so the demo will neither replace nor delete it. Choose another file with --db.</source>
        <translation>{path} 不是示範建立的檔案，示範不會取代或刪除它。請用 --db 選擇另一個檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>--db names a folder ({path}); it must name a database file, such as {path}/till.sqlite3.</source>
        <translation>--db 指向的是資料夾（{path}）；它必須是資料庫檔案，例如 {path}/till.sqlite3。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Unknown log level {level}. Use one of: {levels}.</source>
        <translation>不明的記錄等級 {level}。請使用以下其中一個：{levels}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>Cannot save a screenshot as {path}: use a name ending in one of {formats}.</source>
        <translation>無法將螢幕截圖儲存為 {path}：檔名結尾須為 {formats} 其中之一。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>Cannot write the screenshot {path}: its folder cannot be created or written to.</source>
        <translation>無法寫入螢幕截圖 {path}：無法建立或寫入其資料夾。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The record of printed receipts {path} is damaged, so the app cannot tell which receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record.</source>
        <translation>已列印收據的記錄 {path} 已損壞，程式無法判斷哪些收據已列印。未作任何更改。請從備份還原，或把它移走以開始新的記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>找不到條碼為 {code} 的貨品。請檢查貨品，或按名稱搜尋。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="71"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>條碼 {code} 讀取錯誤（校驗碼不正確）。請重新掃描。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="74"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>貨品 {sku} 不在貨品目錄內。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>購物籃是空的。請先掃描貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>貨品 {sku} 不可使用數量 {qty}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="77"/>
        <source>Payment method {method} is not known.</source>
        <translation>不明的付款方式 {method}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="78"/>
        <source>Enter an amount greater than zero.</source>
        <translation>請輸入大於零的金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="79"/>
        <source>Card and wallet payments cannot be more than what is still owed.</source>
        <translation>信用卡及電子錢包付款不可多於尚欠金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="82"/>
        <source>The sale is already paid in full.</source>
        <translation>這筆銷售已全數付清。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="83"/>
        <source>The price of {sku} changed while it was in the basket. Scan it again.</source>
        <translation>{sku} 的價錢在放入購物籃後有變，請重新掃描。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="86"/>
        <source>That discount is more than the amount.</source>
        <translation>折扣多於金額。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="87"/>
        <source>Discounts above {limit}% need a manager's PIN.</source>
        <translation>高於 {limit}% 的折扣需要經理密碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="90"/>
        <source>The payments do not cover the total yet.</source>
        <translation>已付金額仍未足夠。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>No sale has the receipt {code} on this computer. Check the number, or refund at the store that sold it.</source>
        <translation>這部電腦找不到收據 {code} 的銷售。請核對號碼，或到售出的分店辦理退款。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>At most {max} of {sku} can still be refunded on this receipt.</source>
        <translation>這張收據的 {sku} 最多只可再退 {max} 件。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="98"/>
        <source>Choose how many of which items come back.</source>
        <translation>請選擇退回哪些貨品及數量。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="124"/>
        <source>This hold was already requested.</source>
        <translation>這項留貨已經提出過。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="125"/>
        <source>A hold must last until a time later than now.</source>
        <translation>留貨時間必須遲於現在。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="126"/>
        <source>Not enough available at that store to hold: someone else may have just taken it.</source>
        <translation>該分店可供應數量不足以留貨：可能剛被其他人留了。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="129"/>
        <source>This hold is not known.</source>
        <translation>找不到這項留貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="130"/>
        <source>The hold is still waiting to be set aside.</source>
        <translation>這項留貨仍在等待對方分店留起。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="131"/>
        <source>The hold was already set aside.</source>
        <translation>這項留貨已經留起。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="132"/>
        <source>The hold was already picked up or transferred.</source>
        <translation>這項留貨已被取走或調走。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="133"/>
        <source>The hold was already released.</source>
        <translation>這項留貨已經取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="134"/>
        <source>Enter the customer's name or phone number.</source>
        <translation>請輸入顧客姓名或電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="172"/>
        <source>A transfer needs another store than this one.</source>
        <translation>調貨要選本店以外的分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="196"/>
        <source>Enter a phone number the store can call.</source>
        <translation>請輸入分店可致電的電話號碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="197"/>
        <source>This alert was already resolved.</source>
        <translation>這項警示已經處理。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="198"/>
        <source>This device may not record that.</source>
        <translation>這部裝置不可記錄這項資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="199"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>密碼為 4 至 8 位數字。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="200"/>
        <source>That PIN is not right. Try again.</source>
        <translation>密碼不正確，請再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="201"/>
        <source>Too many wrong PINs in a row. PINs can be tried again in {seconds} s.</source>
        <translation>連續輸入錯誤密碼次數過多。請於 {seconds} 秒後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204"/>
        <source>{name} may not approve this. Ask a manager.</source>
        <translation>{name} 無權批准，請找經理。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="205"/>
        <source>Only a store manager or an area manager may manage staff.</source>
        <translation>只有店舖經理或區域經理可管理員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="208"/>
        <source>A store manager manages the staff of their own store only.</source>
        <translation>店舖經理只可管理自己店舖的員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="211"/>
        <source>This member of staff outranks you. Ask an area manager.</source>
        <translation>此員工的職級比你高，請找區域經理。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="212"/>
        <source>You may not give this role. Ask an area manager.</source>
        <translation>你不可授予此職位，請找區域經理。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="213"/>
        <source>The discount limit can be at most {max} %.</source>
        <translation>折扣上限最多為 {max} %。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="214"/>
        <source>You cannot deactivate yourself or change your own role.</source>
        <translation>你不可停用自己，亦不可更改自己的職位。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="215"/>
        <source>Enter a name.</source>
        <translation>請輸入姓名。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="216"/>
        <source>A name is at most {max} characters.</source>
        <translation>姓名最多 {max} 個字。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="217"/>
        <source>Cashiers and store managers belong to a store; area managers and engineers to the whole chain.</source>
        <translation>收銀員及店舖經理屬於某間店舖；區域經理及維修技師屬於全集團。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="221"/>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>兩次輸入的密碼不相同，請再輸入新密碼兩次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="224"/>
        <source>Someone else who signs in here has that PIN. Choose another.</source>
        <translation>在此登入的另一位員工已使用此密碼，請另選一個。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="228"/>
        <source>Someone moving to another store needs a new PIN there: type it twice.</source>
        <translation>調往其他店舖的員工須在該店使用新密碼：請輸入兩次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="231"/>
        <source>This device is not assigned to a store.</source>
        <translation>本機尚未指派到任何分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="232"/>
        <source>The hub refused a record as malformed.</source>
        <translation>總部伺服器拒收一項記錄：格式錯誤。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="233"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>總部伺服器無法識別此類記錄。請更新程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="236"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>總部伺服器拒收一項記錄：該記錄屬於其他分店，並非本機所屬分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="239"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>總部伺服器拒收一項與現有記錄衝突的記錄（收據編號相同）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="242"/>
        <source>A quantity, amount or text in this record is beyond the limits a record may hold.</source>
        <translation>此記錄的數量、金額或文字超出記錄容許的上限。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="245"/>
        <source>The hub refused a record carrying information it does not know. Update the hub.</source>
        <translation>總部伺服器拒收一項含有不明資料的記錄。請更新總部伺服器。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="248"/>
        <source>This record is too large to be stored.</source>
        <translation>此記錄太大，無法儲存。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="249"/>
        <source>The hub refused a record for a product the chain does not have.</source>
        <translation>總部伺服器拒收一項記錄：連鎖店沒有此貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="252"/>
        <source>The hub refused a record for a store the chain does not have.</source>
        <translation>總部伺服器拒收一項記錄：連鎖店沒有此分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="227"/>
        <source>The chain has no such member of staff.</source>
        <translation>連鎖店沒有這位員工。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>The settings file {path} cannot be used ({detail}). Nothing was changed. Restore it from a backup, or move it away and start the app with --enroll to connect this computer again.</source>
        <translation>設定檔 {path} 無法使用（{detail}）。未有作出任何更改。請從備份還原，或將它移走，再以 --enroll 啟動程式，重新將這部電腦連接到連鎖店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="99"/>
        <source>Choose why the goods come back (for "Other", say why in a few words).</source>
        <translation>請選擇退貨原因（選「其他」時請簡短說明）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="102"/>
        <source>Say why in at most {max} characters.</source>
        <translation>原因說明最多 {max} 個字。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>This refund needs a manager's PIN (cash refunds and refunds above the store's limit).</source>
        <translation>此退款需要經理密碼（現金退款及超過本店限額的退款）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="106"/>
        <source>The outgoing and the incoming cashier must be two different people, each with their own PIN.</source>
        <translation>交班和接班收銀員必須是兩個不同的人，各自輸入自己的 PIN。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="110"/>
        <source>Both cashiers sign on the pads before handing over.</source>
        <translation>交更前兩位收銀員都要在簽名板上簽署。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="113"/>
        <source>The variance is above the store's rule: a store manager types their PIN and a reason is given.</source>
        <translation>差額超出本店規定：須由店長輸入 PIN 並說明原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="117"/>
        <source>Say why the drawer does not match before it is approved.</source>
        <translation>批准前請說明錢箱為何不符。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>留底備用金不可多於點算的現金。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="123"/>
        <source>That handover is not on this computer.</source>
        <translation>這部電腦沒有該交更記錄。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="135"/>
        <source>This repair ticket is not known here yet.</source>
        <translation>這部電腦尚未收到此維修單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="136"/>
        <source>The ticket is still waiting for an engineer.</source>
        <translation>此維修單仍在等候技術員。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="137"/>
        <source>The engineer declined this ticket; it goes to the next.</source>
        <translation>技術員已婉拒此維修單，將轉交下一位。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="140"/>
        <source>The ticket was reopened and waits for an engineer.</source>
        <translation>此維修單已重開，正等候技術員。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="143"/>
        <source>The ticket is offered to an engineer who has not accepted it yet.</source>
        <translation>此維修單已通知技術員，但尚未接受。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>Another engineer accepted this ticket first.</source>
        <translation>另一位技術員已先接受此維修單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="147"/>
        <source>The engineer is already on site.</source>
        <translation>技術員已到場。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="148"/>
        <source>The ticket was already resolved.</source>
        <translation>此維修單已修好。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="149"/>
        <source>The store already verified this repair.</source>
        <translation>分店已確認此維修。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="150"/>
        <source>This ticket is another engineer's.</source>
        <translation>此維修單屬於另一位技術員。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="151"/>
        <source>This ticket was already raised.</source>
        <translation>此維修單已開立。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="152"/>
        <source>Say what is wrong in a few words.</source>
        <translation>請簡單說明問題。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="153"/>
        <source>Working hours must end after they start.</source>
        <translation>工作時間的結束須晚於開始。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="154"/>
        <source>This equipment is not in the store's register.</source>
        <translation>此設備不在分店的設備登記中。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="155"/>
        <source>Choose a typhoon signal: 1, 3, 8, 9, 10, or none.</source>
        <translation>請選擇颱風信號：1、3、8、9、10 或無。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="156"/>
        <source>This shift is not known.</source>
        <translation>找不到這個更次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="157"/>
        <source>The shift is already on the roster.</source>
        <translation>這個更次已在更表上。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158"/>
        <source>The shift is already open to substitutes.</source>
        <translation>這個更次已開放給替工。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="159"/>
        <source>Someone else took this shift first. It is no longer open.</source>
        <translation>已有其他人先接了這更，此更次不再空缺。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="162"/>
        <source>The shift was released for a typhoon or black rain.</source>
        <translation>這個更次已因颱風或黑雨取消。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="165"/>
        <source>The shift was taken off the roster.</source>
        <translation>這個更次已從更表上移除。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="166"/>
        <source>That would break a labour rule for {staff}: {rule} ({article}).</source>
        <translation>這會令 {staff} 違反勞工法規：{rule}（{article}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="169"/>
        <source>This shift is not yours.</source>
        <translation>這不是你的更次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="170"/>
        <source>There is no shift for you here today.</source>
        <translation>你今日在本店沒有更次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171"/>
        <source>A shift must end after it starts, within a day.</source>
        <translation>更次必須在開始後一日內結束。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173"/>
        <source>This transfer is not known here yet.</source>
        <translation>此裝置尚未收到這張調貨單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="174"/>
        <source>The transfer has not been approved yet.</source>
        <translation>調貨單尚未批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175"/>
        <source>The transfer was already approved.</source>
        <translation>調貨單已經批准。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="176"/>
        <source>The transfer was already packed.</source>
        <translation>調貨單已經包裝。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177"/>
        <source>The other store already dispatched this transfer: it is on its way.</source>
        <translation>對方分店已經發貨：貨品正在運送中。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="180"/>
        <source>The transfer is already partly received.</source>
        <translation>調貨單已部分收貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="181"/>
        <source>The transfer was already received in full.</source>
        <translation>調貨單已全部收貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="182"/>
        <source>The transfer was already closed.</source>
        <translation>調貨單已經結案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183"/>
        <source>The other store already cancelled this transfer.</source>
        <translation>對方分店已經取消這張調貨單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="186"/>
        <source>This transfer was already requested.</source>
        <translation>這張調貨單已經申請過。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="187"/>
        <source>Scan the items packed before confirming.</source>
        <translation>確認前請先掃描已包裝的貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="188"/>
        <source>More units than are still on their way for this item: check the counts.</source>
        <translation>數量多於此貨品仍在運送中的件數：請核對點數。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="191"/>
        <source>This item was not sent in this transfer.</source>
        <translation>這張調貨單沒有發出此貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="192"/>
        <source>Say why the damaged units are written off.</source>
        <translation>請說明損壞貨品的報銷原因。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="193"/>
        <source>The limit must be between MOP 0 (off) and MOP 10,000,000,000.</source>
        <translation>上限必須介乎 MOP 0（關閉）至 MOP 10,000,000,000 之間。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="255"/>
        <source>The hub could not store this record and refused it. The records after it were sent.</source>
        <translation>總部伺服器無法儲存此記錄，已拒收。其後的記錄已照常傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="258"/>
        <source>This till's database was restored or copied: the hub already has other records under the same numbers. Call a manager before selling on.</source>
        <translation>本收銀機的資料庫曾被還原或複製：總部伺服器已有相同編號的其他記錄。請先聯絡經理，再繼續銷售。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="263"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>總部伺服器沒有回應。銷售記錄會保存在這部電腦，待伺服器恢復後自動傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="266"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>總部伺服器傳來本程式無法理解的內容。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="267"/>
        <source>Part of the hub's log went missing on the way; this computer reconnects and reads it again.</source>
        <translation>總部伺服器的部分記錄在傳送途中遺失；這部電腦會重新連線並再次讀取。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="271"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>總部伺服器不接受本機。請聯絡經理重新登記本機。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="274"/>
        <source>The hub did not answer in time.</source>
        <translation>總部伺服器回應逾時。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="275"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>訊息太大，總部伺服器無法接收；系統會分拆成較小部分再傳送。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="278"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>本程式與總部伺服器的通訊協定版本不同。請更新程式。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="281"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>同步意外失敗，系統稍後會重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="282"/>
        <source>This device was removed from the chain by a manager. Its records stay on this computer. To sync again, ask a manager for a new enrollment code.</source>
        <translation>此裝置已被經理從連鎖店移除。其記錄仍保留在這部電腦上。如需再次同步，請向經理索取新的登記碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="287"/>
        <source>Another copy of this till connected to the hub with the same enrollment (a second window of Store Manager, or a copied computer), so this one stopped syncing. Its sales are kept here. Close the other copy: this one checks now and then and syncs again once it is gone.</source>
        <translation>這部收銀電腦的另一個副本以同一登記連線到中樞（店舖管家的第二個視窗，或一部複製出來的電腦），所以這裡已停止同步。這裡的銷售記錄會保留在本機。請關閉另一個副本：這裡會不時再檢查，待另一個副本關閉後便會再次同步。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="293"/>
        <source>Another copy of this till is connected to the hub; this one waits until it is closed.</source>
        <translation>這部收銀電腦的另一個副本正連線到中樞；這裡會等待它關閉。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="296"/>
        <source>This computer did not take what the hub sent for too long; it reconnects and carries on where it stopped.</source>
        <translation>這部電腦太久未有接收中樞傳來的資料；現會重新連線，並從停下的地方繼續。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="300"/>
        <source>The hub's security certificate is not the one this device knows, so nothing was sent to it. If the hub was replaced on purpose, ask a manager for a new enrollment code; otherwise call your IT contact.</source>
        <translation>中樞的安全證書與此裝置所知的不符，因此沒有傳送任何資料。如中樞是特意更換的，請向經理索取新的登記碼；否則請聯絡你的資訊科技支援人員。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="305"/>
        <source>The hub address {url} is not encrypted (ws://). Use its wss:// address: plain ws:// works only on this computer.</source>
        <translation>中樞地址 {url} 未經加密（ws://）。請使用其 wss:// 地址：純 ws:// 只可在這部電腦上使用。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="309"/>
        <source>{url} is not a hub address. A hub address looks like wss://backoffice:8765.</source>
        <translation>{url} 不是中樞地址。中樞地址的格式如 wss://backoffice:8765。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="312"/>
        <source>The hub serves on {host} only with a certificate (--cert and --key).</source>
        <translation>中樞只會在有證書（--cert 及 --key）的情況下於 {host} 提供服務。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="315"/>
        <source>The hub's certificate {cert} or key {key} cannot be used: {detail}</source>
        <translation>無法使用中樞的證書 {cert} 或金鑰 {key}：{detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="318"/>
        <source>The hub does not know this enrollment code. Check it, or ask the manager for a new one.</source>
        <translation>中樞不認識此登記碼。請檢查，或向經理索取新的登記碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="321"/>
        <source>This enrollment code has already been used. A code enrols one device: ask the manager for a new one.</source>
        <translation>此登記碼已被使用。每個登記碼只可登記一部裝置：請向經理索取新的登記碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="325"/>
        <source>This enrollment code has expired. Ask the manager for a new one.</source>
        <translation>此登記碼已過期。請向經理索取新的登記碼。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="328"/>
        <source>That is not an enrollment code. A code has 12 or 24 letters and digits, such as ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.</source>
        <translation>這不是登記碼。登記碼由 12 或 24 個字母及數字組成，例如 ABCD-EFGH-JKLM-NPQR-STUV-WXYZ。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="332"/>
        <source>Only a manager's device may create enrollment codes, and only for its own store.</source>
        <translation>只有經理的裝置可以建立登記碼，而且只限其所屬分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="335"/>
        <source>The hub has no store {store}.</source>
        <translation>中樞沒有分店 {store}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="336"/>
        <source>A counter PC belongs to a store: choose one.</source>
        <translation>收銀電腦必須屬於一間分店：請選擇分店。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="337"/>
        <source>{role} is not a kind of device this app knows.</source>
        <translation>本程式不認識裝置類別 {role}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="338"/>
        <source>A code must be valid for between 5 minutes and 7 days.</source>
        <translation>登記碼的有效期必須介乎 5 分鐘至 7 日。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="339"/>
        <source>A device called {device_id} is already enrolled.</source>
        <translation>名為 {device_id} 的裝置已經登記。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="340"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>這部電腦沒有可用的密碼儲存（{backend}），無法安全保存裝置金鑰。請安裝或解鎖系統鑰匙圈；金鑰絕不會寫入普通檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="345"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>系統鑰匙圈無法運作（{backend}）：{detail}。請解鎖後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="348"/>
        <source>The USB library (libusb) is missing, so USB printers and scanners cannot be used. Scanners that type like a keyboard still work. See the hardware guide.</source>
        <translation>這部電腦沒有 USB 程式庫（libusb），所以不能使用 USB 打印機及掃描器。像鍵盤一樣輸入的掃描器仍然可用。請參閱硬件指南。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="352"/>
        <source>The USB device {device} is not connected. Check the cable and the power, then refresh the list in Settings, Devices.</source>
        <translation>USB 裝置 {device} 未連接。請檢查電線及電源，然後在「設定」→「裝置」重新整理清單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="356"/>
        <source>This computer's user may not open the USB device {device}. On Linux, install the udev rule that comes with the app (99-store-manager-usb.rules) and add the user to the plugdev group; see the hardware guide.</source>
        <translation>這部電腦的使用者無權開啟 USB 裝置 {device}。在 Linux 上，請安裝本程式附帶的 udev 規則（99-store-manager-usb.rules），並把使用者加入 plugdev 群組；請參閱硬件指南。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="360"/>
        <source>The USB device {device} is in use by another driver or program (a system print queue such as CUPS, or another copy of this app). Remove it from the system's printers or close the other program, then try again.</source>
        <translation>USB 裝置 {device} 正被其他驅動程式或程式使用（例如 CUPS 等系統列印佇列，或另一個開啟中的本程式）。請從系統的打印機中移除它或關閉該程式，然後再試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="364"/>
        <source>The USB device {device} reported an error ({detail}). Unplug it, plug it in again and retry.</source>
        <translation>USB 裝置 {device} 回報錯誤（{detail}）。請拔出再插入，然後重試。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="368"/>
        <source>No receipt printer is chosen yet. Choose one in Settings, Devices.</source>
        <translation>尚未選擇收據打印機。請在「設定」→「裝置」選擇。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="371"/>
        <source>The printer {device} did not answer in time. Nothing was printed: check that it is on and has paper, then print again.</source>
        <translation>打印機 {device} 沒有及時回應。沒有列印任何內容：請檢查打印機已開啟及有紙，然後再列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="375"/>
        <source>The printer {device} stopped answering while printing {job}; the slip may be incomplete. It is not sent again by itself: check the paper and the cover, then reprint it as a copy if needed.</source>
        <translation>打印機 {device} 在列印 {job} 時停止回應，單據可能不完整。系統不會自動重印：請檢查紙捲及機蓋，有需要時以副本重印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="379"/>
        <source>Slip {job} had already gone to the printer when it stopped answering, so it is not printed again. Reprint it as a copy if it did not come out whole.</source>
        <translation>單據 {job} 在打印機停止回應前已經送出，所以不會再列印。如果印出的單據不完整，請以副本重印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="383"/>
        <source>The printer {device} is out of paper. Put in a new roll and print again.</source>
        <translation>打印機 {device} 缺紙。請放入新紙捲，然後再列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="386"/>
        <source>The cover of the printer {device} is open. Close it and print again.</source>
        <translation>打印機 {device} 的機蓋未關。請關上機蓋，然後再列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="389"/>
        <source>The printer {device} is offline or shows an error. Check the paper, the cover and its error light, then print again.</source>
        <translation>打印機 {device} 離線或出錯。請檢查紙捲、機蓋及錯誤指示燈，然後再列印。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="393"/>
        <source>The system printer {printer} could not print. Check it in the system's printer settings.</source>
        <translation>系統打印機 {printer} 無法列印。請在系統的打印機設定中檢查。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="396"/>
        <source>Cannot write the PDF {path}. Choose another folder or file name.</source>
        <translation>無法寫入 PDF {path}。請選擇其他資料夾或檔名。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="399"/>
        <source>That count is no longer here. Open the list of counts again.</source>
        <translation>找不到這次點算。請重新打開點算清單。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="402"/>
        <source>A count of {qty} for {sku} is not possible. Type the number of units on the shelf.</source>
        <translation>{sku} 的點算數量 {qty} 不正確。請輸入貨架上的件數。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="405"/>
        <source>Nothing has been counted yet. Scan the items on the shelf first.</source>
        <translation>尚未點算任何貨品。請先掃描貨架上的貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="408"/>
        <source>A manager has already decided on this count.</source>
        <translation>經理已處理這次點算。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="409"/>
        <source>Nothing in this count waits for a manager.</source>
        <translation>這次點算沒有須經理批准的項目。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="410"/>
        <source>The file is empty.</source>
        <translation>檔案是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="411"/>
        <source>The file is not text in UTF-8, UTF-16 or Big5. Save it again as CSV UTF-8.</source>
        <translation>檔案不是 UTF-8、UTF-16 或 Big5 文字。請另存為 CSV UTF-8。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="414"/>
        <source>The file is not a readable CSV file ({detail}).</source>
        <translation>檔案不是可讀取的 CSV 檔案（{detail}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="415"/>
        <source>The Excel file cannot be read ({detail}). Open it in Excel and save it again as .xlsx.</source>
        <translation>無法讀取 Excel 檔案（{detail}）。請用 Excel 打開後另存為 .xlsx。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="418"/>
        <source>The column {column} is missing from the first row.</source>
        <translation>第一行欠缺 {column} 欄。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="421"/>
        <source>The column {column} is not one this import knows.</source>
        <translation>匯入功能不認識 {column} 欄。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="422"/>
        <source>The column {column} appears twice.</source>
        <translation>{column} 欄出現了兩次。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="423"/>
        <source>There is no store {store} (column {column}).</source>
        <translation>沒有 {store} 分店（{column} 欄）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="424"/>
        <source>This device belongs to {own}; it cannot set opening stock for {store}.</source>
        <translation>這部電腦屬於 {own}，不能設定 {store} 的開業存貨。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="427"/>
        <source>The file has {rows} rows; at most {max} can be imported at once.</source>
        <translation>檔案有 {rows} 行，每次最多只可匯入 {max} 行。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="430"/>
        <source>The file has a header row but no products.</source>
        <translation>檔案只有欄名，沒有貨品。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="431"/>
        <source>{column} is empty.</source>
        <translation>{column} 是空的。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="432"/>
        <source>{column} is longer than {max} characters.</source>
        <translation>{column} 超過 {max} 個字元。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="433"/>
        <source>SKU {sku} may only contain letters, digits and . _ / -</source>
        <translation>貨號 {sku} 只可包含英文字母、數字及 . _ / -</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="434"/>
        <source>SKU {sku} is already on row {first}.</source>
        <translation>貨號 {sku} 已在第 {first} 行出現。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="435"/>
        <source>Price {value} is not an amount in patacas (for example 128.50).</source>
        <translation>價錢 {value} 不是澳門元金額（例如 128.50）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="438"/>
        <source>Barcode {code} is not a valid barcode (EAN/UPC has 8, 12, 13 or 14 digits).</source>
        <translation>條碼 {code} 無效（EAN/UPC 條碼有 8、12、13 或 14 位數字）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="441"/>
        <source>Barcode {code} has a wrong check digit (it should end in {digit}).</source>
        <translation>條碼 {code} 的校驗碼錯誤（最後一位應為 {digit}）。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="444"/>
        <source>Barcode {code} is already on row {first}.</source>
        <translation>條碼 {code} 已在第 {first} 行出現。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="445"/>
        <source>Barcode {code} already belongs to product {sku}.</source>
        <translation>條碼 {code} 已屬於貨品 {sku}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="446"/>
        <source>Opening stock {value} for {store} is not a whole number from 0 up.</source>
        <translation>{store} 的開業存貨 {value} 不是 0 或以上的整數。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="449"/>
        <source>The file has {count} problem(s); nothing was imported.</source>
        <translation>檔案有 {count} 個問題，沒有匯入任何資料。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="452"/>
        <source>The file is larger than {max} MB. Split it into smaller files.</source>
        <translation>檔案大於 {max} MB。請分拆成較小的檔案。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="455"/>
        <source>The file cannot be read: {detail}.</source>
        <translation>無法讀取檔案：{detail}。</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="456"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>發生錯誤：{detail}。資料沒有遺失，請再試一次。</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="463"/>
        <source>Sale</source>
        <translation>銷售</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="464"/>
        <source>Goods received</source>
        <translation>收貨</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="465"/>
        <source>Product details</source>
        <translation>貨品資料</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="466"/>
        <source>Store details</source>
        <translation>分店資料</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="467"/>
        <source>Staff details</source>
        <translation>員工資料</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="468"/>
        <source>Staff added</source>
        <translation>新增員工</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="469"/>
        <source>Staff changed</source>
        <translation>員工資料更改</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="470"/>
        <source>PIN set</source>
        <translation>設定密碼</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="471"/>
        <source>Staff activated or deactivated</source>
        <translation>員工啟用或停用</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="472"/>
        <source>Stocktake</source>
        <translation>盤點</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="473"/>
        <source>Stocktake approval</source>
        <translation>盤點批核</translation>
    </message>
</context>
</TS>
