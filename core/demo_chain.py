"""The demo chain: stores, catalogue and opening stock for a fictional Macau retailer.

Pure data, stdlib only.  Everything here is deterministic: the catalogue is built from
fixed tables (brand x variant x size), and the opening stock comes from a seeded PRNG.

All brand names are invented; landmark names are real places in Macau.  Barcodes use
the GS1 Macau prefix 958 with made-up company numbers and correct EAN-13 check digits.

Category "cookies" covers the boxed snack food a Macau souvenir shop sells by the box:
almond cookies, jerky, egg tarts, peanut candy and other pastries.  Egg rolls have their
own category.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

CATEGORIES: tuple[str, ...] = ("perfume", "cosmetics", "pharmacy", "cookies", "egg_rolls", "souvenir", "tea")


@dataclass(frozen=True)
class DemoStore:
    store_id: str
    name_zh: str
    name_en: str
    name_pt: str
    latitude: float
    longitude: float
    address_zh: str = ""  # as printed on receipts: Chinese and Portuguese, as Macau addresses are written
    address_pt: str = ""
    phone: str = ""


@dataclass(frozen=True)
class DemoProduct:
    sku: str
    category: str
    name_zh: str
    name_en: str
    name_pt: str
    price_avos: int
    barcodes: tuple[str, ...]


# ---------------------------------------------------------------------------
# Stores.  The first one is the demo's own counter.
# ---------------------------------------------------------------------------

# Street names are real; the numbers and phone numbers are invented.
_STORES: tuple[DemoStore, ...] = (
    DemoStore(
        "MO-SEN", "議事亭前地店", "Senado Square", "Largo do Senado", 22.19365, 113.53990,
        "澳門議事亭前地17號地下", "Largo do Senado, n.º 17, R/C, Macau", "+853 2833 1207",
    ),
    DemoStore(
        "MO-TAI", "氹仔舊城區店", "Taipa Village", "Vila da Taipa", 22.15380, 113.55660,
        "氹仔官也街21號地下", "Rua do Cunha, n.º 21, R/C, Taipa", "+853 2882 5316",
    ),
    DemoStore(
        "MO-BGT", "關閘店", "Border Gate", "Portas do Cerco", 22.21530, 113.54950,
        "澳門關閘廣場8號地下", "Praça das Portas do Cerco, n.º 8, R/C, Macau", "+853 2845 2790",
    ),
    DemoStore(
        "MO-RED", "紅街市店", "Red Market", "Mercado Vermelho", 22.20420, 113.54380,
        "澳門罅些喇提督大馬路112號地下", "Avenida do Almirante Lacerda, n.º 112, R/C, Macau", "+853 2855 4168",
    ),
    DemoStore(
        "MO-COT", "路氹金光大道店", "Cotai Strip", "Cotai", 22.14550, 113.56370,
        "路氹連貫公路金光大道1樓1028號舖", "Estrada do Istmo, Loja 1028, 1.º andar, Cotai", "+853 2886 9531",
    ),
)  # fmt: skip


def demo_stores() -> list[DemoStore]:
    """The demo chain's stores; the first is Senado Square."""
    return list(_STORES)


@dataclass(frozen=True)
class DemoStaff:
    staff_id: str
    name: str
    role: str
    pin: str
    store_id: str | None
    name_zh: str = ""
    name_pt: str = ""


# The demo's PINs, the same in every store (the sign-in screen shows them in demo mode).
DEMO_PINS = {"cashier": "1111", "store_manager": "2222", "area_manager": "3333", "engineer": "4444"}


def demo_staff() -> list[DemoStaff]:
    """A cashier and a manager per store; an area manager and an engineer for the whole chain.
    Names say the role and the store, as a chain's own staff list would not: these are not people."""
    people = []
    for st in _STORES:
        code = st.store_id.removeprefix("MO-")
        people.append(
            DemoStaff(
                f"{st.store_id}-C1",
                f"Cashier {code}",
                "cashier",
                DEMO_PINS["cashier"],
                st.store_id,
                f"收銀員 {code}",
                f"Caixa {code}",
            )
        )
        people.append(
            DemoStaff(
                f"{st.store_id}-M",
                f"Manager {code}",
                "store_manager",
                DEMO_PINS["store_manager"],
                st.store_id,
                f"店長 {code}",
                f"Gerente {code}",
            )
        )
    people.append(
        DemoStaff(
            "AREA-1",
            "Area manager",
            "area_manager",
            DEMO_PINS["area_manager"],
            None,
            "區域經理",
            "Gerente de área",
        )
    )
    people.append(
        DemoStaff("ENG-1", "Engineer", "engineer", DEMO_PINS["engineer"], None, "工程師", "Técnico")
    )
    return people


# ---------------------------------------------------------------------------
# Catalogue tables.  A row is (name_zh, name_en, name_pt, price_avos) once expanded.
# ---------------------------------------------------------------------------

_Row = tuple[str, str, str, int]


def _mop(patacas: float) -> int:
    """Price in avos, rounded to a whole pataca."""
    return round(patacas) * 100


def _mop10(patacas: float) -> int:
    """Price in avos, rounded to ten patacas (how perfume is priced on the shelf)."""
    return round(patacas / 10) * 1000


# --- perfume: fictional houses x 3 scents x EDT/EDP x 30/50/100 ml ----------

# house -> (zh name, price tier)
_PERFUME_HOUSES = {
    "Maison Ardelle": ("雅黛兒", 1.15),
    "Casa Serrado": ("瑟拉朵", 1.0),
    "Orvane": ("奧芙蘭", 0.85),
    "Atelier Noctis": ("諾緹絲", 1.3),
    "Aurevant": ("奧雲", 0.95),
}
_SCENTS = (
    ("Maison Ardelle", "茉莉細雨", "Jasmine Rain", "Chuva de Jasmim"),
    ("Maison Ardelle", "白蓮晨露", "White Lotus Dew", "Orvalho de Lótus Branco"),
    ("Maison Ardelle", "琥珀港灣", "Amber Harbour", "Porto de Âmbar"),
    ("Casa Serrado", "橙花露台", "Orange Blossom Terrace", "Varanda de Flor de Laranjeira"),
    ("Casa Serrado", "海風鹽花", "Sea Salt Breeze", "Brisa de Flor de Sal"),
    ("Casa Serrado", "無花果樹蔭", "Fig Tree Shade", "Sombra da Figueira"),
    ("Orvane", "柑橘清晨", "Citrus Morning", "Manhã de Citrinos"),
    ("Orvane", "粉紅胡椒", "Pink Pepper", "Pimenta-Rosa"),
    ("Orvane", "青草地", "Green Meadow", "Prado Verde"),
    ("Atelier Noctis", "檀香暮色", "Sandalwood Dusk", "Crepúsculo de Sândalo"),
    ("Atelier Noctis", "玫瑰沉香", "Rose & Oud", "Rosa e Oud"),
    ("Atelier Noctis", "午夜皮革", "Midnight Leather", "Couro da Meia-Noite"),
    ("Aurevant", "紅茶雪松", "Black Tea & Cedar", "Chá Preto e Cedro"),
    ("Aurevant", "白麝香", "White Musk", "Almíscar Branco"),
    ("Aurevant", "雨後桂花", "Osmanthus After Rain", "Osmanto Depois da Chuva"),
)
# (zh, international name, base MOP price for 30 / 50 / 100 ml)
_CONCENTRATIONS = (
    ("淡香水", "Eau de Toilette", (320, 480, 720)),
    ("濃香水", "Eau de Parfum", (420, 620, 920)),
)
_PERFUME_SIZES = (30, 50, 100)


def _perfumes() -> list[_Row]:
    rows: list[_Row] = []
    for house, scent_zh, scent_en, scent_pt in _SCENTS:
        house_zh, tier = _PERFUME_HOUSES[house]
        for conc_zh, conc, prices in _CONCENTRATIONS:
            for ml, base in zip(_PERFUME_SIZES, prices, strict=True):
                zh = f"{house_zh}「{scent_zh}」{conc_zh} {ml}毫升"
                en = f"{house} {scent_en} {conc} {ml} ml"
                pt = f"{house} {scent_pt} {conc} {ml} ml"
                rows.append((zh, en, pt, _mop10(base * tier)))
    return rows


# --- cosmetics ---------------------------------------------------------------

_SHADES = (
    ("01", "經典正紅", "Classic Red", "Vermelho Clássico"),
    ("02", "珊瑚晚霞", "Coral Sunset", "Pôr do Sol Coral"),
    ("03", "玫瑰豆沙", "Dusty Rose", "Rosa Antigo"),
    ("04", "磚紅", "Brick Red", "Vermelho Tijolo"),
    ("05", "蜜桃裸色", "Peach Nude", "Nude Pêssego"),
    ("06", "莓果酒紅", "Berry Wine", "Vinho de Bagas"),
    ("07", "蓮花粉", "Lotus Pink", "Rosa Lótus"),
    ("08", "肉桂奶茶", "Cinnamon Milk Tea", "Chá com Leite e Canela"),
)
# Mirabel (米拉貝) colour lines: (zh, en, pt, MOP)
_COLOUR_LINES = (
    ("絲絨霧面唇膏", "Velvet Matte Lipstick", "Batom mate aveludado", 168),
    ("滋潤緞光唇膏", "Satin Glow Lipstick", "Batom acetinado hidratante", 178),
    ("指甲油", "Nail Polish", "Verniz de unhas", 68),
)
_SKINCARE_BRANDS = (("蓮灣", "Lotus Bay", 1.0), ("玉瓣", "Jade Petal", 1.4))
_SKINCARE = (
    ("保濕面霜 50毫升", "Moisturising Cream 50 ml", "Creme hidratante", "50 ml", 220),
    ("修護晚霜 50毫升", "Repair Night Cream 50 ml", "Creme de noite reparador", "50 ml", 260),
    ("緊緻眼霜 15毫升", "Firming Eye Cream 15 ml", "Creme de olhos refirmante", "15 ml", 240),
    ("保濕啫喱 50毫升", "Hydrating Jelly 50 ml", "Gel hidratante", "50 ml", 180),
    ("清爽防曬乳 SPF50 50毫升", "Light Sunscreen SPF 50, 50 ml", "Protetor solar leve FPS 50", "50 ml", 160),
    ("溫和潔面泡沫 150毫升", "Gentle Cleansing Foam 150 ml", "Espuma de limpeza suave", "150 ml", 120),
    ("保濕爽膚水 200毫升", "Hydrating Toner 200 ml", "Tónico hidratante", "200 ml", 150),
    ("亮白精華液 30毫升", "Brightening Serum 30 ml", "Sérum iluminador", "30 ml", 320),
    ("保濕面膜（5片裝）", "Hydrating Sheet Masks (5 pcs)", "Máscaras hidratantes em tecido", "5 unid.", 98),
    ("護手霜 75毫升", "Hand Cream 75 ml", "Creme de mãos", "75 ml", 68),
    ("潤唇膏 4克", "Lip Balm 4 g", "Bálsamo labial", "4 g", 48),
    ("卸妝油 150毫升", "Cleansing Oil 150 ml", "Óleo desmaquilhante", "150 ml", 168),
    ("身體乳 250毫升", "Body Lotion 250 ml", "Loção corporal", "250 ml", 138),
)


def _cosmetics() -> list[_Row]:
    rows: list[_Row] = []
    for line_zh, line_en, line_pt, price in _COLOUR_LINES:
        for num, shade_zh, shade_en, shade_pt in _SHADES:
            zh = f"米拉貝 {line_zh} #{num} {shade_zh}"
            en, pt = f"Mirabel {line_en} {num} {shade_en}", f"{line_pt} Mirabel {num} {shade_pt}"
            rows.append((zh, en, pt, _mop(price)))
    for brand_zh, brand, tier in _SKINCARE_BRANDS:
        for item_zh, item_en, item_pt, size, price in _SKINCARE:
            zh, en, pt = f"{brand_zh} {item_zh}", f"{brand} {item_en}", f"{item_pt} {brand} {size}"
            rows.append((zh, en, pt, _mop(price * tier)))
    return rows


# --- pharmacy: generic over-the-counter items ---------------------------------

_PHARMACY: tuple[_Row, ...] = (
    ("驅風白油 10毫升", "White Medicated Oil 10 ml", "Óleo medicinal branco 10 ml", 2800),
    ("驅風白油 20毫升", "White Medicated Oil 20 ml", "Óleo medicinal branco 20 ml", 4500),
    ("驅風白油 40毫升", "White Medicated Oil 40 ml", "Óleo medicinal branco 40 ml", 7800),
    (
        "活絡油 25毫升",
        "Muscle & Joint Rub Oil 25 ml",
        "Óleo de massagem para músculos e articulações 25 ml",
        4200,
    ),
    (
        "活絡油 50毫升",
        "Muscle & Joint Rub Oil 50 ml",
        "Óleo de massagem para músculos e articulações 50 ml",
        7200,
    ),
    ("紅花油 25毫升", "Safflower Massage Oil 25 ml", "Óleo de cártamo para massagem 25 ml", 3800),
    ("清涼膏 19克", "Cooling Balm 19 g", "Bálsamo refrescante 19 g", 2450),
    ("止痛藥膏貼（10片裝）", "Pain Relief Plasters (10 pcs)", "Emplastros analgésicos (10 unid.)", 3900),
    ("止痛藥膏貼（20片裝）", "Pain Relief Plasters (20 pcs)", "Emplastros analgésicos (20 unid.)", 6800),
    ("退熱啫喱貼（6片裝）", "Cooling Gel Patches (6 pcs)", "Adesivos de gel refrescante (6 unid.)", 4800),
    ("口腔潰瘍啫喱 10克", "Mouth Ulcer Gel 10 g", "Gel para aftas 10 g", 5200),
    (
        "感冒沖劑（10包）",
        "Cold & Flu Granules (10 sachets)",
        "Granulado para gripe e constipação (10 saquetas)",
        5800,
    ),
    (
        "傷風感冒片（20粒）",
        "Cold Relief Tablets (20 tablets)",
        "Comprimidos para a constipação (20 unid.)",
        4600,
    ),
    (
        "撲熱息痛 500毫克（20粒）",
        "Paracetamol 500 mg (20 tablets)",
        "Paracetamol 500 mg (20 comprimidos)",
        2200,
    ),
    ("止咳露 120毫升", "Cough Syrup 120 ml", "Xarope para a tosse 120 ml", 6500),
    (
        "薄荷喉糖（無糖）",
        "Sugar-Free Mint Throat Lozenges",
        "Pastilhas de mentol para a garganta, sem açúcar",
        2850,
    ),
    ("蜂膠噴喉 30毫升", "Propolis Throat Spray 30 ml", "Spray de própolis para a garganta 30 ml", 8800),
    (
        "維他命C泡騰片 1000毫克（20片）",
        "Vitamin C 1000 mg Effervescent (20 tablets)",
        "Vitamina C 1000 mg efervescente (20 comprimidos)",
        5800,
    ),
    ("綜合維他命（60粒）", "Multivitamin (60 tablets)", "Multivitamínico (60 comprimidos)", 12800),
    ("綜合維他命（120粒）", "Multivitamin (120 tablets)", "Multivitamínico (120 comprimidos)", 22800),
    (
        "深海魚油（100粒）",
        "Deep-Sea Fish Oil (100 softgels)",
        "Óleo de peixe de águas profundas (100 cápsulas)",
        16800,
    ),
    (
        "鈣片加維他命D3（60粒）",
        "Calcium + Vitamin D3 (60 tablets)",
        "Cálcio com vitamina D3 (60 comprimidos)",
        11800,
    ),
    (
        "葡萄糖胺 1500毫克（90粒）",
        "Glucosamine 1500 mg (90 tablets)",
        "Glucosamina 1500 mg (90 comprimidos)",
        19800,
    ),
    ("益生菌膠囊（30粒）", "Probiotic Capsules (30 capsules)", "Probióticos (30 cápsulas)", 18800),
    ("醫用口罩（50個）", "Surgical Face Masks (50 pcs)", "Máscaras cirúrgicas (50 unid.)", 4500),
    ("酒精搓手液 250毫升", "Alcohol Hand Sanitiser 250 ml", "Gel desinfetante para as mãos 250 ml", 3200),
    ("防水膠布（20片）", "Waterproof Plasters (20 pcs)", "Pensos rápidos impermeáveis (20 unid.)", 1950),
    ("潤眼液 10毫升", "Lubricating Eye Drops 10 ml", "Colírio lubrificante 10 ml", 6800),
    (
        "暈浪丸（10粒）",
        "Travel Sickness Tablets (10 tablets)",
        "Comprimidos para o enjoo de viagem (10 unid.)",
        3500,
    ),
    (
        "胃藥咀嚼片（24片）",
        "Antacid Chewable Tablets (24 tablets)",
        "Antiácido mastigável (24 comprimidos)",
        4200,
    ),
    ("蚊怕水噴霧 100毫升", "Mosquito Repellent Spray 100 ml", "Repelente de mosquitos em spray 100 ml", 5500),
    ("蘆薈曬後啫喱 200毫升", "Aloe Vera After-Sun Gel 200 ml", "Gel pós-solar de aloé vera 200 ml", 7800),
)


# --- cookies: almond cookies, jerky, egg tarts, candies and pastries ------------

_ALMOND_FLAVOURS = (
    ("原味", "Classic", "clássicas", 38),
    ("粒粒", "Whole-Nut", "com amêndoas inteiras", 48),
    ("肉心", "Pork-Filled", "recheadas com carne de porco", 58),
    ("紫菜", "Seaweed", "com alga", 45),
    ("綠茶", "Green Tea", "de chá verde", 45),
    ("黑芝麻", "Black Sesame", "com sésamo preto", 42),
    ("咖啡", "Coffee", "de café", 45),
)
_ALMOND_PACKS = (
    ("12件裝", "box of 12", "caixa de 12", 1.0),
    ("24件裝", "box of 24", "caixa de 24", 1.9),
    ("36件禮盒", "gift box of 36", "caixa de oferta de 36", 2.9),
)
# meat -> (zh, pt, MOP for 250 g); 500 g is 1.9x
_JERKY_MEATS = {
    "Pork Jerky": ("豬肉乾", "Carne de porco seca", 68),
    "Beef Jerky": ("牛肉乾", "Carne de vaca seca", 88),
}
_JERKY = (
    ("Pork Jerky", "蜜汁", "Honey-Glazed", "com mel"),
    ("Pork Jerky", "香辣", "Spicy", "picante"),
    ("Pork Jerky", "黑椒", "Black Pepper", "com pimenta preta"),
    ("Pork Jerky", "沙嗲", "Satay", "com molho satay"),
    ("Pork Jerky", "原味", "Classic", "clássica"),
    ("Beef Jerky", "五香", "Five-Spice", "com cinco especiarias"),
    ("Beef Jerky", "咖喱", "Curry", "com caril"),
    ("Beef Jerky", "香辣", "Spicy", "picante"),
    ("Beef Jerky", "原味", "Classic", "clássica"),
)
_OTHER_SNACKS: tuple[_Row, ...] = (
    ("原味豬肉紙 150克", "Crispy Pork Sheets, 150 g", "Folhas estaladiças de porco, 150 g", 4800),
    ("葡撻（單件）", "Portuguese Egg Tart (single)", "Pastel de nata (unidade)", 1050),
    ("葡撻 4件裝", "Portuguese Egg Tarts, box of 4", "Pastéis de nata, caixa de 4", 4200),
    ("葡撻 6件裝", "Portuguese Egg Tarts, box of 6", "Pastéis de nata, caixa de 6", 6200),
    ("葡撻 12件裝", "Portuguese Egg Tarts, box of 12", "Pastéis de nata, caixa de 12", 11800),
    ("雞仔餅 200克", "Chicken Biscuits, 200 g", "Biscoitos de galinha, 200 g", 3800),
    ("合桃酥 8件裝", "Walnut Cookies, box of 8", "Bolachas de noz, caixa de 8", 4800),
    ("老婆餅 6件裝", "Wife Cakes, box of 6", "Bolos da esposa, caixa de 6", 5200),
    ("蛋黃酥 6件裝", "Salted Egg Yolk Pastries, box of 6", "Folhados de gema salgada, caixa de 6", 7800),
    ("花生糖 200克", "Peanut Brittle, 200 g", "Doce de amendoim, 200 g", 3600),
    ("芝麻糖 200克", "Sesame Brittle, 200 g", "Doce de sésamo, 200 g", 3600),
    ("薑糖 150克", "Crystallised Ginger, 150 g", "Gengibre cristalizado, 150 g", 3200),
    ("牛油曲奇 鐵罐裝400克", "Butter Cookies, 400 g tin", "Biscoitos de manteiga, lata de 400 g", 8800),
    ("杏仁薄脆 120克", "Almond Crisps, 120 g", "Estaladiços de amêndoa, 120 g", 4200),
)


def _cookies() -> list[_Row]:
    rows: list[_Row] = []
    for fl_zh, fl_en, fl_pt, base in _ALMOND_FLAVOURS:
        for pack_zh, pack_en, pack_pt, factor in _ALMOND_PACKS:
            zh, en = f"{fl_zh}杏仁餅 {pack_zh}", f"{fl_en} Almond Cookies, {pack_en}"
            pt = f"Bolachas de amêndoa {fl_pt}, {pack_pt}"
            rows.append((zh, en, pt, _mop(base * factor)))
    for meat_en, fl_zh, fl_en, fl_pt in _JERKY:
        meat_zh, meat_pt, base = _JERKY_MEATS[meat_en]
        for grams, factor in ((250, 1.0), (500, 1.9)):
            zh, en, pt = (
                f"{fl_zh}{meat_zh} {grams}克",
                f"{fl_en} {meat_en}, {grams} g",
                f"{meat_pt} {fl_pt}, {grams} g",
            )
            rows.append((zh, en, pt, _mop(base * factor)))
    rows.extend(_OTHER_SNACKS)
    return rows


# --- egg rolls -----------------------------------------------------------------

_EGG_ROLLS = (
    ("原味蛋卷", "Classic Egg Rolls", "Rolos de ovo clássicos", 58),
    ("椰汁蛋卷", "Coconut Egg Rolls", "Rolos de ovo de coco", 62),
    ("芝麻蛋卷", "Sesame Egg Rolls", "Rolos de ovo com sésamo", 62),
    ("牛油蛋卷", "Butter Egg Rolls", "Rolos de ovo de manteiga", 65),
    ("朱古力蛋卷", "Chocolate Egg Rolls", "Rolos de ovo de chocolate", 68),
    ("咖啡蛋卷", "Coffee Egg Rolls", "Rolos de ovo de café", 65),
    (
        "紫菜肉鬆鳳凰卷",
        "Phoenix Rolls with Seaweed & Pork Floss",
        "Rolos fénix com alga e porco desfiado",
        78,
    ),
)
_EGG_ROLL_EXTRAS: tuple[_Row, ...] = (
    ("雜錦蛋卷禮盒", "Assorted Egg Roll Gift Box", "Caixa de oferta de rolos de ovo sortidos", 16800),
    (
        "迷你蛋卷 隨身包120克",
        "Mini Egg Rolls, 120 g snack pack",
        "Rolos de ovo mini, embalagem de 120 g",
        3200,
    ),
)


def _egg_rolls() -> list[_Row]:
    rows: list[_Row] = []
    for name_zh, name_en, name_pt, base in _EGG_ROLLS:
        rows.append(
            (f"{name_zh} 盒裝240克", f"{name_en}, 240 g box", f"{name_pt}, caixa de 240 g", _mop(base))
        )
        rows.append(
            (f"{name_zh} 鐵罐裝450克", f"{name_en}, 450 g tin", f"{name_pt}, lata de 450 g", _mop(base * 1.8))
        )
    rows.extend(_EGG_ROLL_EXTRAS)
    return rows


# --- souvenirs: landmark x item type, plus a few Portuguese classics --------------

_LANDMARKS = (
    ("大三巴牌坊", "Ruins of St. Paul's", "Ruínas de São Paulo"),
    ("議事亭前地", "Senado Square", "Largo do Senado"),
    ("媽閣廟", "A-Ma Temple", "Templo de A-Má"),
    ("東望洋燈塔", "Guia Lighthouse", "Farol da Guia"),
    ("澳門旅遊塔", "Macau Tower", "Torre de Macau"),
    ("氹仔龍環葡韻", "Taipa Houses", "Casas da Taipa"),
    ("主教座堂", "Macau Cathedral", "Sé Catedral"),
    ("玫瑰堂", "St. Dominic's Church", "Igreja de São Domingos"),
    ("崗頂劇院", "Dom Pedro V Theatre", "Teatro D. Pedro V"),
    ("鄭家大屋", "Mandarin's House", "Casa do Mandarim"),
)
_SOUVENIR_TYPES = (
    ("冰箱貼", "Fridge Magnet", "Íman de frigorífico", 3500),
    ("明信片", "Postcard", "Postal", 850),
    ("鑰匙扣", "Keyring", "Porta-chaves", 3800),
    ("馬克杯", "Mug", "Caneca", 8800),
    ("帆布袋", "Tote Bag", "Saco de lona", 7800),
)
_SOUVENIR_EXTRAS: tuple[_Row, ...] = (
    (
        "葡國花磚杯墊（藍白）",
        "Azulejo Tile Coaster, Blue and White",
        "Base para copos em azulejo, azul e branco",
        4500,
    ),
    (
        "葡國花磚杯墊（黃藍）",
        "Azulejo Tile Coaster, Yellow and Blue",
        "Base para copos em azulejo, amarelo e azul",
        4500,
    ),
    (
        "葡國花磚杯墊（綠白）",
        "Azulejo Tile Coaster, Green and White",
        "Base para copos em azulejo, verde e branco",
        4500,
    ),
    ("葡國雞擺設（小）", "Barcelos Rooster Figurine, Small", "Galo de Barcelos, pequeno", 6800),
    ("葡國雞擺設（大）", "Barcelos Rooster Figurine, Large", "Galo de Barcelos, grande", 12800),
    ("澳門明信片套裝（10張）", "Macau Postcard Set (10 cards)", "Conjunto de 10 postais de Macau", 6500),
    ("澳門街道路牌冰箱貼", "Macau Street Sign Fridge Magnet", "Íman com placa toponímica de Macau", 3800),
)


def _souvenirs() -> list[_Row]:
    rows: list[_Row] = [
        (f"{lm_zh}{kind_zh}", f"{lm_en} {kind_en}", f"{kind_pt} – {lm_pt}", price)
        for lm_zh, lm_en, lm_pt in _LANDMARKS
        for kind_zh, kind_en, kind_pt, price in _SOUVENIR_TYPES
    ]
    rows.extend(_SOUVENIR_EXTRAS)
    return rows


# --- tea ---------------------------------------------------------------------------

_TEAS = (
    ("普洱茶", "Pu-erh Tea", "Chá pu-erh", 88),
    ("鐵觀音", "Tieguanyin Oolong", "Chá oolong Tieguanyin", 98),
    ("茉莉花茶", "Jasmine Tea", "Chá de jasmim", 68),
    ("西湖龍井", "West Lake Longjing Green Tea", "Chá verde Longjing do Lago Oeste", 128),
    ("菊花茶", "Chrysanthemum Tea", "Chá de crisântemo", 48),
    ("壽眉白茶", "Shou Mei White Tea", "Chá branco Shou Mei", 78),
    ("大紅袍", "Da Hong Pao Rock Tea", "Chá de rocha Da Hong Pao", 138),
    ("陳皮普洱", "Tangerine Peel Pu-erh", "Chá pu-erh com casca de tangerina", 118),
    ("白毫銀針", "Silver Needle White Tea", "Chá branco Agulha de Prata", 168),
    ("凍頂烏龍", "Dong Ding Oolong", "Chá oolong Dong Ding", 108),
    ("港式奶茶茶葉", "Hong Kong-Style Milk Tea Blend", "Mistura de chá para chá com leite", 58),
)
_TEA_PACKS = (
    ("100克罐裝", "100 g tin", "lata de 100 g", 1.0),
    ("250克罐裝", "250 g tin", "lata de 250 g", 2.3),
    ("茶包20個", "20 tea bags", "20 saquetas", 0.6),
)


def _teas() -> list[_Row]:
    return [
        (f"{tea_zh} {pack_zh}", f"{tea_en}, {pack_en}", f"{tea_pt}, {pack_pt}", _mop(base * factor))
        for tea_zh, tea_en, tea_pt, base in _TEAS
        for pack_zh, pack_en, pack_pt, factor in _TEA_PACKS
    ]


# ---------------------------------------------------------------------------
# SKUs and barcodes
# ---------------------------------------------------------------------------

# category -> (SKU prefix, 4-digit GS1 company number under the 958 Macau prefix)
_CODES = {
    "perfume": ("PF", "7101"),
    "cosmetics": ("CO", "7102"),
    "pharmacy": ("PH", "7103"),
    "cookies": ("CK", "7104"),
    "egg_rolls": ("ER", "7105"),
    "souvenir": ("SV", "7106"),
    "tea": ("TE", "7107"),
}
# Second barcodes: the supplier's own label, stuck over ours on older stock.
_SUPPLIER_COMPANY = "7190"
_GS1_MACAU = "958"


def ean13_check_digit(first12: str) -> int:
    """GS1 mod-10 check digit for the first 12 digits of an EAN-13 (weights 1, 3, 1, 3, ...)."""
    if len(first12) != 12 or not (first12.isascii() and first12.isdigit()):
        raise ValueError(f"expected 12 ASCII digits, got {first12!r}")
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return (10 - total % 10) % 10


def _ean13(first12: str) -> str:
    return first12 + str(ean13_check_digit(first12))


def _build_catalogue() -> tuple[DemoProduct, ...]:
    tables = {
        "perfume": _perfumes(),
        "cosmetics": _cosmetics(),
        "pharmacy": list(_PHARMACY),
        "cookies": _cookies(),
        "egg_rolls": _egg_rolls(),
        "souvenir": _souvenirs(),
        "tea": _teas(),
    }
    products: list[DemoProduct] = []
    serial = 0  # catalogue-wide, drives the supplier barcodes
    for category in CATEGORIES:
        prefix, company = _CODES[category]
        for n, (name_zh, name_en, name_pt, price) in enumerate(tables[category], start=1):
            serial += 1
            barcodes = [_ean13(f"{_GS1_MACAU}{company}{n:05d}")]
            if serial % 10 == 7:
                barcodes.append(_ean13(f"{_GS1_MACAU}{_SUPPLIER_COMPANY}{serial:05d}"))
            products.append(
                DemoProduct(
                    sku=f"{prefix}-{n:04d}",
                    category=category,
                    name_zh=name_zh,
                    name_en=name_en,
                    name_pt=name_pt,
                    price_avos=price,
                    barcodes=tuple(barcodes),
                )
            )
    return tuple(products)


_CATALOGUE: tuple[DemoProduct, ...] = _build_catalogue()


def demo_products() -> list[DemoProduct]:
    """The demo catalogue, always the same products in the same order."""
    return list(_CATALOGUE)


# ---------------------------------------------------------------------------
# Opening stock
# ---------------------------------------------------------------------------

# category -> (min, max) opening quantity per store
_STOCK_RANGES = {
    "perfume": (0, 12),
    "cosmetics": (0, 20),
    "pharmacy": (2, 40),
    "cookies": (10, 80),
    "egg_rolls": (5, 60),
    "souvenir": (3, 90),
    "tea": (0, 25),
}
# Slow movers sometimes sit at 0 or 1 unit so that "last unit" and "sold out" show up.
_LAST_UNIT_CATEGORIES = frozenset({"perfume", "cosmetics", "pharmacy", "souvenir", "tea"})
_LAST_UNIT_CHANCE = 0.06


def demo_opening_stock(seed: int = 7) -> dict[tuple[str, str], int]:
    """(store_id, sku) -> opening quantity, deterministic for a seed.

    Perfumes 0-12, cookies 10-80; slow movers are at 0 or 1 in some stores.
    """
    rng = random.Random(seed)
    stock: dict[tuple[str, str], int] = {}
    for store in _STORES:
        for product in _CATALOGUE:
            low, high = _STOCK_RANGES[product.category]
            qty = rng.randint(low, high)
            if product.category in _LAST_UNIT_CATEGORIES and rng.random() < _LAST_UNIT_CHANCE:
                qty = rng.choice((0, 1))
            stock[(store.store_id, product.sku)] = qty
    return stock
