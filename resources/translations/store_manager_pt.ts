<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="355"/>
        <source>This device cannot sync</source>
        <translation>Este dispositivo não pode sincronizar</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="345"/>
        <source>Enrol this computer again…</source>
        <translation>Registar este computador de novo…</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="356"/>
        <source>This computer is enrolled again. Store Manager closes now: start it again to sync.</source>
        <translation>Este computador voltou a ser registado. O Gestor de Lojas fecha agora: abra-o de novo para sincronizar.</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="425"/>
        <source>%1 was deactivated by a manager and is signed out.</source>
        <translation>%1 foi desativado por um gerente e a sessão terminou.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="498"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>%n registo ainda não chegou ao servidor central. Está guardado em segurança neste computador e será enviado na próxima ligação. Sair mesmo assim?</numerusform>
            <numerusform>%n registos ainda não chegaram ao servidor central. Estão guardados em segurança neste computador e serão enviados na próxima ligação. Sair mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="506"/>
        <source>Records not yet sent</source>
        <translation>Registos ainda não enviados</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="609"/>
        <location filename="../../desktop/app.py" line="658"/>
        <location filename="../../desktop/app.py" line="687"/>
        <location filename="../../desktop/app.py" line="699"/>
        <source>Store Manager cannot start</source>
        <translation>Não é possível iniciar o Gestor de Lojas</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="614"/>
        <source>Start the demo afresh</source>
        <translation>Recomeçar a demonstração</translation>
    </message>
</context>
<context>
    <name>ApprovalBox</name>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="71"/>
        <source>Variance above the store's rule: a store manager approves</source>
        <translation>Diferença acima da regra da loja: o gerente de loja aprova</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="72"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_sign.py" line="73"/>
        <source>Manager's PIN</source>
        <translation>PIN do gerente</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="29"/>
        <source>in at %1</source>
        <translation>entrou às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="30"/>
        <source>late: in at %1</source>
        <translation>atrasado: entrou às %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="31"/>
        <source>not clocked in</source>
        <translation>sem registo de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="32"/>
        <source>due</source>
        <translation>ainda não começou</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="63"/>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="64"/>
        <source>Clock in</source>
        <translation>Registar entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="65"/>
        <source>Clock out</source>
        <translation>Registar saída</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="91"/>
        <source>Nobody is due here today.</source>
        <translation>Hoje ninguém está escalado aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="96"/>
        <source>Sign in at the Counter with your PIN first.</source>
        <translation>Entre primeiro no Balcão com o seu PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked in.</source>
        <translation>%1 registou a entrada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_attendance.py" line="109"/>
        <source>%1 clocked out.</source>
        <translation>%1 registou a saída.</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="131"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="132"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="133"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="134"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="135"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>CatalogueImportDialog</name>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="91"/>
        <source>Import catalogue</source>
        <translation>Importar catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="94"/>
        <source>A CSV (UTF-8 or Big5) or Excel file with a header row: sku, barcodes, name_zh, name_en, name_pt, price_mop, category, and optionally stock:STORE-ID columns with opening stock. Nothing is written until the file has no problems; then every product is imported at once.</source>
        <translation>Um ficheiro CSV (UTF-8 ou Big5) ou Excel com uma linha de cabeçalho: sku, barcodes, name_zh, name_en, name_pt, price_mop, category e, opcionalmente, colunas stock:ID-DA-LOJA com o stock inicial. Nada é gravado enquanto o ficheiro tiver problemas; depois, todos os produtos são importados de uma só vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="99"/>
        <source>Choose file…</source>
        <translation>Escolher ficheiro…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="100"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="101"/>
        <source>Area manager's PIN</source>
        <translation>PIN do gestor de área</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="102"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="103"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Choose a catalogue file</source>
        <translation>Escolha um ficheiro de catálogo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="110"/>
        <source>Catalogue (*.csv *.txt *.xlsx)</source>
        <translation>Catálogo (*.csv *.txt *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="121"/>
        <source>Checking…</source>
        <translation>A verificar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="143"/>
        <source>Choose a file to check it.</source>
        <translation>Escolha um ficheiro para o verificar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="148"/>
        <source>Read as %1.</source>
        <translation>Lido como %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="150"/>
        <source>%1 product(s) ready (%2 new).</source>
        <translation>%1 produto(s) pronto(s) (%2 novo(s)).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="156"/>
        <source>%1 problem(s): fix them in the file and choose it again.</source>
        <translation>%1 problema(s): corrija-os no ficheiro e escolha-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="161"/>
        <source>No problems found.</source>
        <translation>Não foram encontrados problemas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="196"/>
        <source>Imported %1 product(s).</source>
        <translation>%1 produto(s) importado(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/catalogue_import.py" line="197"/>
        <source>The catalogue is updated; the hub sends it to every store.</source>
        <translation>O catálogo foi atualizado; o servidor central envia-o a todas as lojas.</translation>
    </message>
</context>
<context>
    <name>ComingSoon</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="14"/>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="15"/>
        <source>Move stock between stores with approval, packing and printed handover slips.</source>
        <translation>Movimentar existências entre lojas, com aprovação, embalagem e guias de entrega impressas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="20"/>
        <source>Shift handover</source>
        <translation>Passagem de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="21"/>
        <source>Count the till, note open matters and hand the shift over to the next team.</source>
        <translation>Contar a caixa, anotar os assuntos pendentes e passar o turno à equipa seguinte.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="26"/>
        <source>Repairs</source>
        <translation>Reparações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="27"/>
        <source>Raise a repair ticket for broken equipment; the nearest available engineer is dispatched.</source>
        <translation>Abrir um pedido de reparação para equipamento avariado; é enviado o técnico disponível mais próximo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="33"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="34"/>
        <source>Plan rosters, find substitutes, record attendance and typhoon closures.</source>
        <translation>Planear escalas, encontrar substitutos, registar a assiduidade e os encerramentos por tufão.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="39"/>
        <source>Members</source>
        <translation>Membros</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="40"/>
        <source>Know loyal customers, build segments and run win-back campaigns.</source>
        <translation>Conhecer os clientes fiéis, criar segmentos e realizar campanhas de reconquista.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="43"/>
        <source>Dashboard</source>
        <translation>Painel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="44"/>
        <source>Sales and stock KPIs as charts, and the monthly review report.</source>
        <translation>Indicadores de vendas e existências em gráficos, e o relatório de análise mensal.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="47"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="48"/>
        <source>Requests, holds to set aside and alerts from other stores, in one list.</source>
        <translation>Pedidos, reservas a separar e alertas de outras lojas, numa só lista.</translation>
    </message>
</context>
<context>
    <name>ComingSoonScreen</name>
    <message>
        <location filename="../../desktop/views/placeholder.py" line="83"/>
        <source>Placeholder: not available yet</source>
        <translation>Provisório: ainda não disponível</translation>
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
        <translation>Inicie sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="185"/>
        <source>Enter your PIN to complete the sale.</source>
        <translation>Introduza o seu PIN para concluir a venda.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="229"/>
        <source>Change: %1</source>
        <translation>Troco: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="236"/>
        <source>Sale %1 recorded: %2</source>
        <translation>Venda %1 registada: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="291"/>
        <source>Line discount</source>
        <translation>Desconto na linha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="303"/>
        <source>Basket discount</source>
        <translation>Desconto no cesto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="323"/>
        <source>A discount of %1% is above your limit. A manager's PIN, please.</source>
        <translation>Um desconto de %1% está acima do seu limite. PIN de um gerente, por favor.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="333"/>
        <source>Above %1's limit too.</source>
        <translation>Também acima do limite de %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="342"/>
        <source>Discount approved by %1</source>
        <translation>Desconto aprovado por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="376"/>
        <source>Voided (approved by %1)</source>
        <translation>Anulado (aprovado por %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="396"/>
        <source>Voiding needs a manager's PIN.</source>
        <translation>Anular precisa do PIN de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="412"/>
        <source>Drawer opened without a sale: it is counted on the shift handover.</source>
        <translation>Gaveta aberta sem venda: fica registada na passagem de turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="432"/>
        <source>Basket parked: %1</source>
        <translation>Cesto guardado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="443"/>
        <source>No parked baskets.</source>
        <translation>Não há cestos guardados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="446"/>
        <source>Recall which basket?</source>
        <translation>Recuperar que cesto?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_actions.py" line="458"/>
        <source>Basket recalled.</source>
        <translation>Cesto recuperado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="296"/>
        <source>Refunded %1</source>
        <translation>Reembolsado %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="82"/>
        <source>Hold sent to %1; waiting for the hub to grant it.</source>
        <translation>Reserva enviada para %1; à espera que o servidor central a conceda.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="143"/>
        <source>Transfer requested from %1.</source>
        <translation>Transferência pedida a %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="171"/>
        <source>On the waitlist: the store will call when it arrives.</source>
        <translation>Na lista de espera: a loja telefona quando chegar.</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="279"/>
        <location filename="../../desktop/views/counter.py" line="282"/>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="283"/>
        <source>Scan, or type a barcode, SKU or name, then press Enter</source>
        <translation>Leia, ou escreva o código, SKU ou nome, e prima Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="284"/>
        <source>Refund…</source>
        <translation>Reembolso…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="285"/>
        <source>Reprint</source>
        <translation>Reimprimir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="286"/>
        <source>Print the last receipt again, marked COPY</source>
        <translation>Imprimir de novo o último recibo, marcado CÓPIA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="287"/>
        <source>Park basket</source>
        <translation>Guardar cesto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="288"/>
        <source>Recall…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="289"/>
        <source>No sale</source>
        <translation>Sem venda</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="291"/>
        <source>Open the cash drawer without a sale (counted on the shift handover)</source>
        <translation>Abrir a gaveta sem venda (registado na passagem de turno)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="293"/>
        <source>Quantity…</source>
        <translation>Quantidade…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="294"/>
        <source>Line discount…</source>
        <translation>Desconto na linha…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="295"/>
        <source>Basket discount…</source>
        <translation>Desconto no cesto…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="296"/>
        <source>Void line</source>
        <translation>Anular linha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="297"/>
        <source>Void basket</source>
        <translation>Anular cesto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="301"/>
        <source>The basket is empty.
Scan an item, or type its barcode, SKU or name above and press Enter.</source>
        <translation>O cesto está vazio.
Leia um artigo, ou escreva acima o código de barras, SKU ou nome e prima Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="332"/>
        <source>Signed out.</source>
        <translation>Sessão terminada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="334"/>
        <source>Enter your PIN to sign in.</source>
        <translation>Introduza o seu PIN para entrar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="352"/>
        <location filename="../../desktop/views/counter_actions.py" line="112"/>
        <source>Signed in: %1</source>
        <translation>Sessão iniciada: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="375"/>
        <location filename="../../desktop/views/counter_control.py" line="53"/>
        <source>Sign in first.</source>
        <translation>Inicie sessão primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="348"/>
        <source>Nobody signed in</source>
        <translation>Ninguém com sessão iniciada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="349"/>
        <source>Sign in</source>
        <translation>Entrar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="354"/>
        <source>Sign out</source>
        <translation>Sair</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_other_stores.py" line="124"/>
        <source>The hub granted the hold at %1.</source>
        <translation>O hub concedeu a reserva em %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="438"/>
        <source>The hub refused: %1</source>
        <translation>O servidor central recusou: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="484"/>
        <source>Discounts: %1</source>
        <translation>Descontos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="498"/>
        <source>Change due
%1</source>
        <translation>Troco a dar
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
        <translation>Adicionado: %1</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/support.py" line="183"/>
        <source>Store Manager ran into an unexpected error ({what}) and keeps running. What you did last may not have been finished: check it before you go on. The details are in the log (Help, Open log folder); if it happens again, send it with Help, Copy diagnostics.</source>
        <translation>O Store Manager encontrou um erro inesperado ({what}) e continua a funcionar. A última coisa que fez pode não ter ficado concluída: verifique-a antes de continuar. Os detalhes estão no registo (Ajuda, Abrir a pasta dos registos); se voltar a acontecer, envie-o com Ajuda, Copiar diagnóstico.</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="192"/>
        <source>Something went wrong</source>
        <translation>Algo correu mal</translation>
    </message>
</context>
<context>
    <name>DenominationTable</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="58"/>
        <source>How many</source>
        <translation>Quantidade</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../desktop/views/devices.py" line="169"/>
        <source>Looking for USB devices…</source>
        <translation>A procurar dispositivos USB…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/devices.py" line="176"/>
        <location filename="../../desktop/views/devices.py" line="363"/>
        <source>%n USB device(s) found.</source>
        <translation>
            <numerusform>%n dispositivo USB encontrado.</numerusform>
            <numerusform>%n dispositivos USB encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="188"/>
        <source>None chosen</source>
        <translation>Nenhuma escolhida</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <source>Scanner</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="194"/>
        <location filename="../../desktop/views/devices.py" line="203"/>
        <source>{ids} (not connected)</source>
        <translation>{ids} (não ligada)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="198"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>Desligado: o leitor escreve como um teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="221"/>
        <location filename="../../desktop/views/devices.py" line="225"/>
        <source>Preview of the test page</source>
        <translation>Pré-visualização da página de teste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="226"/>
        <location filename="../../desktop/views/devices.py" line="232"/>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="231"/>
        <location filename="../../desktop/views/devices.py" line="348"/>
        <source>Scanner setup sheet</source>
        <translation>Folha de configuração do leitor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="237"/>
        <source>Save the test page as PDF</source>
        <translation>Guardar a página de teste em PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="242"/>
        <source>Saving…</source>
        <translation>A guardar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="254"/>
        <source>Saved {path}.</source>
        <translation>Guardado em {path}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="260"/>
        <source>The cash drawer was opened.</source>
        <translation>A gaveta do dinheiro foi aberta.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="262"/>
        <source>Printed.</source>
        <translation>Impresso.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="264"/>
        <source>Already printed; not printed again.</source>
        <translation>Já impresso; não foi impresso de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="270"/>
        <source>What the demo printer printed (decoded from the bytes it received)</source>
        <translation>O que a impressora de demonstração imprimiu (descodificado dos bytes que recebeu)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="273"/>
        <source>Demo printer</source>
        <translation>Impressora de demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="277"/>
        <source>The printer does not report its status; it may still print.</source>
        <translation>A impressora não indica o seu estado; pode imprimir na mesma.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="279"/>
        <source>The printer is ready.</source>
        <translation>A impressora está pronta.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="280"/>
        <source>Paper is running low.</source>
        <translation>O papel está a acabar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="285"/>
        <source>out of paper</source>
        <translation>sem papel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="287"/>
        <source>cover open</source>
        <translation>tampa aberta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="289"/>
        <source>offline or in error</source>
        <translation>desligada ou com erro</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="290"/>
        <source>The printer is not ready: {problems}.</source>
        <translation>A impressora não está pronta: {problems}.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="297"/>
        <source>keyboard (recognised by its speed)</source>
        <translation>teclado (reconhecido pela velocidade)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="298"/>
        <source>keyboard (recognised by its prefix)</source>
        <translation>teclado (reconhecido pelo prefixo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="299"/>
        <source>USB, read directly (keyboard reports)</source>
        <translation>USB, lido diretamente (relatórios de teclado)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="300"/>
        <source>USB, read directly (HID POS)</source>
        <translation>USB, lido diretamente (HID POS)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="310"/>
        <source>other barcode</source>
        <translation>outro código de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="312"/>
        <source>EAN/UPC with a wrong check digit: scan again</source>
        <translation>EAN/UPC com dígito de controlo errado: leia de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="339"/>
        <source>USB devices</source>
        <translation>Dispositivos USB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="340"/>
        <source>Refresh</source>
        <translation>Atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="341"/>
        <source>Receipt printer</source>
        <translation>Impressora de talões</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="189"/>
        <location filename="../../desktop/views/devices.py" line="342"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="343"/>
        <source>Paper width</source>
        <translation>Largura do papel</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="344"/>
        <source>Test print</source>
        <translation>Imprimir teste</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="345"/>
        <source>Open cash drawer</source>
        <translation>Abrir gaveta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="346"/>
        <source>Printer status</source>
        <translation>Estado da impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="347"/>
        <source>Save as PDF…</source>
        <translation>Guardar em PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="349"/>
        <source>Scanner test</source>
        <translation>Teste do leitor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="350"/>
        <source>Programmed prefix</source>
        <translation>Prefixo programado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="351"/>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="352"/>
        <source>One character, such as #, or STX for a control character</source>
        <translation>Um carácter, como #, ou STX para um carácter de controlo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="353"/>
        <source>Read over USB</source>
        <translation>Ler por USB</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="355"/>
        <source>Scan any barcode: it appears here with how it arrived, and never types into a field.</source>
        <translation>Leia qualquer código de barras: aparece aqui com a forma como chegou, e nunca é escrito num campo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/devices.py" line="357"/>
        <source>Simulate a scan (demo)</source>
        <translation>Simular uma leitura (demonstração)</translation>
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
        <translation>Desconto: um valor em MOP (ex. 20) ou uma percentagem (ex. 10%)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="108"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="141"/>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="142"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="125"/>
        <source>Request transfer</source>
        <translation>Pedir transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="109"/>
        <source>How many %1?</source>
        <translation>Quantos de %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="126"/>
        <source>How many %1 should %2 send here?</source>
        <translation>Quantas unidades de %1 deve %2 enviar para cá?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="137"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_dialogs.py" line="148"/>
        <source>Scan the receipt's barcode or type its number</source>
        <translation>Leia o código de barras do recibo ou escreva o número</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="225"/>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
</context>
<context>
    <name>DialogStaffPrompts</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="204"/>
        <source>Staff</source>
        <translation>Pessoal</translation>
    </message>
</context>
<context>
    <name>DraftModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>SKU</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="49"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
</context>
<context>
    <name>DrawerCountForm</name>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="145"/>
        <source>Cash in MOP</source>
        <translation>Numerário em MOP</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="146"/>
        <source>Cash in HKD</source>
        <translation>Numerário em HKD</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="147"/>
        <source>Float kept and the terminals' totals</source>
        <translation>Fundo de caixa mantido e totais dos terminais</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="148"/>
        <source>Float kept in MOP</source>
        <translation>Fundo mantido (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="149"/>
        <source>Float kept in HKD</source>
        <translation>Fundo mantido (HKD)</translation>
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
        <translation>Contado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="171"/>
        <source>An amount is not a number. Type it like 120.50.</source>
        <translation>Um valor não é um número. Escreva-o como 120,50.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_count.py" line="175"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>O fundo de caixa mantido não pode ser maior do que o numerário contado.</translation>
    </message>
</context>
<context>
    <name>EnrollmentCodePanel</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="275"/>
        <source>Enrol a device</source>
        <translation>Registar um dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="278"/>
        <source>A new counter PC or manager's laptop for %1 joins the chain with a one-time code. Create one here and type it on the new computer with the hub's address: %2</source>
        <translation>Um novo PC de caixa ou portátil de gerente para %1 junta-se à cadeia com um código de utilização única. Crie-o aqui e introduza-o no novo computador com o endereço do hub: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="281"/>
        <location filename="../../desktop/views/enrollment.py" line="332"/>
        <source>the head office</source>
        <translation>a sede</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="284"/>
        <source>New device</source>
        <translation>Novo dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="285"/>
        <source>Counter PC</source>
        <translation>PC de caixa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="286"/>
        <source>Manager's device</source>
        <translation>Dispositivo de gerente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="287"/>
        <source>Valid for</source>
        <translation>Válido durante</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="288"/>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="289"/>
        <source>24 hours</source>
        <translation>24 horas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="290"/>
        <source>7 days</source>
        <translation>7 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="291"/>
        <source>Create code</source>
        <translation>Criar código</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a counter PC</source>
        <translation>um PC de caixa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="327"/>
        <source>a manager's device</source>
        <translation>um dispositivo de gerente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="330"/>
        <source>For %1 of %2. It works once, until %3.</source>
        <translation>Para %1 de %2. Funciona uma vez, até %3.</translation>
    </message>
</context>
<context>
    <name>EnrollmentDialog</name>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="152"/>
        <location filename="../../desktop/views/enrollment.py" line="153"/>
        <location filename="../../desktop/views/enrollment.py" line="358"/>
        <source>Connect this computer to the chain</source>
        <translation>Ligar este computador à cadeia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="156"/>
        <source>Ask a manager for an enrollment code for this store (in the app: Settings, Enrol a device; or on the hub). Type the hub's address and the code. The code works once; this computer then keeps its own key in the system's password store.</source>
        <translation>Peça a um gerente um código de registo para esta loja (na aplicação: Definições, Registar um dispositivo; ou no hub). Introduza o endereço do hub e o código. O código funciona uma vez; depois este computador guarda a sua própria chave no cofre de palavras-passe do sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="161"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="162"/>
        <source>Enrollment code</source>
        <translation>Código de registo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="163"/>
        <source>Enrol</source>
        <translation>Registar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/enrollment.py" line="184"/>
        <source>Asking the hub…</source>
        <translation>A perguntar ao hub…</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../desktop/wizard.py" line="147"/>
        <source>The settings could not be saved in %1: %2</source>
        <translation>Não foi possível guardar as definições em %1: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard.py" line="186"/>
        <source>Set up Store Manager</source>
        <translation>Configurar o Store Manager</translation>
    </message>
</context>
<context>
    <name>FrontDoor</name>
    <message>
        <location filename="../../desktop/frontdoor.py" line="143"/>
        <source>Store Manager cannot open its window: Qt's “{platform}” display plugin needs system libraries that this computer does not have ({libraries}). On Debian or Ubuntu, install them with the command below, then start Store Manager again (make run installs them by itself when run as root); on other Linux systems, install the packages that provide these libraries.</source>
        <translation>O Store Manager não consegue abrir a sua janela: o módulo de ecrã “{platform}” do Qt precisa de bibliotecas do sistema que este computador não tem ({libraries}). Em Debian ou Ubuntu, instale-as com o comando abaixo e volte a iniciar o Store Manager (make run instala-as sozinho quando corre como root); noutros sistemas Linux, instale os pacotes que fornecem estas bibliotecas.</translation>
    </message>
    <message>
        <location filename="../../desktop/frontdoor.py" line="150"/>
        <source>Store Manager cannot open its window: there is no display here (DISPLAY is not set). Start it from the desktop session, or, for a screenshot without a screen, set QT_QPA_PLATFORM=offscreen.</source>
        <translation>O Store Manager não consegue abrir a sua janela: não há ecrã aqui (DISPLAY não está definido). Inicie-o a partir da sessão de ambiente de trabalho ou, para uma captura de ecrã sem ecrã, defina QT_QPA_PLATFORM=offscreen.</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="13"/>
        <source>Cash (MOP)</source>
        <translation>Numerário (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="14"/>
        <source>Cash (HKD)</source>
        <translation>Numerário (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_labels.py" line="15"/>
        <source>Card</source>
        <translation>Cartão</translation>
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
        <translation>Pesquisar: número, data, nome ou nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="65"/>
        <source>Reprint (COPY)</source>
        <translation>Reimprimir (CÓPIA)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Handed over</source>
        <translation>Entregue</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Outgoing → incoming</source>
        <translation>Sai → entra</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Variance</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="67"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover_history.py" line="110"/>
        <source>Slip of %1</source>
        <translation>Talão de %1</translation>
    </message>
</context>
<context>
    <name>HandoverScreen</name>
    <message>
        <location filename="../../desktop/views/handover.py" line="164"/>
        <source>Shift handover</source>
        <translation>Passagem de turno</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="168"/>
        <source>Count done: show the figures</source>
        <translation>Contagem feita: ver valores</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="169"/>
        <source>Start again</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="170"/>
        <source>Expected and counted</source>
        <translation>Esperado e contado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="171"/>
        <source>During the shift, and still open</source>
        <translation>Durante o turno e ainda em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Tender</source>
        <translation>Meio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="173"/>
        <source>Variance</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="175"/>
        <source>Outgoing cashier signs</source>
        <translation>O caixa que sai assina</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="176"/>
        <source>Incoming cashier signs</source>
        <translation>O caixa que entra assina</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="177"/>
        <source>Notes for the next shift</source>
        <translation>Notas para o próximo turno</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="178"/>
        <source>Hand over and print the slip</source>
        <translation>Passar o turno e imprimir o talão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="236"/>
        <source>Shift since %1. Count every note and coin in the drawer; the till's figures stay hidden until you are done.</source>
        <translation>Turno desde %1. Conte todas as notas e moedas da gaveta; os valores da caixa ficam escondidos até terminar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="240"/>
        <source>Voids: %1</source>
        <translation>Anulações: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="241"/>
        <source>Refunds: %1</source>
        <translation>Reembolsos: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="242"/>
        <source>Discounts above limit: %1</source>
        <translation>Descontos acima do limite: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="243"/>
        <source>No-sale drawer openings: %1</source>
        <translation>Aberturas da gaveta sem venda: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="244"/>
        <source>Records not yet synced: %1</source>
        <translation>Registos ainda não sincronizados: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="245"/>
        <source>Open holds: %1</source>
        <translation>Reservas em aberto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="246"/>
        <source>Open transfers: %1</source>
        <translation>Transferências em aberto: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="262"/>
        <source>Count recorded. Check the figures, then both cashiers sign.</source>
        <translation>Contagem registada. Verifique os valores e depois os dois caixas assinam.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="267"/>
        <source>Blind count: the figures show once the count is done.</source>
        <translation>Contagem às cegas: os valores aparecem depois da contagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="288"/>
        <source>Amounts in MOP; Cash (HKD) in HKD.</source>
        <translation>Valores em MOP; Numerário (HKD) em HKD.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="290"/>
        <source>Variance for the shift: %1</source>
        <translation>Diferença do turno: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="309"/>
        <source>Finish the count first.</source>
        <translation>Termine primeiro a contagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="312"/>
        <source>Both cashiers type their PIN.</source>
        <translation>Os dois caixas escrevem o seu PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="335"/>
        <source>Shift handed over: %1.</source>
        <translation>Turno passado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/handover.py" line="356"/>
        <source>Slip not printed: %1 The handover is recorded.</source>
        <translation>Talão não impresso: %1 A passagem de turno está registada.</translation>
    </message>
</context>
<context>
    <name>HelpButton</name>
    <message>
        <location filename="../../desktop/support.py" line="93"/>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="94"/>
        <source>Open log folder</source>
        <translation>Abrir a pasta dos registos</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="95"/>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="117"/>
        <source>Log folder</source>
        <translation>Pasta dos registos</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="118"/>
        <source>The log files are in this folder:
{folder}</source>
        <translation>Os ficheiros de registo estão nesta pasta:
{folder}</translation>
    </message>
    <message>
        <location filename="../../desktop/support.py" line="125"/>
        <source>Diagnostics copied: paste them into your message to support.</source>
        <translation>Diagnóstico copiado: cole-o na sua mensagem para o suporte.</translation>
    </message>
</context>
<context>
    <name>HoldDialog</name>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="58"/>
        <source>Hold for customer</source>
        <translation>Reservar para o cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="91"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="92"/>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="93"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/hold_dialog.py" line="94"/>
        <source>Hold until</source>
        <translation>Reservar até</translation>
    </message>
</context>
<context>
    <name>HostPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="319"/>
        <source>Host the chain on this PC</source>
        <translation>Alojar a cadeia neste PC</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="322"/>
        <source>This computer keeps the chain's records (its hub) and sells as the first store's till. Store Manager starts the hub again each time it starts.</source>
        <translation>Este computador guarda os registos da cadeia (o seu hub) e vende como caixa da primeira loja. O Store Manager volta a iniciar o hub sempre que arranca.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="326"/>
        <location filename="../../desktop/wizard_pages.py" line="337"/>
        <source>Hub's data folder</source>
        <translation>Pasta de dados do hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="327"/>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="328"/>
        <source>Chain name</source>
        <translation>Nome da cadeia</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="329"/>
        <source>First store's name</source>
        <translation>Nome da primeira loja</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="330"/>
        <source>Port</source>
        <translation>Porta</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="331"/>
        <source>e.g. Lam Family Stores</source>
        <translation>p. ex. Lojas da Família Lam</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="332"/>
        <source>e.g. Red Market shop</source>
        <translation>p. ex. Loja do Mercado Vermelho</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="333"/>
        <source>Start the hub</source>
        <translation>Iniciar o hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="345"/>
        <source>Give the folder, the chain's name and the store's name.</source>
        <translation>Indique a pasta, o nome da cadeia e o nome da loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="349"/>
        <source>Starting the hub…</source>
        <translation>A iniciar o hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="370"/>
        <source>%1 already holds a hub's records: choose an empty folder.</source>
        <translation>%1 já contém os registos de um hub: escolha uma pasta vazia.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="374"/>
        <source>Port %1 is in use by another program: choose another port.</source>
        <translation>A porta %1 está a ser usada por outro programa: escolha outra porta.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="378"/>
        <source>Store Manager may not write in %1: choose another folder.</source>
        <translation>O Store Manager não pode escrever em %1: escolha outra pasta.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="389"/>
        <source>The hub of %1 runs on this computer at %2. This computer is the till of %3.</source>
        <translation>O hub de %1 está a funcionar neste computador em %2. Este computador é a caixa de %3.</translation>
    </message>
</context>
<context>
    <name>InTransit</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="70"/>
        <source>%1 on hand, %2 in transit to this store</source>
        <translation>%1 em stock, %2 em trânsito para esta loja</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="34"/>
        <source>Which item?</source>
        <translation>Qual artigo?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="36"/>
        <source>Items matching “%1”: choose with ↑ ↓ and Enter.</source>
        <translation>Artigos que correspondem a “%1”: escolha com ↑ ↓ e Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>SKU</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../desktop/views/item_chooser.py" line="40"/>
        <source>Stock here</source>
        <translation>Stock aqui</translation>
    </message>
</context>
<context>
    <name>JoinPage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="183"/>
        <source>Join my chain's hub</source>
        <translation>Juntar-me ao hub da minha cadeia</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="186"/>
        <source>Type the hub's address and the enrollment code a manager created for this computer (Settings, Enrol a device). The code works once.</source>
        <translation>Escreva o endereço do hub e o código de registo que um gerente criou para este computador (Definições, Registar um dispositivo). O código só funciona uma vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="190"/>
        <source>Hub address</source>
        <translation>Endereço do hub</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="191"/>
        <source>Enrollment code</source>
        <translation>Código de registo</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="192"/>
        <source>Test connection</source>
        <translation>Testar a ligação</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="207"/>
        <source>Asking the hub…</source>
        <translation>A perguntar ao hub…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="229"/>
        <source>The hub at %1 does not answer. Check the address, that the hub is running, and that this computer is on the shop's network.</source>
        <translation>O hub em %1 não responde. Verifique o endereço, se o hub está a funcionar e se este computador está na rede da loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="240"/>
        <source>the head office</source>
        <translation>a sede</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="242"/>
        <source>Connected. This computer is enrolled as a manager's device of %1.</source>
        <translation>Ligado. Este computador está registado como dispositivo de gerente de %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="244"/>
        <source>Connected. This computer is enrolled as a counter PC of store %1.</source>
        <translation>Ligado. Este computador está registado como PC de caixa da loja %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="248"/>
        <source>Hub certificate pinned (SHA-256):</source>
        <translation>Certificado do hub fixado (SHA-256):</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="251"/>
        <source>A hub on this computer (ws://): no certificate to pin.</source>
        <translation>Um hub neste computador (ws://): não há certificado a fixar.</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="54"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="55"/>
        <source>The language of the screens and the receipts. It can be changed later.</source>
        <translation>O idioma dos ecrãs e dos talões. Pode ser mudado mais tarde.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="118"/>
        <location filename="../../desktop/main_window.py" line="119"/>
        <source>Store Manager</source>
        <translation>Gestor de Lojas</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="101"/>
        <source>Name (%1)</source>
        <translation>Nome (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="105"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="109"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="113"/>
        <source>Discount limit</source>
        <translation>Limite de desconto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="116"/>
        <source>PIN (4 to 8 digits)</source>
        <translation>PIN (4 a 8 dígitos)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="117"/>
        <location filename="../../desktop/views/staff_dialogs.py" line="120"/>
        <source>PIN again</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="119"/>
        <source>New PIN (when moving to another store)</source>
        <translation>Novo PIN (ao mudar de loja)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="150"/>
        <source>Role's own (%1 %)</source>
        <translation>O da função (%1 %)</translation>
    </message>
</context>
<context>
    <name>OtherStoresPanel</name>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="109"/>
        <source>Other stores</source>
        <translation>Outras lojas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="112"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="113"/>
        <source>On hand</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="114"/>
        <source>Available</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="115"/>
        <source>In transit</source>
        <translation>Trânsito</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="116"/>
        <source>Travel</source>
        <translation>Viagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="119"/>
        <source>Hold…</source>
        <translation>Reservar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="120"/>
        <source>Hold units at the chosen store for this customer</source>
        <translation>Reservar unidades na loja escolhida para este cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="121"/>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="122"/>
        <source>Ask the chosen store to send units here</source>
        <translation>Pedir à loja escolhida que envie unidades para cá</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="123"/>
        <source>Waitlist…</source>
        <translation>Lista de espera…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="124"/>
        <source>Take the customer's phone; the store calls when it arrives</source>
        <translation>Anotar o telefone do cliente; a loja telefona quando chegar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="144"/>
        <source>Scan or choose an item to see every store's stock.</source>
        <translation>Leia ou escolha um artigo para ver o stock de todas as lojas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="173"/>
        <source>(this store)</source>
        <translation>(esta loja)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="158"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="192"/>
        <source>Offline: holds need the hub, which grants them so no two stores promise the same unit.</source>
        <translation>Sem ligação: as reservas precisam do servidor central, que as concede para que duas lojas não prometam a mesma unidade.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="195"/>
        <source>Nothing available to hold at that store.</source>
        <translation>Nada disponível para reservar nessa loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_stores.py" line="204"/>
        <source>Sold out everywhere: take the customer's phone for the waitlist.</source>
        <translation>Esgotado em todas as lojas: anote o telefone do cliente para a lista de espera.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="169"/>
        <source>Set PIN</source>
        <translation>Definir PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="173"/>
        <source>New PIN for %1</source>
        <translation>Novo PIN de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="174"/>
        <source>PIN again</source>
        <translation>Repita o PIN</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff_dialogs.py" line="175"/>
        <source>The old PIN stops working on every till as this change reaches it.</source>
        <translation>O PIN antigo deixa de funcionar em cada caixa à medida que esta alteração lá chega.</translation>
    </message>
</context>
<context>
    <name>PrintedSlipWindow</name>
    <message>
        <location filename="../../desktop/printing/preview.py" line="101"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>PrinterPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="148"/>
        <source>Looking for printers…</source>
        <translation>A procurar impressoras…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/wizard_counter_pages.py" line="155"/>
        <source>%n printer(s) found.</source>
        <translation>
            <numerusform>%n impressora encontrada.</numerusform>
            <numerusform>%n impressoras encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="165"/>
        <source>No printer</source>
        <translation>Sem impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="184"/>
        <source>Printing…</source>
        <translation>A imprimir…</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="188"/>
        <source>Printed. Did a test page come out?</source>
        <translation>Impresso. A página de teste saiu?</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="194"/>
        <source>Receipt printer</source>
        <translation>Impressora de talões</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="195"/>
        <source>Choose the printer plugged into this computer and print a test page.</source>
        <translation>Escolha a impressora ligada a este computador e imprima uma página de teste.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="166"/>
        <location filename="../../desktop/wizard_counter_pages.py" line="196"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="197"/>
        <source>Paper width</source>
        <translation>Largura do papel</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="198"/>
        <source>Test print</source>
        <translation>Imprimir teste</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="199"/>
        <source>Look again</source>
        <translation>Procurar de novo</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="201"/>
        <source>No printer yet? Press Next: it can be chosen later in Settings, Devices.</source>
        <translation>Ainda sem impressora? Carregue em Avançar: pode ser escolhida mais tarde em Definições, Dispositivos.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="115"/>
        <source>No receipt to reprint yet.</source>
        <translation>Ainda não há recibo para reimprimir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="129"/>
        <source>That receipt was already printed. Use Reprint for a copy.</source>
        <translation>Esse recibo já foi impresso. Use Reimprimir para uma cópia.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="133"/>
        <source>Receipt not printed: %1 The sale is recorded.</source>
        <translation>Recibo não impresso: %1 A venda está registada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="142"/>
        <source>Receipt printer (demo)</source>
        <translation>Impressora de recibos (demonstração)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_receipt.py" line="143"/>
        <source>What the demo printer printed</source>
        <translation>O que a impressora de demonstração imprimiu</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="71"/>
        <source>Faulty or damaged</source>
        <translation>Com defeito ou danificado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="72"/>
        <source>Wrong item sold</source>
        <translation>Artigo errado vendido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="73"/>
        <source>Not as described</source>
        <translation>Não corresponde à descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="74"/>
        <source>Customer changed their mind</source>
        <translation>O cliente mudou de ideia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="75"/>
        <source>Other (say why)</source>
        <translation>Outro (indique o motivo)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="100"/>
        <source>Refund %1</source>
        <translation>Reembolso %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="104"/>
        <source>Receipt %1 · %2 · paid %3 by %4</source>
        <translation>Recibo %1 · %2 · pago %3 com %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="114"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="115"/>
        <source>Paid each</source>
        <translation>Pago por unidade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="116"/>
        <source>Bought</source>
        <translation>Comprados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="117"/>
        <source>Back</source>
        <translation>Devolvidos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="118"/>
        <source>Amount</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="134"/>
        <source>%1 (%2 already back)</source>
        <translation>%1 (%2 já devolvidos)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="162"/>
        <source>Money back by</source>
        <translation>Reembolsar por</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="164"/>
        <source>Choose a reason…</source>
        <translation>Escolha um motivo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="168"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="171"/>
        <source>In a few words (needed for “Other”)</source>
        <translation>Em poucas palavras (obrigatório para “Outro”)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="173"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="188"/>
        <source>Refund</source>
        <translation>Reembolsar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="205"/>
        <source>To hand back: %1</source>
        <translation>A devolver: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="207"/>
        <source>A manager's PIN is needed for this refund.</source>
        <translation>Este reembolso precisa do PIN de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="263"/>
        <source>A refund of %1 by %2 needs a manager's PIN.</source>
        <translation>Um reembolso de %1 por %2 precisa do PIN de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_refund.py" line="269"/>
        <source>Refund cancelled: nothing was changed.</source>
        <translation>Reembolso cancelado: nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Repairs</name>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="16"/>
        <source>%1 failed %2 times in %3 minutes.</source>
        <translation>%1 falhou %2 vezes em %3 minutos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="46"/>
        <source>Raise the ticket</source>
        <translation>Abrir o pedido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="47"/>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_banner.py" line="50"/>
        <source>Raise a repair ticket with the diagnostics?</source>
        <translation>Abrir um pedido de reparação com o diagnóstico?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="37"/>
        <source>Report a fault</source>
        <translation>Comunicar uma avaria</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="41"/>
        <source>Something else</source>
        <translation>Outra coisa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="48"/>
        <source>What is wrong, e.g. fridge at 14 °C</source>
        <translation>O que está mal, p. ex. frigorífico a 14 °C</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="55"/>
        <location filename="../../desktop/views/repairs_model.py" line="120"/>
        <source>Equipment</source>
        <translation>Equipamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="56"/>
        <source>Urgency</source>
        <translation>Urgência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="57"/>
        <source>What is wrong</source>
        <translation>O que está mal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="65"/>
        <source>Close the repair</source>
        <translation>Fechar a reparação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="75"/>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_dialogs.py" line="76"/>
        <source>Parts used</source>
        <translation>Peças usadas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="19"/>
        <source>Waiting for an engineer</source>
        <translation>À espera de um técnico</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="20"/>
        <source>Engineer notified</source>
        <translation>Técnico notificado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="21"/>
        <source>Declined, passing on</source>
        <translation>Recusado, a passar ao seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="22"/>
        <source>Engineer on the way</source>
        <translation>Técnico a caminho</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="23"/>
        <source>Engineer on site</source>
        <translation>Técnico no local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="24"/>
        <source>Resolved, to verify</source>
        <translation>Resolvido, por verificar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="25"/>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="26"/>
        <source>Reopened</source>
        <translation>Reaberto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="32"/>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="33"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="34"/>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="40"/>
        <source>Display fridge</source>
        <translation>Frigorífico expositor</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="41"/>
        <source>Air conditioning</source>
        <translation>Ar condicionado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="42"/>
        <source>Counter PC</source>
        <translation>Computador do balcão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="43"/>
        <source>Receipt printer</source>
        <translation>Impressora de recibos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="44"/>
        <source>Barcode scanner</source>
        <translation>Leitor de códigos de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="45"/>
        <source>Scale</source>
        <translation>Balança</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="46"/>
        <source>Safe</source>
        <translation>Cofre</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="47"/>
        <source>Lighting</source>
        <translation>Iluminação</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="48"/>
        <source>Shutter</source>
        <translation>Porta de enrolar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="49"/>
        <source>Other equipment</source>
        <translation>Outro equipamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="67"/>
        <source>Met</source>
        <translation>Cumprido</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="69"/>
        <source>Breached</source>
        <translation>Ultrapassado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="76"/>
        <source>%1 (paused: typhoon)</source>
        <translation>%1 (em pausa: tufão)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="78"/>
        <source>%1 breached</source>
        <translation>%1 ultrapassado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="119"/>
        <source>Priority</source>
        <translation>Prioridade</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="121"/>
        <source>Fault</source>
        <translation>Avaria</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="122"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="123"/>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="124"/>
        <source>Arrives</source>
        <translation>Chega</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="125"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="126"/>
        <source>Raised</source>
        <translation>Comunicado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="127"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="128"/>
        <source>Address</source>
        <translation>Morada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="129"/>
        <source>Phone</source>
        <translation>Telefone</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs_model.py" line="146"/>
        <source>%1 (not yet sent)</source>
        <translation>%1 (ainda não enviado)</translation>
    </message>
</context>
<context>
    <name>RepairsScreen</name>
    <message>
        <location filename="../../desktop/views/repairs.py" line="168"/>
        <location filename="../../desktop/views/repairs.py" line="171"/>
        <source>Repairs</source>
        <translation>Reparações</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="172"/>
        <source>This store's tickets</source>
        <translation>Pedidos desta loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="173"/>
        <source>Engineer's view</source>
        <translation>Vista do técnico</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="174"/>
        <source>Report a fault…</source>
        <translation>Comunicar uma avaria…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="175"/>
        <source>Repair verified</source>
        <translation>Reparação verificada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="176"/>
        <source>Not fixed: reopen</source>
        <translation>Não ficou bom: reabrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="177"/>
        <source>Tickets of</source>
        <translation>Pedidos de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="178"/>
        <source>Accept</source>
        <translation>Aceitar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="179"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="180"/>
        <source>I am on site</source>
        <translation>Estou no local</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="181"/>
        <source>Close with notes…</source>
        <translation>Fechar com notas…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="282"/>
        <source>Choose a ticket to see its details.</source>
        <translation>Escolha um pedido para ver os pormenores.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="292"/>
        <source>%1 arrives about %2</source>
        <translation>%1 chega por volta das %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="298"/>
        <source>Done: %1</source>
        <translation>Feito: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="301"/>
        <source>Raised by the app: the device kept failing.</source>
        <translation>Aberto pela aplicação: o dispositivo falhou repetidamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="324"/>
        <location filename="../../desktop/views/repairs.py" line="382"/>
        <source>Ticket raised: the hub dispatches it.</source>
        <translation>Pedido aberto: o servidor central despacha-o.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="332"/>
        <source>Choose a ticket first.</source>
        <translation>Escolha primeiro um pedido.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="335"/>
        <source>Sign in at the Counter first.</source>
        <translation>Inicie primeiro sessão no Balcão.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/repairs.py" line="351"/>
        <source>Recorded.</source>
        <translation>Registado.</translation>
    </message>
</context>
<context>
    <name>ScannerPage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="248"/>
        <source>Off: the scanner types like a keyboard</source>
        <translation>Desligado: o leitor escreve como um teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="249"/>
        <source>Scanner</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="261"/>
        <source>other barcode</source>
        <translation>outro código de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="265"/>
        <source>Barcode scanner</source>
        <translation>Leitor de códigos de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="266"/>
        <source>Most scanners type like a keyboard and need nothing set up.</source>
        <translation>A maioria dos leitores escreve como um teclado e não precisa de configuração.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="267"/>
        <source>Scan anything now: what the scanner reads appears here.</source>
        <translation>Leia agora um código qualquer: o que o leitor lê aparece aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="268"/>
        <source>Read over USB</source>
        <translation>Ler por USB</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="270"/>
        <source>No scanner yet? Press Finish: it can be set up later in Settings, Devices.</source>
        <translation>Ainda sem leitor? Carregue em Terminar: pode ser configurado mais tarde em Definições, Dispositivos.</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="177"/>
        <location filename="../../desktop/views/settings.py" line="291"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="190"/>
        <source>Signed in: %1, who may change these.</source>
        <translation>Sessão iniciada: %1, que pode alterar estas regras.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="192"/>
        <source>Sign in on the Counter as a store manager to change these.</source>
        <translation>Inicie sessão na Caixa como gerente de loja para alterar estas regras.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="249"/>
        <source>Saved: every till of the store follows it once the hub has it.</source>
        <translation>Guardado: todas as caixas da loja o seguem assim que o hub o receber.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="265"/>
        <source>Requests to this store worth up to %1 are approved at once; above it a manager approves.</source>
        <translation>Pedidos a esta loja até %1 são aprovados de imediato; acima disso, aprova um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="269"/>
        <source>Off: every request to this store waits for a manager.</source>
        <translation>Desligado: cada pedido a esta loja espera por um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="292"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="293"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="294"/>
        <source>Staff</source>
        <translation>Pessoal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="295"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="296"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="297"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="298"/>
        <source>Hub</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="299"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="300"/>
        <source>HKD rate (MOP per HKD)</source>
        <translation>Câmbio HKD (MOP por HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="301"/>
        <source>Store rules</source>
        <translation>Regras da loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="302"/>
        <source>Stocktake: a manager approves differences above (units)</source>
        <translation>Inventário: o gerente aprova diferenças acima de (unidades)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="303"/>
        <source>Stocktake: … or above (value)</source>
        <translation>Inventário: … ou acima de (valor)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="304"/>
        <source>Refunds: a manager's PIN above</source>
        <translation>Reembolsos: PIN de gerente acima de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="305"/>
        <source>Cash refunds always need a manager's PIN</source>
        <translation>Reembolsos em numerário precisam sempre do PIN de um gerente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="306"/>
        <source>Shift handover: a manager's PIN for a difference above</source>
        <translation>Passagem de turno: PIN de um gerente para uma diferença acima de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="307"/>
        <source>Transfers: approve requests automatically up to (0: off)</source>
        <translation>Transferências: aprovar pedidos automaticamente até (0: desligado)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="308"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
</context>
<context>
    <name>ShiftRules</name>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="16"/>
        <source>Two shifts at the same time (double booking)</source>
        <translation>Dois turnos ao mesmo tempo (marcação dupla)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="17"/>
        <source>%1 normal hours in a day, more than %2</source>
        <translation>%1 horas normais num dia, mais do que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="18"/>
        <source>%1 hours in an agreed long day, more than %2</source>
        <translation>%1 horas num dia longo acordado, mais do que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="19"/>
        <source>%1 normal hours in the week, more than %2</source>
        <translation>%1 horas normais na semana, mais do que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="20"/>
        <source>Only %1 hours of rest between two days, not %2</source>
        <translation>Só %1 horas de descanso entre dois dias, não %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="21"/>
        <source>No rest day in %1 days</source>
        <translation>Nenhum dia de descanso em %1 dias</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="22"/>
        <source>Only %1 rest days in 4 weeks, not %2</source>
        <translation>Só %1 dias de descanso em 4 semanas, não %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="23"/>
        <source>%1 hours in a day with overtime, more than %2</source>
        <translation>%1 horas num dia com trabalho extraordinário, mais do que %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="24"/>
        <source>Work on a compulsory holiday without a replacement rest day within 3 months</source>
        <translation>Trabalho em feriado obrigatório sem dia de descanso de substituição em 3 meses</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="27"/>
        <source>Work under typhoon Signal %1 not recorded (volunteered, transport, insurance)</source>
        <translation>Trabalho com o sinal %1 de tufão não registado (voluntário, transporte, seguro)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="32"/>
        <source>Opening</source>
        <translation>Abertura</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="33"/>
        <source>Middle</source>
        <translation>Intermédio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="34"/>
        <source>Closing</source>
        <translation>Fecho</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="37"/>
        <source>keyholder</source>
        <translation>responsável pelas chaves</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="38"/>
        <source>pharmacist</source>
        <translation>farmacêutico</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="133"/>
        <source>Released: %1</source>
        <translation>Dispensado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_grid.py" line="136"/>
        <source>Typhoon or black rain: not required to work, and not docked.</source>
        <translation>Tufão ou chuva negra: não é obrigado a trabalhar e não há desconto.</translation>
    </message>
</context>
<context>
    <name>ShiftsScreen</name>
    <message>
        <location filename="../../desktop/views/shifts.py" line="148"/>
        <source>Shifts</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="155"/>
        <source>Roster, week of %1</source>
        <translation>Escala, semana de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="156"/>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="157"/>
        <source>Next week</source>
        <translation>Semana seguinte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="158"/>
        <source>Auto-plan</source>
        <translation>Planear automaticamente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="163"/>
        <source>The roster planner is not installed on this computer (the counter edition leaves it out): auto-plan on a manager's PC. Rosters made there show here.</source>
        <translation>O planeador de escalas não está instalado neste computador (a edição de balcão não o inclui): faça o planeamento automático no PC de um gerente. As escalas feitas lá aparecem aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="167"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="168"/>
        <source>Publish plan</source>
        <translation>Publicar o plano</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="169"/>
        <source>Labour rules</source>
        <translation>Regras laborais</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="170"/>
        <source>Copy last week</source>
        <translation>Copiar a semana anterior</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="171"/>
        <source>Typhoon Signal 8</source>
        <translation>Sinal 8 de tufão</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="173"/>
        <source>Release the rest of today's shifts: nobody is required to come.</source>
        <translation>Dispensar os turnos que restam hoje: ninguém é obrigado a vir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="175"/>
        <source>Signal lowered: reopen</source>
        <translation>Sinal baixado: reabrir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="229"/>
        <source>Open shifts</source>
        <translation>Turnos em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="234"/>
        <source>No rule is broken this week.</source>
        <translation>Nenhuma regra é violada esta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="240"/>
        <source>Planning the week…</source>
        <translation>A planear a semana…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="268"/>
        <source>Auto-plan cancelled; nothing changed.</source>
        <translation>Planeamento cancelado; nada mudou.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="272"/>
        <source>Plan: %1 shifts added, %2 taken off.</source>
        <translation>Plano: %1 turnos acrescentados, %2 retirados.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="277"/>
        <source>Check the plan, then publish it.</source>
        <translation>Verifique o plano e depois publique-o.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="283"/>
        <source>%1 %2:00–%3:00, %4 short</source>
        <translation>%1 %2:00–%3:00, faltam %4</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="286"/>
        <source>nobody here is a %1</source>
        <translation>ninguém aqui é %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="288"/>
        <source>only %1 available that day</source>
        <translation>só %1 disponíveis nesse dia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="290"/>
        <source>the hours and rest rules leave too few shifts</source>
        <translation>as regras de horas e descanso deixam turnos a menos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="325"/>
        <source>Roster published: staff see their shifts.</source>
        <translation>Escala publicada: o pessoal vê os seus turnos.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="347"/>
        <source>Last week's shifts are on this week's roster.</source>
        <translation>Os turnos da semana anterior estão na escala desta semana.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="366"/>
        <source>Signal 8: %1 shifts released; staff are not required to come.</source>
        <translation>Sinal 8: %1 turnos dispensados; o pessoal não é obrigado a vir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="381"/>
        <source>No released shift is worth reopening today.</source>
        <translation>Hoje nenhum turno dispensado vale a pena reabrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts.py" line="394"/>
        <source>Reopening plan published: staff see when to come back.</source>
        <translation>Plano de reabertura publicado: o pessoal vê quando voltar.</translation>
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
        <translation>Assinar de novo</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../desktop/printing/slip.py" line="56"/>
        <source>Receipt no.</source>
        <translation>Recibo n.º</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="57"/>
        <source>Time</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="58"/>
        <source>Cashier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="59"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="60"/>
        <source>Thank you</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="61"/>
        <source>COPY</source>
        <translation>CÓPIA</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="62"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="63"/>
        <source>Discount</source>
        <translation>Desconto</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="64"/>
        <source>Tel.</source>
        <translation>Tel.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="67"/>
        <source>Cash</source>
        <translation>Numerário</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="68"/>
        <source>Cash (MOP)</source>
        <translation>Numerário (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="69"/>
        <source>Cash (HKD)</source>
        <translation>Numerário (HKD)</translation>
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
        <translation>Cartão</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="73"/>
        <source>MPay</source>
        <translation>MPay</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="74"/>
        <source>Change</source>
        <translation>Troco</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="446"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="33"/>
        <source>Stock handover slip</source>
        <translation>Guia de transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="449"/>
        <source>Transfer no.</source>
        <translation>Transferência n.º</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="450"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="37"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="451"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="38"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="453"/>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="461"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="50"/>
        <source>Items</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="56"/>
        <source>Handed over by</source>
        <translation>Entregue por</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="466"/>
        <location filename="../../desktop/printing/transfer_slip.py" line="58"/>
        <source>Received by</source>
        <translation>Recebido por</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="494"/>
        <source>Coupon</source>
        <translation>Vale de desconto</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="501"/>
        <source>Valid until {date}</source>
        <translation>Válido até {date}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="535"/>
        <source>Printer test</source>
        <translation>Teste da impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="536"/>
        <source>Paper: {mm} mm, {dots} dots</source>
        <translation>Papel: {mm} mm, {dots} pontos</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="539"/>
        <source>Printer</source>
        <translation>Impressora</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="549"/>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="551"/>
        <source>Code 128</source>
        <translation>Código 128</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="568"/>
        <source>Scanner setup</source>
        <translation>Configuração do leitor</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="571"/>
        <source>1. Set the scanner to USB keyboard (HID) mode, US keyboard layout.</source>
        <translation>1. Ponha o leitor em modo teclado USB (HID), com o teclado dos EUA.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="572"/>
        <source>2. Set the suffix to Enter (CR). No prefix is needed.</source>
        <translation>2. Defina o sufixo como Enter (CR). Não é preciso prefixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="573"/>
        <source>3. The programming barcodes for these settings are in the scanner's manual (Honeywell, Zebra, Datalogic, Newland and others each have their own).</source>
        <translation>3. Os códigos de programação destas opções estão no manual do leitor (Honeywell, Zebra, Datalogic, Newland e outros têm cada um os seus).</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="578"/>
        <source>4. Open Settings, Devices and scan the codes below.</source>
        <translation>4. Abra Definições, Dispositivos e leia os códigos abaixo.</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/slip.py" line="589"/>
        <source>QR code (2D scanners only)</source>
        <translation>Código QR (só leitores 2D)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="24"/>
        <source>Faulty or damaged</source>
        <translation>Com defeito ou danificado</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="25"/>
        <source>Wrong item sold</source>
        <translation>Artigo errado vendido</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="26"/>
        <source>Not as described</source>
        <translation>Não corresponde à descrição</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="27"/>
        <source>Customer changed their mind</source>
        <translation>O cliente mudou de ideia</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="28"/>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="39"/>
        <source>STORE COPY</source>
        <translation>VIA DA LOJA</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="78"/>
        <source>REFUND</source>
        <translation>REEMBOLSO</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="80"/>
        <source>Refund no.</source>
        <translation>Reembolso n.º</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="81"/>
        <source>For receipt</source>
        <translation>Do recibo</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="25"/>
        <source>SHIFT HANDOVER</source>
        <translation>PASSAGEM DE TURNO</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="26"/>
        <source>Handover no.</source>
        <translation>N.º da passagem</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="27"/>
        <source>Shift from</source>
        <translation>Turno desde</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="28"/>
        <source>Handed over at</source>
        <translation>Passado às</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="29"/>
        <source>Outgoing</source>
        <translation>Sai</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="30"/>
        <source>Incoming</source>
        <translation>Entra</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="31"/>
        <source>Cash count (MOP)</source>
        <translation>Contagem de numerário (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="32"/>
        <source>Cash count (HKD)</source>
        <translation>Contagem de numerário (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="33"/>
        <source>Rate: HKD 1 = {mop}</source>
        <translation>Câmbio: HKD 1 = {mop}</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="34"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="35"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="36"/>
        <source>Variance</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="37"/>
        <source>VARIANCE (MOP)</source>
        <translation>DIFERENÇA (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="38"/>
        <location filename="../../desktop/printing/refund_slip.py" line="85"/>
        <source>Approved by</source>
        <translation>Aprovado por</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="40"/>
        <source>Float kept</source>
        <translation>Fundo de caixa mantido</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="41"/>
        <source>During the shift</source>
        <translation>Durante o turno</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="42"/>
        <source>Voids</source>
        <translation>Anulações</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="43"/>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="44"/>
        <source>Discounts above limit</source>
        <translation>Descontos acima do limite</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="45"/>
        <source>No-sale drawer openings</source>
        <translation>Aberturas sem venda</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="46"/>
        <source>Records not yet synced</source>
        <translation>Registos não sincronizados</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="47"/>
        <source>Open holds</source>
        <translation>Reservas em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="48"/>
        <source>Open transfers</source>
        <translation>Transferências em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="49"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="50"/>
        <source>none</source>
        <translation>nenhuma</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="94"/>
        <source>REFUNDED</source>
        <translation>REEMBOLSADO</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/handover_slip.py" line="39"/>
        <location filename="../../desktop/printing/refund_slip.py" line="98"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/refund_slip.py" line="104"/>
        <source>Customer's signature</source>
        <translation>Assinatura do cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="41"/>
        <source>Packed by (PIN)</source>
        <translation>Embalado por (PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="42"/>
        <source>Carried by</source>
        <translation>Transportado por</translation>
    </message>
    <message>
        <location filename="../../desktop/printing/transfer_slip.py" line="57"/>
        <source>Carrier</source>
        <translation>Transportador</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../desktop/models/staff.py" line="28"/>
        <source>Cashier</source>
        <translation>Operador</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="29"/>
        <source>Store manager</source>
        <translation>Gerente de loja</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="30"/>
        <source>Area manager</source>
        <translation>Gestor de área</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="31"/>
        <source>Engineer</source>
        <translation>Técnico</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="46"/>
        <source>%1 % (role's)</source>
        <translation>%1 % (da função)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="95"/>
        <source>Active</source>
        <translation>Ativo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="97"/>
        <location filename="../../desktop/models/staff.py" line="140"/>
        <source>Deactivated</source>
        <translation>Desativado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="107"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="111"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="112"/>
        <source>Role</source>
        <translation>Função</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="113"/>
        <source>Discount limit</source>
        <translation>Limite de desconto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="114"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="119"/>
        <source>Name (English)</source>
        <translation>Nome (inglês)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="120"/>
        <source>Name (Chinese)</source>
        <translation>Nome (chinês)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="121"/>
        <source>Name (Portuguese)</source>
        <translation>Nome (português)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="131"/>
        <source>Added as %1, discount limit %2</source>
        <translation>Adicionado como %1, limite de desconto %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="136"/>
        <source>PIN set</source>
        <translation>PIN definido</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="142"/>
        <source>Active again</source>
        <translation>Reativado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="152"/>
        <source>Role: %1 → %2</source>
        <translation>Função: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="160"/>
        <source>Discount limit: %1 → %2</source>
        <translation>Limite de desconto: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="166"/>
        <source>Store: %1 → %2</source>
        <translation>Loja: %1 → %2</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>No change</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="173"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="218"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="219"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="220"/>
        <source>Member of staff</source>
        <translation>Funcionário</translation>
    </message>
    <message>
        <location filename="../../desktop/models/staff.py" line="221"/>
        <source>Change</source>
        <translation>Alteração</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/views/staff.py" line="127"/>
        <source>Sign in on the Counter as a store manager to manage staff.</source>
        <translation>Inicie sessão na Caixa como gerente de loja para gerir o pessoal.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="138"/>
        <location filename="../../desktop/views/staff.py" line="218"/>
        <source>Whole chain</source>
        <translation>Toda a cadeia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="174"/>
        <source>Signed in: %1, who manages the staff of every store.</source>
        <translation>Sessão iniciada: %1, que gere o pessoal de todas as lojas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="176"/>
        <source>Signed in: %1, who manages the staff of %2.</source>
        <translation>Sessão iniciada: %1, que gere o pessoal da loja %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Make active</source>
        <translation>Reativar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="208"/>
        <source>Deactivate</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="231"/>
        <source>Add staff</source>
        <translation>Adicionar funcionário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="243"/>
        <source>Added: %1. They can sign in with their PIN now.</source>
        <translation>Adicionado: %1. Já pode iniciar sessão com o seu PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="257"/>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="273"/>
        <source>Saved: %1.</source>
        <translation>Guardado: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="292"/>
        <source>New PIN set for %1.</source>
        <translation>Novo PIN definido para %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="303"/>
        <source>Deactivate %1? They will no longer be able to sign in. Their sales stay theirs.</source>
        <translation>Desativar %1? Deixará de poder iniciar sessão. As suas vendas continuam em seu nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is active again.</source>
        <translation>%1 está ativo de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="312"/>
        <source>%1 is deactivated.</source>
        <translation>%1 foi desativado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="370"/>
        <source>Add staff…</source>
        <translation>Adicionar funcionário…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="371"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="372"/>
        <source>Set PIN…</source>
        <translation>Definir PIN…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="373"/>
        <source>Changes to staff</source>
        <translation>Alterações ao pessoal</translation>
    </message>
    <message>
        <location filename="../../desktop/views/staff.py" line="375"/>
        <source>No changes to staff yet. Each one is listed here: when, by whom, what.</source>
        <translation>Ainda não há alterações ao pessoal. Cada uma aparece aqui: quando, por quem, o quê.</translation>
    </message>
</context>
<context>
    <name>StartupSplash</name>
    <message>
        <location filename="../../desktop/splash.py" line="69"/>
        <source>Store Manager</source>
        <translation>Gestor de Lojas</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="74"/>
        <source>Starting…</source>
        <translation>A iniciar…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="75"/>
        <source>Loading the app…</source>
        <translation>A carregar a aplicação…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="76"/>
        <source>Opening the database…</source>
        <translation>A abrir a base de dados…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="77"/>
        <source>Preparing the demo chain: five shops, their stock and sales…</source>
        <translation>A preparar a cadeia de demonstração: cinco lojas, o seu stock e vendas…</translation>
    </message>
    <message>
        <location filename="../../desktop/splash.py" line="78"/>
        <source>Setting up the screens…</source>
        <translation>A preparar os ecrãs…</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="29"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● A trabalhar sem ligação (servidor central não configurado)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online · catching up</source>
        <translation>● Ligado · a atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="33"/>
        <source>● Online</source>
        <translation>● Ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Connecting to the hub…</source>
        <translation>● A ligar ao servidor central…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>● Not syncing: another copy of this till is connected</source>
        <translation>● Sem sincronizar: outra cópia desta caixa está ligada</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="39"/>
        <source>● Offline since %1</source>
        <translation>● Sem ligação desde as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="43"/>
        <source>retrying in %1 s</source>
        <translation>nova tentativa em %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="52"/>
        <source>Other stores: not connected to a hub</source>
        <translation>Outras lojas: sem ligação ao servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: live</source>
        <translation>Outras lojas: em tempo real</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="56"/>
        <source>Other stores: not received yet</source>
        <translation>Outras lojas: ainda sem dados</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="60"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>Outras lojas: a atualizar (às %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="67"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>Outras lojas às %1 (sem ligação)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="75"/>
        <source>Everything synced</source>
        <translation>Tudo sincronizado</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="80"/>
        <source>oldest %1</source>
        <translation>mais antigo %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="87"/>
        <source>This till's database was restored or copied: call a manager</source>
        <translation>A base de dados desta caixa foi restaurada ou copiada: chame um gerente</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="72"/>
        <source>%n record(s) waiting to sync</source>
        <translation>
            <numerusform>%n registo a aguardar sincronização</numerusform>
            <numerusform>%n registos a aguardar sincronização</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/status.py" line="79"/>
        <source>%n refused by the hub</source>
        <translation>
            <numerusform>%n recusado pelo servidor central</numerusform>
            <numerusform>%n recusados pelo servidor central</numerusform>
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
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="156"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="159"/>
        <source>All stores</source>
        <translation>Todas as lojas</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="160"/>
        <source>Stock</source>
        <translation>Existências</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="163"/>
        <source>Stock in every store</source>
        <translation>Existências em todas as lojas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="164"/>
        <source>Stocktake</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="165"/>
        <source>Import catalogue…</source>
        <translation>Importar catálogo…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="166"/>
        <source>Request transfer…</source>
        <translation>Pedir transferência…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="167"/>
        <source>Ask another store to send the selected item here</source>
        <translation>Pedir a outra loja que envie para cá o artigo selecionado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="168"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>Pesquisar por nome (中文 / English / Português), SKU ou código de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="170"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>Ainda não há produtos. O catálogo chega do servidor central assim que este dispositivo estiver ligado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="309"/>
        <source>Select an item first, then Request transfer…</source>
        <translation>Selecione primeiro um artigo e depois Pedir transferência…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="313"/>
        <source>Sign in on the Counter to request a transfer.</source>
        <translation>Inicie sessão na Caixa para pedir uma transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="327"/>
        <source>Transfer requested from %1: %2 × %3. Follow it on the Transfers screen.</source>
        <translation>Transferência pedida a %1: %2 × %3. Acompanhe-a no ecrã Transferências.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="366"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="369"/>
        <source>%1 of %2 products</source>
        <translation>%1 de %2 produtos</translation>
    </message>
</context>
<context>
    <name>StockTransferDialog</name>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="45"/>
        <source>Request transfer</source>
        <translation>Pedir transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="53"/>
        <source>%1 — %2 on hand</source>
        <translation>%1 — %2 em stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="60"/>
        <source>Optional: for whom, by when</source>
        <translation>Opcional: para quem, até quando</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="62"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="63"/>
        <source>Send from</source>
        <translation>Enviar de</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="64"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock_transfer.py" line="65"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>StocktakeReport</name>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="101"/>
        <source>Manager's PIN</source>
        <translation>PIN do gerente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="102"/>
        <source>Approve</source>
        <translation>Aprovar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="103"/>
        <source>Decline</source>
        <translation>Recusar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="113"/>
        <source>adjusted</source>
        <translation>ajustado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="114"/>
        <source>waits for a manager</source>
        <translation>aguarda um gerente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="115"/>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="116"/>
        <source>declined</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="122"/>
        <source>(no section)</source>
        <translation>(sem secção)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="125"/>
        <source>No counts yet</source>
        <translation>Ainda não há contagens</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="149"/>
        <source>Finish a count to see its variance report here.</source>
        <translation>Termine uma contagem para ver aqui o relatório de diferenças.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="153"/>
        <source>All differences were adjusted. Net value: %1</source>
        <translation>Todas as diferenças foram ajustadas. Valor líquido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="155"/>
        <source>%2 line(s) differ by more than the limit and wait for a manager's PIN. Net value: %1</source>
        <translation>%2 linha(s) diferem mais do que o limite e aguardam o PIN de um gerente. Valor líquido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="157"/>
        <source>A manager approved the large differences. Net value: %1</source>
        <translation>Um gerente aprovou as diferenças grandes. Valor líquido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="159"/>
        <source>A manager declined the large differences; they were not applied. Net value: %1</source>
        <translation>Um gerente recusou as diferenças grandes; não foram aplicadas. Valor líquido: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Approved and applied.</source>
        <translation>Aprovado e aplicado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake_report.py" line="198"/>
        <source>Declined.</source>
        <translation>Recusado.</translation>
    </message>
</context>
<context>
    <name>StocktakeScreen</name>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="163"/>
        <location filename="../../desktop/views/stocktake.py" line="166"/>
        <location filename="../../desktop/views/stocktake.py" line="321"/>
        <source>Stocktake</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="167"/>
        <source>← Stock</source>
        <translation>← Stock</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="168"/>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="169"/>
        <source>Variance report</source>
        <translation>Relatório de diferenças</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="170"/>
        <source>Section</source>
        <translation>Secção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="171"/>
        <source>e.g. Shelf A, window, back room</source>
        <translation>p. ex. prateleira A, montra, armazém</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="172"/>
        <source>Start count</source>
        <translation>Começar contagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="173"/>
        <source>Scan each item, or type a barcode or SKU and press Enter</source>
        <translation>Leia cada artigo, ou escreva um código de barras ou referência e prima Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="174"/>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="175"/>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="176"/>
        <source>Discard count</source>
        <translation>Descartar contagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="177"/>
        <source>Finish count</source>
        <translation>Terminar contagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="182"/>
        <source>Sales made while you count still count. Differences of more than %1 units or %2 wait for a manager's approval.</source>
        <translation>As vendas feitas durante a contagem continuam a contar. Diferenças de mais de %1 unidades ou %2 aguardam a aprovação de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="190"/>
        <source>Scan every item on the shelf: each scan counts one unit. For many of one item, type its code, set the number and press Add. A count can be corrected by double-clicking it.</source>
        <translation>Leia todos os artigos da prateleira: cada leitura conta uma unidade. Para muitas unidades do mesmo artigo, escreva o código, indique o número e prima Adicionar. Uma contagem corrige-se com um duplo clique.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="226"/>
        <source>No count open. Name the section, then start (or just scan).</source>
        <translation>Nenhuma contagem aberta. Dê nome à secção e comece (ou leia logo um artigo).</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="230"/>
        <source>Counting since %1: %2 item(s), %3 unit(s)</source>
        <translation>A contar desde as %1: %2 artigo(s), %3 unidade(s)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="242"/>
        <source>Sign in on the Counter first: a count says who made it.</source>
        <translation>Inicie sessão primeiro na Caixa: cada contagem regista quem a fez.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="289"/>
        <source>Counted: %1 (%2)</source>
        <translation>Contado: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="310"/>
        <source>Discard this count? Nothing of it has been recorded.</source>
        <translation>Descartar esta contagem? Nada dela foi registado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stocktake.py" line="348"/>
        <source>Count recorded.</source>
        <translation>Contagem registada.</translation>
    </message>
</context>
<context>
    <name>StorePage</name>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="80"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="81"/>
        <source>Which store this counter sells for.</source>
        <translation>Para que loja vende este balcão.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="87"/>
        <source>the head office</source>
        <translation>a sede</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="91"/>
        <source>A manager's device of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>Dispositivo de gerente de %1. O hub decidiu-o com o código; um novo código muda-o.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_counter_pages.py" line="94"/>
        <source>A counter PC of %1. The hub decided this with the code; a new code changes it.</source>
        <translation>PC de caixa de %1. O hub decidiu-o com o código; um novo código muda-o.</translation>
    </message>
</context>
<context>
    <name>StoreTasks</name>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="65"/>
        <source>Another store has asked us to hold an item for its customer: see Holds.</source>
        <translation>Outra loja pediu-nos para reservar um artigo para o cliente dela: veja Reservas.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="68"/>
        <source>Holds: %1</source>
        <translation>Reservas: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="70"/>
        <source>to set aside: %1</source>
        <translation>por separar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="75"/>
        <source>Transfer requests: %1</source>
        <translation>Pedidos de transferência: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="79"/>
        <source>Oversold, to resolve: %1</source>
        <translation>Vendido a mais, por resolver: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="83"/>
        <source>Customers to call: %1</source>
        <translation>Clientes a contactar: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>to set aside</source>
        <translation>por separar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="92"/>
        <source>set aside</source>
        <translation>separado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="96"/>
        <source>for %1</source>
        <translation>para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="98"/>
        <source>at %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="100"/>
        <source>until %1</source>
        <translation>até %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="112"/>
        <source>Which hold?</source>
        <translation>Que reserva?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="120"/>
        <source>Set aside</source>
        <translation>Separado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="121"/>
        <source>Picked up by the customer</source>
        <translation>Levantado pelo cliente</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="122"/>
        <source>Sent by transfer</source>
        <translation>Enviado por transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="123"/>
        <source>Release (expired or not wanted)</source>
        <translation>Libertar (expirou ou já não é preciso)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="126"/>
        <source>Cancel the hold (the customer no longer wants it)</source>
        <translation>Cancelar a reserva (o cliente já não a quer)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="128"/>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="134"/>
        <source>Hold updated: the other store is told.</source>
        <translation>Reserva atualizada: a outra loja foi avisada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="149"/>
        <source>Transfer requests to this store</source>
        <translation>Pedidos de transferência a esta loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="156"/>
        <source>Which oversell?</source>
        <translation>Que venda a mais?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="162"/>
        <source>Transfer in from another store</source>
        <translation>Transferência de outra loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="163"/>
        <source>Customer contacted</source>
        <translation>Cliente contactado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="164"/>
        <source>Write off (book stock was wrong)</source>
        <translation>Abater (o stock contabilístico estava errado)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="166"/>
        <source>How was it resolved?</source>
        <translation>Como foi resolvido?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="173"/>
        <source>Oversell resolved.</source>
        <translation>Venda a mais resolvida.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="181"/>
        <source>Resolving an oversell needs a manager's PIN.</source>
        <translation>Resolver uma venda a mais precisa do PIN de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tasks.py" line="187"/>
        <source>Mark as called</source>
        <translation>Marcar como contactado</translation>
    </message>
</context>
<context>
    <name>SubstituteFinder</name>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="38"/>
        <source>Substitutes for the open shift</source>
        <translation>Substitutos para o turno em aberto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="39"/>
        <source>Give the shift to the chosen person</source>
        <translation>Dar o turno à pessoa escolhida</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="66"/>
        <source>this store</source>
        <translation>esta loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="68"/>
        <source>%1 h this week</source>
        <translation>%1 h esta semana</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="71"/>
        <source>Nobody can take it without breaking a rule.</source>
        <translation>Ninguém o pode fazer sem violar uma regra.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="77"/>
        <source>Choose who takes the shift.</source>
        <translation>Escolha quem fica com o turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/shifts_subs.py" line="94"/>
        <source>The shift is taken; the hub confirms it.</source>
        <translation>O turno foi aceite; o servidor central confirma-o.</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="61"/>
        <source>Records not yet in the hub</source>
        <translation>Registos ainda não recebidos pelo servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="66"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>Os registos a aguardar envio estão guardados em segurança neste computador e seguem para o servidor central assim que ele responder. Os registos recusados não foram aceites pelo servidor central; o seu efeito nas existências desta loja foi anulado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="79"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>Tudo o que este computador registou está no servidor central.</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="31"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="49"/>
        <source>Waiting to be sent</source>
        <translation>A aguardar envio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="50"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
</context>
<context>
    <name>TenderPanel</name>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="43"/>
        <source>Cash (MOP)</source>
        <translation>Numerário (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="44"/>
        <source>Cash (HKD)</source>
        <translation>Numerário (HKD)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="45"/>
        <source>Card</source>
        <translation>Cartão</translation>
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
        <translation>Pagamento</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="133"/>
        <source>Amount handed over (empty: exactly what is owed)</source>
        <translation>Valor entregue (vazio: exatamente o valor em dívida)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="136"/>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="137"/>
        <source>Still to pay</source>
        <translation>Falta pagar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="138"/>
        <source>Change (MOP)</source>
        <translation>Troco (MOP)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="139"/>
        <source>Complete sale (F12)</source>
        <translation>Concluir venda (F12)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter_tender.py" line="141"/>
        <location filename="../../desktop/views/counter_tender.py" line="150"/>
        <source>HKD rate: 1 HKD = %1 MOP</source>
        <translation>Câmbio HKD: 1 HKD = %1 MOP</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="81"/>
        <source>Approve (manager PIN)</source>
        <translation>Aprovar (PIN do gerente)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Confirm packing (PIN)</source>
        <translation>Confirmar embalagem (PIN)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="82"/>
        <source>Pack by scanning</source>
        <translation>Embalar lendo os artigos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="83"/>
        <source>Dispatch and print slip</source>
        <translation>Expedir e imprimir guia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="84"/>
        <source>Reprint slip</source>
        <translation>Reimprimir guia</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Confirm receipt</source>
        <translation>Confirmar receção</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="85"/>
        <source>Receive</source>
        <translation>Receber</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="86"/>
        <source>Damaged…</source>
        <translation>Danificadas…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="87"/>
        <source>Missing…</source>
        <translation>Em falta…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="88"/>
        <source>Stop counting</source>
        <translation>Parar contagem</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="89"/>
        <source>Cancel transfer</source>
        <translation>Cancelar transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="90"/>
        <source>Close (manager PIN)</source>
        <translation>Fechar (PIN do gerente)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="100"/>
        <source>Scan a handover slip, or choose a transfer</source>
        <translation>Leia uma guia, ou escolha uma transferência</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="110"/>
        <source>From %1 to %2</source>
        <translation>De %1 para %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="117"/>
        <source>Approved automatically: under the store's limit of %1</source>
        <translation>Aprovada automaticamente: abaixo do limite da loja de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="120"/>
        <source>Packed by %1</source>
        <translation>Embalada por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="122"/>
        <source>Carried by %1</source>
        <translation>Transportada por %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="124"/>
        <source>In transit: %1</source>
        <translation>Em trânsito: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="126"/>
        <source>Waiting for the hub to confirm the last step</source>
        <translation>À espera de que o servidor central confirme o último passo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="135"/>
        <source>packed %1</source>
        <translation>embaladas %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="136"/>
        <source>received %1</source>
        <translation>recebidas %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="138"/>
        <source>damaged %1</source>
        <translation>danificadas %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_panel.py" line="140"/>
        <source>missing %1</source>
        <translation>em falta %1</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="16"/>
        <source>Requested</source>
        <translation>Pedida</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="17"/>
        <source>Approved</source>
        <translation>Aprovada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="18"/>
        <source>Packed</source>
        <translation>Embalada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="19"/>
        <location filename="../../desktop/views/transfers_detail.py" line="49"/>
        <location filename="../../desktop/views/transfers_detail.py" line="110"/>
        <source>In transit</source>
        <translation>Em trânsito</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="20"/>
        <source>Partly received</source>
        <translation>Recebida em parte</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="21"/>
        <location filename="../../desktop/views/transfers_detail.py" line="107"/>
        <source>Received</source>
        <translation>Recebida</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="22"/>
        <source>Closed</source>
        <translation>Fechada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="23"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="36"/>
        <source>← from %1</source>
        <translation>← de %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="37"/>
        <source>→ to %1</source>
        <translation>→ para %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="45"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="46"/>
        <source>Other store</source>
        <translation>Outra loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="47"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="48"/>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="104"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="105"/>
        <source>Asked</source>
        <translation>Pedidas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="106"/>
        <source>Sent</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="108"/>
        <source>Damaged</source>
        <translation>Danificadas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="109"/>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers_detail.py" line="111"/>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
</context>
<context>
    <name>TransfersScreen</name>
    <message>
        <location filename="../../desktop/views/transfers.py" line="117"/>
        <source>Transfers</source>
        <translation>Transferências</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="121"/>
        <source>Scan a handover slip to receive it, or an item to count it</source>
        <translation>Leia a guia para receber, ou um artigo para o contar</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="180"/>
        <source>Transfer %1 opened: scan each item that arrived.</source>
        <translation>Transferência %1 aberta: leia cada artigo que chegou.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="221"/>
        <source>Scan a handover slip first, or choose a transfer and press Pack.</source>
        <translation>Leia primeiro uma guia, ou escolha uma transferência e carregue em Embalar.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="237"/>
        <source>Choose the item's line first.</source>
        <translation>Escolha primeiro a linha do artigo.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Damaged</source>
        <translation>Danificadas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="241"/>
        <source>Missing</source>
        <translation>Em falta</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="247"/>
        <source>Why are they written off?</source>
        <translation>Porque são abatidas?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="266"/>
        <source>Sign in on the Counter first: each step says who took it.</source>
        <translation>Inicie sessão primeiro no Balcão: cada passo regista quem o deu.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="270"/>
        <source>A manager's PIN to approve sending</source>
        <translation>PIN de um gerente para aprovar o envio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="272"/>
        <source>Approved.</source>
        <translation>Aprovada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="281"/>
        <source>Scan each item as it goes into the box.</source>
        <translation>Leia cada artigo ao pô-lo na caixa.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="288"/>
        <source>The packer's PIN: the slip carries the name it belongs to</source>
        <translation>PIN de quem embalou: a guia leva o nome a que pertence</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="290"/>
        <source>Packed.</source>
        <translation>Embalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Dispatch</source>
        <translation>Expedir</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="297"/>
        <source>Who carries it (a colleague's name or the courier)?</source>
        <translation>Quem a leva (nome de um colega ou a transportadora)?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="306"/>
        <source>Dispatched: the stock is in transit.</source>
        <translation>Expedida: o stock está em trânsito.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="331"/>
        <source>Scan each item that arrived.</source>
        <translation>Leia cada artigo que chegou.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="339"/>
        <source>Receipt recorded.</source>
        <translation>Receção registada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="347"/>
        <source>Cancel transfer %1?</source>
        <translation>Cancelar a transferência %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="349"/>
        <source>Cancelled.</source>
        <translation>Cancelada.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="354"/>
        <source>A manager's PIN to close it (what is still owed is missing)</source>
        <translation>PIN de um gerente para fechar (o que ainda falta fica em falta)</translation>
    </message>
    <message>
        <location filename="../../desktop/views/transfers.py" line="356"/>
        <source>Closed.</source>
        <translation>Fechada.</translation>
    </message>
</context>
<context>
    <name>UsbDevices</name>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="16"/>
        <source>Receipt printer</source>
        <translation>Impressora de talões</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="17"/>
        <source>Barcode scanner (USB keyboard mode)</source>
        <translation>Leitor de códigos (modo teclado USB)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="18"/>
        <source>Barcode scanner (HID POS mode)</source>
        <translation>Leitor de códigos (modo HID POS)</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="19"/>
        <source>Keyboard, or a scanner in keyboard mode</source>
        <translation>Teclado, ou leitor em modo teclado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="20"/>
        <source>Other device</source>
        <translation>Outro dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="60"/>
        <source>Vendor:product</source>
        <translation>Fabricante:produto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="61"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../desktop/models/usb_devices.py" line="62"/>
        <source>What it is</source>
        <translation>O que é</translation>
    </message>
</context>
<context>
    <name>VarianceModel</name>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="110"/>
        <source>SKU</source>
        <translation>Referência</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="111"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="112"/>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="113"/>
        <source>Counted</source>
        <translation>Contado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="114"/>
        <source>Variance</source>
        <translation>Diferença</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="115"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="116"/>
        <source>Adjustment</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="122"/>
        <source>none needed</source>
        <translation>não é preciso</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="124"/>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="126"/>
        <source>approved</source>
        <translation>aprovado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="127"/>
        <source>declined</source>
        <translation>recusado</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stocktake.py" line="128"/>
        <source>waits for a manager</source>
        <translation>aguarda um gerente</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="120"/>
        <source>Welcome to Store Manager</source>
        <translation>Bem-vindo ao Store Manager</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="121"/>
        <source>How will this computer be used?</source>
        <translation>Como vai ser usado este computador?</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="122"/>
        <source>Join my chain's hub</source>
        <translation>Juntar-me ao hub da minha cadeia</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="124"/>
        <source>A manager gave you the hub's address and an enrollment code for this computer.</source>
        <translation>Um gerente deu-lhe o endereço do hub e um código de registo para este computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="126"/>
        <source>Host the chain on this PC</source>
        <translation>Alojar a cadeia neste PC</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="128"/>
        <source>One shop, one counter: this computer keeps the chain's hub and is its till.</source>
        <translation>Uma loja, um balcão: este computador guarda o hub da cadeia e é a sua caixa.</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="130"/>
        <source>Try the demo</source>
        <translation>Experimentar a demonstração</translation>
    </message>
    <message>
        <location filename="../../desktop/wizard_pages.py" line="132"/>
        <source>A demo chain of five shops selling live. Nothing you do in it is real.</source>
        <translation>Uma cadeia de demonstração com cinco lojas a vender em direto. Nada do que fizer nela é real.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="28"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>O ficheiro da base de dados local {path} está danificado e não pode ser aberto. Nada foi alterado. Restaure-o a partir de uma cópia de segurança ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="32"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>Não é possível criar ou escrever a base de dados em {path}. Verifique se a pasta existe e se este utilizador tem permissão de escrita.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="36"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>A base de dados {path} está a ser utilizada por outro programa. Feche-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="39"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>A base de dados {path} foi escrita por uma versão mais recente desta aplicação. Atualize a aplicação para a abrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="46"/>
        <source>The demo's database {path} is damaged. Start the demo afresh (main.py --demo --reset-demo); that deletes only the files the demo made.</source>
        <translation>A base de dados da demonstração {path} está danificada. Recomece a demonstração (main.py --demo --reset-demo); isso apaga apenas os ficheiros criados pela demonstração.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>{path} was not made by the demo, so the demo will neither replace nor delete it. Choose another file with --db.</source>
        <translation>{path} não foi criado pela demonstração, por isso a demonstração não o substitui nem o apaga. Escolha outro ficheiro com --db.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="54"/>
        <source>--db names a folder ({path}); it must name a database file, such as {path}/till.sqlite3.</source>
        <translation>--db indica uma pasta ({path}); tem de indicar um ficheiro de base de dados, por exemplo {path}/till.sqlite3.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="57"/>
        <source>Unknown log level {level}. Use one of: {levels}.</source>
        <translation>Nível de registo desconhecido {level}. Use um destes: {levels}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>Cannot save a screenshot as {path}: use a name ending in one of {formats}.</source>
        <translation>Não é possível guardar a captura de ecrã como {path}: use um nome terminado em {formats}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>Cannot write the screenshot {path}: its folder cannot be created or written to.</source>
        <translation>Não é possível escrever a captura de ecrã {path}: a pasta não pode ser criada nem escrita.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The record of printed receipts {path} is damaged, so the app cannot tell which receipts have printed. Nothing was changed. Restore it from a backup, or move it away to start a new record.</source>
        <translation>O registo de recibos impressos {path} está danificado, por isso a aplicação não sabe que recibos já foram impressos. Nada foi alterado. Reponha-o a partir de uma cópia de segurança, ou mova-o para começar um novo registo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>Nenhum produto tem o código de barras {code}. Verifique o artigo ou pesquise por nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="71"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>O código de barras {code} foi mal lido (o dígito de controlo está errado). Leia-o novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="74"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>O produto {sku} não consta do catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>O cesto está vazio. Leia primeiro um artigo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>A quantidade {qty} não é permitida para {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="77"/>
        <source>Payment method {method} is not known.</source>
        <translation>O meio de pagamento {method} não é conhecido.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="78"/>
        <source>Enter an amount greater than zero.</source>
        <translation>Introduza um valor maior que zero.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="79"/>
        <source>Card and wallet payments cannot be more than what is still owed.</source>
        <translation>Pagamentos com cartão ou carteira não podem exceder o valor em dívida.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="82"/>
        <source>The sale is already paid in full.</source>
        <translation>A venda já está paga na totalidade.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="83"/>
        <source>The price of {sku} changed while it was in the basket. Scan it again.</source>
        <translation>O preço de {sku} mudou enquanto estava no cesto. Leia-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="86"/>
        <source>That discount is more than the amount.</source>
        <translation>Esse desconto é maior do que o valor.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="87"/>
        <source>Discounts above {limit}% need a manager's PIN.</source>
        <translation>Descontos acima de {limit}% precisam do PIN de um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="90"/>
        <source>The payments do not cover the total yet.</source>
        <translation>Os pagamentos ainda não cobrem o total.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>No sale has the receipt {code} on this computer. Check the number, or refund at the store that sold it.</source>
        <translation>Nenhuma venda tem o recibo {code} neste computador. Verifique o número, ou reembolse na loja que vendeu.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>At most {max} of {sku} can still be refunded on this receipt.</source>
        <translation>No máximo {max} de {sku} ainda podem ser reembolsados neste recibo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="98"/>
        <source>Choose how many of which items come back.</source>
        <translation>Escolha quantas unidades de que artigos são devolvidas.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="124"/>
        <source>This hold was already requested.</source>
        <translation>Esta reserva já foi pedida.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="125"/>
        <source>A hold must last until a time later than now.</source>
        <translation>Uma reserva tem de durar até uma hora posterior a agora.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="126"/>
        <source>Not enough available at that store to hold: someone else may have just taken it.</source>
        <translation>Não há o suficiente disponível nessa loja para reservar: outra pessoa pode tê-lo acabado de levar.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="129"/>
        <source>This hold is not known.</source>
        <translation>Esta reserva não é conhecida.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="130"/>
        <source>The hold is still waiting to be set aside.</source>
        <translation>A reserva ainda está à espera de ser separada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="131"/>
        <source>The hold was already set aside.</source>
        <translation>A reserva já foi separada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="132"/>
        <source>The hold was already picked up or transferred.</source>
        <translation>A reserva já foi levantada ou transferida.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="133"/>
        <source>The hold was already released.</source>
        <translation>A reserva já foi libertada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="134"/>
        <source>Enter the customer's name or phone number.</source>
        <translation>Introduza o nome ou o telefone do cliente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="172"/>
        <source>A transfer needs another store than this one.</source>
        <translation>Uma transferência precisa de outra loja que não esta.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="196"/>
        <source>Enter a phone number the store can call.</source>
        <translation>Introduza um número de telefone para a loja ligar.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="197"/>
        <source>This alert was already resolved.</source>
        <translation>Este alerta já foi resolvido.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="198"/>
        <source>This device may not record that.</source>
        <translation>Este dispositivo não pode registar isso.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="199"/>
        <source>A PIN is 4 to 8 digits.</source>
        <translation>Um PIN tem 4 a 8 dígitos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="200"/>
        <source>That PIN is not right. Try again.</source>
        <translation>Esse PIN não está certo. Tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="201"/>
        <source>Too many wrong PINs in a row. PINs can be tried again in {seconds} s.</source>
        <translation>Demasiados PIN errados seguidos. Pode tentar de novo dentro de {seconds} s.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="204"/>
        <source>{name} may not approve this. Ask a manager.</source>
        <translation>{name} não pode aprovar isto. Peça a um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="205"/>
        <source>Only a store manager or an area manager may manage staff.</source>
        <translation>Só um gerente de loja ou um gestor de área pode gerir o pessoal.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="208"/>
        <source>A store manager manages the staff of their own store only.</source>
        <translation>Um gerente de loja só gere o pessoal da sua própria loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="211"/>
        <source>This member of staff outranks you. Ask an area manager.</source>
        <translation>Este funcionário tem um cargo superior ao seu. Peça a um gestor de área.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="212"/>
        <source>You may not give this role. Ask an area manager.</source>
        <translation>Não pode atribuir esta função. Peça a um gestor de área.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="213"/>
        <source>The discount limit can be at most {max} %.</source>
        <translation>O limite de desconto pode ser no máximo {max} %.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="214"/>
        <source>You cannot deactivate yourself or change your own role.</source>
        <translation>Não pode desativar-se nem mudar a sua própria função.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="215"/>
        <source>Enter a name.</source>
        <translation>Introduza um nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="216"/>
        <source>A name is at most {max} characters.</source>
        <translation>Um nome tem no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="217"/>
        <source>Cashiers and store managers belong to a store; area managers and engineers to the whole chain.</source>
        <translation>Operadores e gerentes de loja pertencem a uma loja; gestores de área e técnicos a toda a cadeia.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="221"/>
        <source>The two PINs are not the same. Type the new PIN twice.</source>
        <translation>Os dois PIN não são iguais. Escreva o novo PIN duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="224"/>
        <source>Someone else who signs in here has that PIN. Choose another.</source>
        <translation>Outra pessoa que inicia sessão aqui já tem esse PIN. Escolha outro.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="228"/>
        <source>Someone moving to another store needs a new PIN there: type it twice.</source>
        <translation>Quem muda para outra loja precisa de um novo PIN lá: escreva-o duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="231"/>
        <source>This device is not assigned to a store.</source>
        <translation>Este dispositivo não está atribuído a nenhuma loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="232"/>
        <source>The hub refused a record as malformed.</source>
        <translation>O servidor central recusou um registo por estar mal formado.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="233"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>O servidor central não reconhece este tipo de registo. Atualize a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="236"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>O servidor central recusou um registo de uma loja diferente da deste dispositivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="239"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>O servidor central recusou um registo que entra em conflito com outro já existente (o mesmo número de recibo).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="242"/>
        <source>A quantity, amount or text in this record is beyond the limits a record may hold.</source>
        <translation>Uma quantidade, um montante ou um texto deste registo ultrapassa os limites permitidos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="245"/>
        <source>The hub refused a record carrying information it does not know. Update the hub.</source>
        <translation>O servidor central recusou um registo com informação que não conhece. Atualize o servidor central.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="248"/>
        <source>This record is too large to be stored.</source>
        <translation>Este registo é demasiado grande para ser guardado.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="249"/>
        <source>The hub refused a record for a product the chain does not have.</source>
        <translation>O servidor central recusou um registo de um produto que a cadeia não tem.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="252"/>
        <source>The hub refused a record for a store the chain does not have.</source>
        <translation>O servidor central recusou um registo de uma loja que a cadeia não tem.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="227"/>
        <source>The chain has no such member of staff.</source>
        <translation>A cadeia não tem este membro do pessoal.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="42"/>
        <source>The settings file {path} cannot be used ({detail}). Nothing was changed. Restore it from a backup, or move it away and start the app with --enroll to connect this computer again.</source>
        <translation>O ficheiro de definições {path} não pode ser usado ({detail}). Nada foi alterado. Restaure-o a partir de uma cópia de segurança, ou retire-o e inicie a aplicação com --enroll para voltar a ligar este computador à cadeia.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="99"/>
        <source>Choose why the goods come back (for "Other", say why in a few words).</source>
        <translation>Escolha o motivo da devolução (para “Outro”, explique em poucas palavras).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="102"/>
        <source>Say why in at most {max} characters.</source>
        <translation>Explique em no máximo {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="103"/>
        <source>This refund needs a manager's PIN (cash refunds and refunds above the store's limit).</source>
        <translation>Este reembolso precisa do PIN de um gerente (reembolsos em numerário e acima do limite da loja).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="106"/>
        <source>The outgoing and the incoming cashier must be two different people, each with their own PIN.</source>
        <translation>O caixa que sai e o que entra têm de ser duas pessoas diferentes, cada uma com o seu PIN.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="110"/>
        <source>Both cashiers sign on the pads before handing over.</source>
        <translation>Os dois caixas assinam nos painéis antes de passar o turno.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="113"/>
        <source>The variance is above the store's rule: a store manager types their PIN and a reason is given.</source>
        <translation>A diferença está acima da regra da loja: um gerente de loja escreve o seu PIN e indica-se um motivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="117"/>
        <source>Say why the drawer does not match before it is approved.</source>
        <translation>Diga porque é que a gaveta não bate certo antes de ser aprovada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="120"/>
        <source>The float kept cannot be more than the cash counted.</source>
        <translation>O fundo de caixa mantido não pode ser maior do que o numerário contado.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="123"/>
        <source>That handover is not on this computer.</source>
        <translation>Essa passagem de turno não está neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="135"/>
        <source>This repair ticket is not known here yet.</source>
        <translation>Este pedido de reparação ainda não é conhecido aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="136"/>
        <source>The ticket is still waiting for an engineer.</source>
        <translation>O pedido ainda está à espera de um técnico.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="137"/>
        <source>The engineer declined this ticket; it goes to the next.</source>
        <translation>O técnico recusou este pedido; passa ao seguinte.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="140"/>
        <source>The ticket was reopened and waits for an engineer.</source>
        <translation>O pedido foi reaberto e espera por um técnico.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="143"/>
        <source>The ticket is offered to an engineer who has not accepted it yet.</source>
        <translation>O pedido foi oferecido a um técnico que ainda não o aceitou.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="146"/>
        <source>Another engineer accepted this ticket first.</source>
        <translation>Outro técnico aceitou este pedido primeiro.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="147"/>
        <source>The engineer is already on site.</source>
        <translation>O técnico já está no local.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="148"/>
        <source>The ticket was already resolved.</source>
        <translation>O pedido já foi resolvido.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="149"/>
        <source>The store already verified this repair.</source>
        <translation>A loja já verificou esta reparação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="150"/>
        <source>This ticket is another engineer's.</source>
        <translation>Este pedido é de outro técnico.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="151"/>
        <source>This ticket was already raised.</source>
        <translation>Este pedido já foi aberto.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="152"/>
        <source>Say what is wrong in a few words.</source>
        <translation>Diga em poucas palavras o que está mal.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="153"/>
        <source>Working hours must end after they start.</source>
        <translation>O horário de trabalho tem de acabar depois de começar.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="154"/>
        <source>This equipment is not in the store's register.</source>
        <translation>Este equipamento não está no registo da loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="155"/>
        <source>Choose a typhoon signal: 1, 3, 8, 9, 10, or none.</source>
        <translation>Escolha um sinal de tufão: 1, 3, 8, 9, 10, ou nenhum.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="156"/>
        <source>This shift is not known.</source>
        <translation>Este turno não é conhecido.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="157"/>
        <source>The shift is already on the roster.</source>
        <translation>O turno já está na escala.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="158"/>
        <source>The shift is already open to substitutes.</source>
        <translation>O turno já está aberto a substitutos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="159"/>
        <source>Someone else took this shift first. It is no longer open.</source>
        <translation>Outra pessoa ficou primeiro com este turno. Já não está em aberto.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="162"/>
        <source>The shift was released for a typhoon or black rain.</source>
        <translation>O turno foi dispensado por tufão ou chuva negra.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="165"/>
        <source>The shift was taken off the roster.</source>
        <translation>O turno foi retirado da escala.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="166"/>
        <source>That would break a labour rule for {staff}: {rule} ({article}).</source>
        <translation>Isso violaria uma regra laboral para {staff}: {rule} ({article}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="169"/>
        <source>This shift is not yours.</source>
        <translation>Este turno não é seu.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="170"/>
        <source>There is no shift for you here today.</source>
        <translation>Não tem turno aqui hoje.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="171"/>
        <source>A shift must end after it starts, within a day.</source>
        <translation>Um turno deve terminar depois de começar, dentro de um dia.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="173"/>
        <source>This transfer is not known here yet.</source>
        <translation>Esta transferência ainda não é conhecida aqui.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="174"/>
        <source>The transfer has not been approved yet.</source>
        <translation>A transferência ainda não foi aprovada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="175"/>
        <source>The transfer was already approved.</source>
        <translation>A transferência já foi aprovada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="176"/>
        <source>The transfer was already packed.</source>
        <translation>A transferência já foi embalada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="177"/>
        <source>The other store already dispatched this transfer: it is on its way.</source>
        <translation>A outra loja já expediu esta transferência: está a caminho.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="180"/>
        <source>The transfer is already partly received.</source>
        <translation>A transferência já foi recebida em parte.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="181"/>
        <source>The transfer was already received in full.</source>
        <translation>A transferência já foi recebida por completo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="182"/>
        <source>The transfer was already closed.</source>
        <translation>A transferência já foi fechada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="183"/>
        <source>The other store already cancelled this transfer.</source>
        <translation>A outra loja já cancelou esta transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="186"/>
        <source>This transfer was already requested.</source>
        <translation>Esta transferência já foi pedida.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="187"/>
        <source>Scan the items packed before confirming.</source>
        <translation>Leia os artigos embalados antes de confirmar.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="188"/>
        <source>More units than are still on their way for this item: check the counts.</source>
        <translation>Mais unidades do que as que ainda estão a caminho deste artigo: verifique as contagens.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="191"/>
        <source>This item was not sent in this transfer.</source>
        <translation>Este artigo não foi enviado nesta transferência.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="192"/>
        <source>Say why the damaged units are written off.</source>
        <translation>Diga porque são abatidas as unidades danificadas.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="193"/>
        <source>The limit must be between MOP 0 (off) and MOP 10,000,000,000.</source>
        <translation>O limite tem de estar entre MOP 0 (desligado) e MOP 10.000.000.000.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="255"/>
        <source>The hub could not store this record and refused it. The records after it were sent.</source>
        <translation>O servidor central não conseguiu guardar este registo e recusou-o. Os registos seguintes foram enviados.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="258"/>
        <source>This till's database was restored or copied: the hub already has other records under the same numbers. Call a manager before selling on.</source>
        <translation>A base de dados desta caixa foi restaurada ou copiada: o servidor central já tem outros registos com os mesmos números. Chame um gerente antes de continuar a vender.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="263"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>O servidor central não responde. As vendas ficam guardadas neste computador e são enviadas quando voltar a estar disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="266"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>O servidor central enviou algo que esta aplicação não compreende.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="267"/>
        <source>Part of the hub's log went missing on the way; this computer reconnects and reads it again.</source>
        <translation>Parte do registo do servidor central perdeu-se pelo caminho; este computador volta a ligar-se e lê-o de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="271"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>O servidor central não aceitou este dispositivo. Peça a um gerente que o registe novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="274"/>
        <source>The hub did not answer in time.</source>
        <translation>O servidor central não respondeu a tempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="275"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>Uma mensagem era demasiado grande para o servidor central; será enviada em partes mais pequenas.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="278"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>Esta aplicação e o servidor central usam versões de protocolo diferentes. Atualize a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="281"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>A sincronização falhou inesperadamente; será tentada novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="282"/>
        <source>This device was removed from the chain by a manager. Its records stay on this computer. To sync again, ask a manager for a new enrollment code.</source>
        <translation>Este dispositivo foi removido da cadeia por um gerente. Os seus registos continuam neste computador. Para voltar a sincronizar, peça a um gerente um novo código de registo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="287"/>
        <source>Another copy of this till connected to the hub with the same enrollment (a second window of Store Manager, or a copied computer), so this one stopped syncing. Its sales are kept here. Close the other copy: this one checks now and then and syncs again once it is gone.</source>
        <translation>Outra cópia desta caixa ligou-se ao hub com o mesmo registo (uma segunda janela do Store Manager, ou um computador copiado), por isso esta deixou de sincronizar. As suas vendas ficam guardadas aqui. Feche a outra cópia: esta verifica de vez em quando e volta a sincronizar quando a outra deixar de estar ligada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="293"/>
        <source>Another copy of this till is connected to the hub; this one waits until it is closed.</source>
        <translation>Outra cópia desta caixa está ligada ao hub; esta espera até que seja fechada.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="296"/>
        <source>This computer did not take what the hub sent for too long; it reconnects and carries on where it stopped.</source>
        <translation>Este computador não recebeu durante demasiado tempo o que o hub enviou; volta a ligar-se e continua onde parou.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="300"/>
        <source>The hub's security certificate is not the one this device knows, so nothing was sent to it. If the hub was replaced on purpose, ask a manager for a new enrollment code; otherwise call your IT contact.</source>
        <translation>O certificado de segurança do hub não é o que este dispositivo conhece, por isso nada lhe foi enviado. Se o hub foi substituído de propósito, peça a um gerente um novo código de registo; caso contrário, contacte o seu apoio informático.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="305"/>
        <source>The hub address {url} is not encrypted (ws://). Use its wss:// address: plain ws:// works only on this computer.</source>
        <translation>O endereço do hub {url} não é cifrado (ws://). Use o seu endereço wss://: ws:// simples só funciona neste computador.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="309"/>
        <source>{url} is not a hub address. A hub address looks like wss://backoffice:8765.</source>
        <translation>{url} não é um endereço de hub. Um endereço de hub é como wss://backoffice:8765.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="312"/>
        <source>The hub serves on {host} only with a certificate (--cert and --key).</source>
        <translation>O hub só serve em {host} com um certificado (--cert e --key).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="315"/>
        <source>The hub's certificate {cert} or key {key} cannot be used: {detail}</source>
        <translation>Não é possível usar o certificado {cert} ou a chave {key} do hub: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="318"/>
        <source>The hub does not know this enrollment code. Check it, or ask the manager for a new one.</source>
        <translation>O hub não conhece este código de registo. Verifique-o ou peça ao gerente um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="321"/>
        <source>This enrollment code has already been used. A code enrols one device: ask the manager for a new one.</source>
        <translation>Este código de registo já foi usado. Cada código regista um dispositivo: peça ao gerente um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="325"/>
        <source>This enrollment code has expired. Ask the manager for a new one.</source>
        <translation>Este código de registo expirou. Peça ao gerente um novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="328"/>
        <source>That is not an enrollment code. A code has 12 or 24 letters and digits, such as ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.</source>
        <translation>Isto não é um código de registo. Um código tem 12 ou 24 letras e algarismos, como ABCD-EFGH-JKLM-NPQR-STUV-WXYZ.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="332"/>
        <source>Only a manager's device may create enrollment codes, and only for its own store.</source>
        <translation>Só o dispositivo de um gerente pode criar códigos de registo, e só para a sua própria loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="335"/>
        <source>The hub has no store {store}.</source>
        <translation>O hub não tem a loja {store}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="336"/>
        <source>A counter PC belongs to a store: choose one.</source>
        <translation>Um PC de caixa pertence a uma loja: escolha uma.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="337"/>
        <source>{role} is not a kind of device this app knows.</source>
        <translation>{role} não é um tipo de dispositivo que esta aplicação conheça.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="338"/>
        <source>A code must be valid for between 5 minutes and 7 days.</source>
        <translation>Um código tem de ser válido entre 5 minutos e 7 dias.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="339"/>
        <source>A device called {device_id} is already enrolled.</source>
        <translation>Já está registado um dispositivo chamado {device_id}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="340"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>Este computador não tem um cofre de palavras-passe utilizável ({backend}), por isso a chave do dispositivo não pode ser guardada em segurança. Instale ou desbloqueie o porta-chaves do sistema; a chave nunca é escrita num ficheiro simples.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="345"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>O porta-chaves do sistema não funcionou ({backend}): {detail}. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="348"/>
        <source>The USB library (libusb) is missing, so USB printers and scanners cannot be used. Scanners that type like a keyboard still work. See the hardware guide.</source>
        <translation>Falta a biblioteca USB (libusb), por isso não se podem usar impressoras nem leitores USB. Os leitores que escrevem como um teclado continuam a funcionar. Consulte o guia do equipamento.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="352"/>
        <source>The USB device {device} is not connected. Check the cable and the power, then refresh the list in Settings, Devices.</source>
        <translation>O dispositivo USB {device} não está ligado. Verifique o cabo e a alimentação e atualize a lista em Definições, Dispositivos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="356"/>
        <source>This computer's user may not open the USB device {device}. On Linux, install the udev rule that comes with the app (99-store-manager-usb.rules) and add the user to the plugdev group; see the hardware guide.</source>
        <translation>O utilizador deste computador não pode abrir o dispositivo USB {device}. Em Linux, instale a regra udev que vem com a aplicação (99-store-manager-usb.rules) e junte o utilizador ao grupo plugdev; consulte o guia do equipamento.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="360"/>
        <source>The USB device {device} is in use by another driver or program (a system print queue such as CUPS, or another copy of this app). Remove it from the system's printers or close the other program, then try again.</source>
        <translation>O dispositivo USB {device} está a ser usado por outro controlador ou programa (uma fila de impressão do sistema como o CUPS, ou outra cópia desta aplicação). Retire-o das impressoras do sistema ou feche o outro programa e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="364"/>
        <source>The USB device {device} reported an error ({detail}). Unplug it, plug it in again and retry.</source>
        <translation>O dispositivo USB {device} indicou um erro ({detail}). Desligue-o, volte a ligá-lo e tente de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="368"/>
        <source>No receipt printer is chosen yet. Choose one in Settings, Devices.</source>
        <translation>Ainda não foi escolhida uma impressora de talões. Escolha uma em Definições, Dispositivos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="371"/>
        <source>The printer {device} did not answer in time. Nothing was printed: check that it is on and has paper, then print again.</source>
        <translation>A impressora {device} não respondeu a tempo. Nada foi impresso: verifique se está ligada e tem papel e imprima de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="375"/>
        <source>The printer {device} stopped answering while printing {job}; the slip may be incomplete. It is not sent again by itself: check the paper and the cover, then reprint it as a copy if needed.</source>
        <translation>A impressora {device} deixou de responder a meio de {job}; o talão pode estar incompleto. Não é reenviado automaticamente: verifique o papel e a tampa e, se for preciso, reimprima-o como cópia.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="379"/>
        <source>Slip {job} had already gone to the printer when it stopped answering, so it is not printed again. Reprint it as a copy if it did not come out whole.</source>
        <translation>O talão {job} já tinha sido enviado à impressora quando esta deixou de responder, por isso não é impresso de novo. Reimprima-o como cópia se não saiu completo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="383"/>
        <source>The printer {device} is out of paper. Put in a new roll and print again.</source>
        <translation>A impressora {device} está sem papel. Coloque um rolo novo e imprima de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="386"/>
        <source>The cover of the printer {device} is open. Close it and print again.</source>
        <translation>A tampa da impressora {device} está aberta. Feche-a e imprima de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="389"/>
        <source>The printer {device} is offline or shows an error. Check the paper, the cover and its error light, then print again.</source>
        <translation>A impressora {device} está desligada ou com erro. Verifique o papel, a tampa e a luz de erro e imprima de novo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="393"/>
        <source>The system printer {printer} could not print. Check it in the system's printer settings.</source>
        <translation>A impressora do sistema {printer} não conseguiu imprimir. Verifique-a nas definições de impressoras do sistema.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="396"/>
        <source>Cannot write the PDF {path}. Choose another folder or file name.</source>
        <translation>Não é possível escrever o PDF {path}. Escolha outra pasta ou outro nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="399"/>
        <source>That count is no longer here. Open the list of counts again.</source>
        <translation>Essa contagem já não está aqui. Abra de novo a lista de contagens.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="402"/>
        <source>A count of {qty} for {sku} is not possible. Type the number of units on the shelf.</source>
        <translation>Uma contagem de {qty} para {sku} não é possível. Escreva o número de unidades na prateleira.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="405"/>
        <source>Nothing has been counted yet. Scan the items on the shelf first.</source>
        <translation>Ainda nada foi contado. Leia primeiro os artigos da prateleira.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="408"/>
        <source>A manager has already decided on this count.</source>
        <translation>Um gerente já decidiu sobre esta contagem.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="409"/>
        <source>Nothing in this count waits for a manager.</source>
        <translation>Nada nesta contagem aguarda um gerente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="410"/>
        <source>The file is empty.</source>
        <translation>O ficheiro está vazio.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="411"/>
        <source>The file is not text in UTF-8, UTF-16 or Big5. Save it again as CSV UTF-8.</source>
        <translation>O ficheiro não é texto em UTF-8, UTF-16 ou Big5. Guarde-o de novo como CSV UTF-8.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="414"/>
        <source>The file is not a readable CSV file ({detail}).</source>
        <translation>O ficheiro não é um CSV legível ({detail}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="415"/>
        <source>The Excel file cannot be read ({detail}). Open it in Excel and save it again as .xlsx.</source>
        <translation>O ficheiro Excel não pode ser lido ({detail}). Abra-o no Excel e guarde-o de novo como .xlsx.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="418"/>
        <source>The column {column} is missing from the first row.</source>
        <translation>Falta a coluna {column} na primeira linha.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="421"/>
        <source>The column {column} is not one this import knows.</source>
        <translation>A coluna {column} não é conhecida desta importação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="422"/>
        <source>The column {column} appears twice.</source>
        <translation>A coluna {column} aparece duas vezes.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="423"/>
        <source>There is no store {store} (column {column}).</source>
        <translation>Não existe a loja {store} (coluna {column}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="424"/>
        <source>This device belongs to {own}; it cannot set opening stock for {store}.</source>
        <translation>Este computador pertence a {own}; não pode definir o stock inicial de {store}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="427"/>
        <source>The file has {rows} rows; at most {max} can be imported at once.</source>
        <translation>O ficheiro tem {rows} linhas; no máximo podem importar-se {max} de uma vez.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="430"/>
        <source>The file has a header row but no products.</source>
        <translation>O ficheiro tem cabeçalho mas nenhum produto.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="431"/>
        <source>{column} is empty.</source>
        <translation>{column} está vazio.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="432"/>
        <source>{column} is longer than {max} characters.</source>
        <translation>{column} tem mais de {max} caracteres.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="433"/>
        <source>SKU {sku} may only contain letters, digits and . _ / -</source>
        <translation>A referência {sku} só pode ter letras, algarismos e . _ / -</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="434"/>
        <source>SKU {sku} is already on row {first}.</source>
        <translation>A referência {sku} já está na linha {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="435"/>
        <source>Price {value} is not an amount in patacas (for example 128.50).</source>
        <translation>O preço {value} não é um valor em patacas (por exemplo 128.50).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="438"/>
        <source>Barcode {code} is not a valid barcode (EAN/UPC has 8, 12, 13 or 14 digits).</source>
        <translation>O código de barras {code} não é válido (EAN/UPC tem 8, 12, 13 ou 14 algarismos).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="441"/>
        <source>Barcode {code} has a wrong check digit (it should end in {digit}).</source>
        <translation>O código de barras {code} tem o dígito de controlo errado (devia terminar em {digit}).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="444"/>
        <source>Barcode {code} is already on row {first}.</source>
        <translation>O código de barras {code} já está na linha {first}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="445"/>
        <source>Barcode {code} already belongs to product {sku}.</source>
        <translation>O código de barras {code} já pertence ao produto {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="446"/>
        <source>Opening stock {value} for {store} is not a whole number from 0 up.</source>
        <translation>O stock inicial {value} de {store} não é um número inteiro a partir de 0.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="449"/>
        <source>The file has {count} problem(s); nothing was imported.</source>
        <translation>O ficheiro tem {count} problema(s); nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="452"/>
        <source>The file is larger than {max} MB. Split it into smaller files.</source>
        <translation>O ficheiro tem mais de {max} MB. Divida-o em ficheiros mais pequenos.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="455"/>
        <source>The file cannot be read: {detail}.</source>
        <translation>O ficheiro não pode ser lido: {detail}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="456"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>Ocorreu um erro: {detail}. Nada se perdeu; tente novamente.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="463"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="464"/>
        <source>Goods received</source>
        <translation>Mercadoria recebida</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="465"/>
        <source>Product details</source>
        <translation>Dados do produto</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="466"/>
        <source>Store details</source>
        <translation>Dados da loja</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="467"/>
        <source>Staff details</source>
        <translation>Dados do funcionário</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="468"/>
        <source>Staff added</source>
        <translation>Funcionário adicionado</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="469"/>
        <source>Staff changed</source>
        <translation>Funcionário alterado</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="470"/>
        <source>PIN set</source>
        <translation>PIN definido</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="471"/>
        <source>Staff activated or deactivated</source>
        <translation>Funcionário ativado ou desativado</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="472"/>
        <source>Stocktake</source>
        <translation>Inventário</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="473"/>
        <source>Stocktake approval</source>
        <translation>Aprovação de inventário</translation>
    </message>
</context>
</TS>
