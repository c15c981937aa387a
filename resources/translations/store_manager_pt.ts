<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt">
<context>
    <name>App</name>
    <message numerus="yes">
        <location filename="../../desktop/app.py" line="228"/>
        <source>%n record(s) have not reached the hub yet. They are safe on this computer and will be sent the next time it is online. Quit anyway?</source>
        <translation>
            <numerusform>%n registo ainda não chegou ao servidor central. Está guardado em segurança neste computador e será enviado na próxima ligação. Sair mesmo assim?</numerusform>
            <numerusform>%n registos ainda não chegaram ao servidor central. Estão guardados em segurança neste computador e serão enviados na próxima ligação. Sair mesmo assim?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="236"/>
        <source>Records not yet sent</source>
        <translation>Registos ainda não enviados</translation>
    </message>
    <message>
        <location filename="../../desktop/app.py" line="338"/>
        <location filename="../../desktop/app.py" line="350"/>
        <source>Store Manager cannot start</source>
        <translation>Não é possível iniciar o Gestor de Lojas</translation>
    </message>
</context>
<context>
    <name>BasketModel</name>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Item</source>
        <translation>Artigo</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Qty</source>
        <translation>Qtd.</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Unit price</source>
        <translation>Preço unitário</translation>
    </message>
    <message>
        <location filename="../../desktop/models/basket.py" line="81"/>
        <source>Amount</source>
        <translation>Valor</translation>
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
    <name>CounterScreen</name>
    <message>
        <location filename="../../desktop/views/counter.py" line="91"/>
        <location filename="../../desktop/views/counter.py" line="94"/>
        <source>Counter</source>
        <translation>Caixa</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="95"/>
        <source>Scan or type a barcode or SKU, then press Enter</source>
        <translation>Leia ou introduza um código de barras ou SKU e prima Enter</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="96"/>
        <source>Remove line</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="97"/>
        <source>Clear basket</source>
        <translation>Esvaziar cesto</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="98"/>
        <source>Pay (F12)</source>
        <translation>Pagar (F12)</translation>
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
        <translation>O cesto está vazio.
Leia um artigo, ou introduza acima o código de barras ou SKU e prima Enter.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="135"/>
        <source>Added: %1</source>
        <translation>Adicionado: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/counter.py" line="158"/>
        <source>Sale recorded: %1</source>
        <translation>Venda registada: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="86"/>
        <location filename="../../desktop/main_window.py" line="87"/>
        <source>Store Manager</source>
        <translation>Gestor de Lojas</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../desktop/views/settings.py" line="60"/>
        <location filename="../../desktop/views/settings.py" line="71"/>
        <source>Settings</source>
        <translation>Definições</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="72"/>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="73"/>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="74"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="75"/>
        <source>This device</source>
        <translation>Este dispositivo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="76"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="77"/>
        <source>Hub</source>
        <translation>Servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="78"/>
        <source>Data folder</source>
        <translation>Pasta de dados</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="79"/>
        <source>Placeholder: not available yet</source>
        <translation>Provisório: ainda não disponível</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings.py" line="82"/>
        <source>USB barcode scanners and receipt printers will be listed and tested here. Until then, a scanner that types like a keyboard works in the Counter's scan field.</source>
        <translation>Os leitores de códigos de barras USB e as impressoras de talões serão listados e testados aqui. Até lá, um leitor que escreve como um teclado funciona no campo de leitura da Caixa.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop/status.py" line="28"/>
        <source>● Working offline (no hub configured)</source>
        <translation>● A trabalhar sem ligação (servidor central não configurado)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="31"/>
        <source>● Online · catching up</source>
        <translation>● Ligado · a atualizar</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="32"/>
        <source>● Online</source>
        <translation>● Ligado</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="34"/>
        <source>● Connecting to the hub…</source>
        <translation>● A ligar ao servidor central…</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="35"/>
        <source>● Offline since %1</source>
        <translation>● Sem ligação desde as %1</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="37"/>
        <source>retrying in %1 s</source>
        <translation>nova tentativa em %1 s</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="46"/>
        <source>Other stores: not connected to a hub</source>
        <translation>Outras lojas: sem ligação ao servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="48"/>
        <source>Other stores: live</source>
        <translation>Outras lojas: em tempo real</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="50"/>
        <source>Other stores: not received yet</source>
        <translation>Outras lojas: ainda sem dados</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="54"/>
        <source>Other stores: catching up (as of %1)</source>
        <translation>Outras lojas: a atualizar (às %1)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="61"/>
        <source>Other stores as of %1 (offline)</source>
        <translation>Outras lojas às %1 (sem ligação)</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="69"/>
        <source>Everything synced</source>
        <translation>Tudo sincronizado</translation>
    </message>
    <message>
        <location filename="../../desktop/status.py" line="74"/>
        <source>oldest %1</source>
        <translation>mais antigo %1</translation>
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
        <translation>Produto</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="148"/>
        <source>Price</source>
        <translation>Preço</translation>
    </message>
    <message>
        <location filename="../../desktop/models/stock_matrix.py" line="151"/>
        <source>All stores</source>
        <translation>Todas as lojas</translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../desktop/views/stock.py" line="83"/>
        <source>Stock</source>
        <translation>Existências</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="86"/>
        <source>Stock in every store</source>
        <translation>Existências em todas as lojas</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="87"/>
        <source>Search by name (中文 / English / Português), SKU or barcode</source>
        <translation>Pesquisar por nome (中文 / English / Português), SKU ou código de barras</translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="89"/>
        <source>No products yet. The catalogue arrives from the hub once this device is connected.</source>
        <translation>Ainda não há produtos. O catálogo chega do servidor central assim que este dispositivo estiver ligado.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/views/stock.py" line="200"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desktop/views/stock.py" line="203"/>
        <source>%1 of %2 products</source>
        <translation>%1 de %2 produtos</translation>
    </message>
</context>
<context>
    <name>SyncDetailsDialog</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="84"/>
        <source>Records not yet in the hub</source>
        <translation>Registos ainda não recebidos pelo servidor central</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="89"/>
        <source>Records waiting to be sent are safe on this computer and go to the hub as soon as it answers. Refused records were not accepted by the hub; their effect on this shop's stock has been undone.</source>
        <translation>Os registos a aguardar envio estão guardados em segurança neste computador e seguem para o servidor central assim que ele responder. Os registos recusados não foram aceites pelo servidor central; o seu efeito nas existências desta loja foi anulado.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="99"/>
        <source>Everything this computer recorded is in the hub.</source>
        <translation>Tudo o que este computador registou está no servidor central.</translation>
    </message>
</context>
<context>
    <name>SyncRecordsModel</name>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Record</source>
        <translation>Registo</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>Store</source>
        <translation>Loja</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="54"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="72"/>
        <source>Waiting to be sent</source>
        <translation>A aguardar envio</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_details.py" line="73"/>
        <source>Refused: %1</source>
        <translation>Recusado: %1</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../desktop/i18n.py" line="27"/>
        <source>The local database file {path} is damaged and cannot be opened. Nothing was changed. Restore it from a backup or choose another data folder.</source>
        <translation>O ficheiro da base de dados local {path} está danificado e não pode ser aberto. Nada foi alterado. Restaure-o a partir de uma cópia de segurança ou escolha outra pasta de dados.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="31"/>
        <source>Cannot create or write the database at {path}. Check that the folder exists and that this user may write to it.</source>
        <translation>Não é possível criar ou escrever a base de dados em {path}. Verifique se a pasta existe e se este utilizador tem permissão de escrita.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="35"/>
        <source>The database {path} is in use by another program. Close it and try again.</source>
        <translation>A base de dados {path} está a ser utilizada por outro programa. Feche-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="38"/>
        <source>The database {path} was written by a newer version of this app. Update the app to open it.</source>
        <translation>A base de dados {path} foi escrita por uma versão mais recente desta aplicação. Atualize a aplicação para a abrir.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="41"/>
        <source>No product has the barcode {code}. Check the item or search by name.</source>
        <translation>Nenhum produto tem o código de barras {code}. Verifique o artigo ou pesquise por nome.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="44"/>
        <source>Barcode {code} was misread (its check digit is wrong). Scan it again.</source>
        <translation>O código de barras {code} foi mal lido (o dígito de controlo está errado). Leia-o novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="47"/>
        <source>Product {sku} is not in the catalogue.</source>
        <translation>O produto {sku} não consta do catálogo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="48"/>
        <source>The basket is empty. Scan an item first.</source>
        <translation>O cesto está vazio. Leia primeiro um artigo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="49"/>
        <source>Quantity {qty} is not allowed for {sku}.</source>
        <translation>A quantidade {qty} não é permitida para {sku}.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="50"/>
        <source>This device is not assigned to a store.</source>
        <translation>Este dispositivo não está atribuído a nenhuma loja.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="51"/>
        <source>The hub refused a record as malformed.</source>
        <translation>O servidor central recusou um registo por estar mal formado.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="52"/>
        <source>The hub does not know this kind of record. Update the app.</source>
        <translation>O servidor central não reconhece este tipo de registo. Atualize a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="55"/>
        <source>The hub refused a record for another store than this device's.</source>
        <translation>O servidor central recusou um registo de uma loja diferente da deste dispositivo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="58"/>
        <source>The hub refused a record that conflicts with one it already has (the same receipt number).</source>
        <translation>O servidor central recusou um registo que entra em conflito com outro já existente (o mesmo número de recibo).</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="61"/>
        <source>The hub does not answer. Sales are kept on this computer and sent when it is back.</source>
        <translation>O servidor central não responde. As vendas ficam guardadas neste computador e são enviadas quando voltar a estar disponível.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="64"/>
        <source>The hub sent something this app does not understand.</source>
        <translation>O servidor central enviou algo que esta aplicação não compreende.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="65"/>
        <source>The hub did not accept this device. Ask a manager to enrol it again.</source>
        <translation>O servidor central não aceitou este dispositivo. Peça a um gerente que o registe novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="68"/>
        <source>The hub did not answer in time.</source>
        <translation>O servidor central não respondeu a tempo.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="69"/>
        <source>A message was too large for the hub; it will be sent in smaller parts.</source>
        <translation>Uma mensagem era demasiado grande para o servidor central; será enviada em partes mais pequenas.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="72"/>
        <source>This app and the hub speak different protocol versions. Update the app.</source>
        <translation>Esta aplicação e o servidor central usam versões de protocolo diferentes. Atualize a aplicação.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="75"/>
        <source>Syncing failed unexpectedly; it will be retried.</source>
        <translation>A sincronização falhou inesperadamente; será tentada novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="76"/>
        <source>This computer has no usable password store ({backend}), so the device key cannot be kept safely. Install or unlock the system keyring; the key is never written to a plain file.</source>
        <translation>Este computador não tem um cofre de palavras-passe utilizável ({backend}), por isso a chave do dispositivo não pode ser guardada em segurança. Instale ou desbloqueie o porta-chaves do sistema; a chave nunca é escrita num ficheiro simples.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="81"/>
        <source>The system keyring did not work ({backend}): {detail}. Unlock it and try again.</source>
        <translation>O porta-chaves do sistema não funcionou ({backend}): {detail}. Desbloqueie-o e tente novamente.</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="84"/>
        <source>Something went wrong: {detail}. Nothing was lost; try again.</source>
        <translation>Ocorreu um erro: {detail}. Nada se perdeu; tente novamente.</translation>
    </message>
</context>
<context>
    <name>kinds</name>
    <message>
        <location filename="../../desktop/i18n.py" line="91"/>
        <source>Sale</source>
        <translation>Venda</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="92"/>
        <source>Goods received</source>
        <translation>Mercadoria recebida</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="93"/>
        <source>Product details</source>
        <translation>Dados do produto</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="94"/>
        <source>Store details</source>
        <translation>Dados da loja</translation>
    </message>
    <message>
        <location filename="../../desktop/i18n.py" line="95"/>
        <source>Staff details</source>
        <translation>Dados do funcionário</translation>
    </message>
</context>
</TS>
