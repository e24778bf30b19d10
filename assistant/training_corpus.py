"""Synthetic fine-tuning corpus for the tool-routing model (English and Simplified Chinese).

Every example is one chat::

    [{"role": "system", "content": <prompts/agent_system.txt>},
     {"role": "user", "content": <buyer question>},
     {"role": "assistant", "content": <target>}]

The target is either one ``<tool_call>{"name": ..., "arguments": {...}}</tool_call>`` block
per line (all calls of a multi-step request, in order) or a short reply without a tool
(greetings, thanks, out-of-domain requests, approval or data-change requests).

Design rules the generator keeps (and ``tests/test_training_corpus.py`` checks):

- ``sku`` / ``skus`` / ``supplier`` arguments are the mention copied verbatim from the
  question (code, partial name, Chinese description, loose supplier name, typos and
  case included); a deterministic resolver maps them to catalog skus afterwards, so the
  model learns to copy, never to invent codes.
- every number in the arguments is stated in the question (``1.2k``, ``1,200``,
  ``一千二百``, ``1.2万``, ``25%``, ``next month`` -> 30 ...); optional arguments the
  question does not state are left out (the tools' defaults apply).
- a pasted supplier message goes to ``parse_supplier_message`` verbatim, also when it
  carries injected instructions.
- the catalog below is made up, and disjoint from the bundled demo catalog
  (data/demo/items.csv), so that evaluating on the demo catalog measures generalisation.

Templates (questions, supplier messages, fixed replies) are text files in
``prompts/corpus/``; the catalog, number formats and noise are here.

CLI: ``python -m assistant.training_corpus --n 3000 --seed 0 --out corpus.jsonl``
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from tools.registry import SPEC_TOOL_NAMES

REPO_ROOT = Path(__file__).resolve().parent.parent
PROMPTS_DIR = REPO_ROOT / "prompts"
CORPUS_DIR = PROMPTS_DIR / "corpus"
SYSTEM_PROMPT_PATH = PROMPTS_DIR / "agent_system.txt"

TOOL_NAMES: tuple[str, ...] = SPEC_TOOL_NAMES
REPLY_KINDS: tuple[str, ...] = ("greeting", "thanks", "out_of_domain", "approval", "change")
LANGUAGES: tuple[str, ...] = ("en", "zh")

# Argument order of each tool in the targets (the order of the signature in the system prompt).
ARGUMENT_ORDER: dict[str, tuple[str, ...]] = {
    "inventory_status": ("sku",),
    "forecast_demand": ("sku", "horizon_days"),
    "recommend_order": ("sku",),
    "compute_eoq": (
        "annual_demand",
        "order_cost",
        "holding_cost",
        "unit_cost",
        "holding_cost_rate",
        "price_breaks",
        "moq",
        "pack_size",
    ),
    "reorder_point": (
        "mean_daily_demand",
        "sd_daily_demand",
        "lead_time_days",
        "sd_lead_time_days",
        "service_level",
    ),
    "newsvendor": ("mean", "sd", "underage_cost", "overage_cost"),
    "simulate_policy": ("sku", "reorder_point", "order_quantity", "days"),
    "list_alerts": (),
    "draft_purchase_order": ("supplier", "skus"),
    "supplier_performance": ("supplier",),
    "parse_supplier_message": ("text",),
}
SKU_TOOLS = ("inventory_status", "forecast_demand", "recommend_order", "simulate_policy")
PRODUCT_SLOTS = ("sku", "sku2", "sku3")

# How often each intent is drawn (relative weights). Multi-step intents share MULTI_WEIGHT.
INTENT_WEIGHTS: dict[str, float] = {
    "inventory_status": 10,
    "forecast_demand": 8,
    "recommend_order": 8,
    "compute_eoq": 7,
    "reorder_point": 7,
    "newsvendor": 4,
    "simulate_policy": 5,
    "list_alerts": 4,
    "draft_purchase_order": 8,
    "supplier_performance": 6,
    "parse_supplier_message": 9,
    "greeting": 2.5,
    "thanks": 2.5,
    "out_of_domain": 5,
    "approval": 4,
    "change": 2,
}
MULTI_WEIGHT = 10.0

# ---------------------------------------------------------------------------------------
# Synthetic catalog (made up; no product, code or supplier of the demo catalog)
# ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Supplier:
    key: str
    name: str  # full English name
    loose: tuple[str, ...]  # how buyers write it in English: brand, city, short names
    zh_name: str | None = None  # full Chinese name
    zh_loose: tuple[str, ...] = ()  # short Chinese names


@dataclass(frozen=True)
class Product:
    code: str
    name: str  # full English catalog name
    short: tuple[str, ...]  # partial names a buyer would type
    zh: str  # Chinese description
    zh_short: tuple[str, ...]
    supplier: str  # Supplier.key
    price: float


SUPPLIERS: tuple[Supplier, ...] = (
    Supplier("hongxing", "Foshan Hongxing Hardware Co., Ltd.", ("Hongxing", "Foshan", "Hongxing Hardware", "Foshan Hongxing"),
             "佛山宏兴五金有限公司", ("宏兴", "佛山宏兴", "宏兴五金", "佛山")),
    Supplier("mingtu", "Zhongshan Mingtu Lighting Co., Ltd.", ("Mingtu", "Zhongshan", "Mingtu Lighting", "Zhongshan Mingtu"),
             "中山明途照明有限公司", ("明途", "中山明途", "明途照明", "中山")),
    Supplier("lianda", "Wenzhou Lianda Electrical Co., Ltd.", ("Lianda", "Wenzhou", "Lianda Electrical", "Wenzhou Lianda"),
             "温州联达电气有限公司", ("联达", "温州联达", "联达电气", "温州")),
    Supplier("yuefeng", "Dongguan Yuefeng Packaging Co., Ltd.", ("Yuefeng", "Dongguan", "Yuefeng Packaging", "Dongguan Yuefeng"),
             "东莞粤丰包装有限公司", ("粤丰", "东莞粤丰", "粤丰包装", "东莞")),
    Supplier("greenleaf", "Xiamen Greenleaf Paper Products Co., Ltd.", ("Greenleaf", "Xiamen", "Greenleaf Paper", "Xiamen Greenleaf"),
             "厦门绿叶纸品有限公司", ("绿叶", "厦门绿叶", "绿叶纸品", "厦门")),
    Supplier("tianyi", "Hangzhou Tianyi Stationery Co., Ltd.", ("Tianyi", "Hangzhou", "Tianyi Stationery", "Hangzhou Tianyi"),
             "杭州天逸文具有限公司", ("天逸", "杭州天逸", "天逸文具", "杭州")),
    Supplier("haoyun", "Qingdao Haoyun Tools Co., Ltd.", ("Haoyun", "Qingdao", "Haoyun Tools", "Qingdao Haoyun"),
             "青岛好运工具有限公司", ("好运", "青岛好运", "好运工具", "青岛")),
    Supplier("meilin", "Jinhua Meilin Kitchenware Co., Ltd.", ("Meilin", "Jinhua", "Meilin Kitchenware", "Jinhua Meilin"),
             "金华美林厨具有限公司", ("美林", "金华美林", "美林厨具", "金华")),
    Supplier("jiahe", "Suzhou Jiahe Electronics Co., Ltd.", ("Jiahe", "Suzhou", "Jiahe Electronics", "Suzhou Jiahe"),
             "苏州佳禾电子有限公司", ("佳禾", "苏州佳禾", "佳禾电子", "苏州")),
    Supplier("yongsheng", "Taizhou Yongsheng Plastics Co., Ltd.", ("Yongsheng", "Taizhou", "Yongsheng Plastics", "Taizhou Yongsheng"),
             "台州永盛塑料有限公司", ("永盛", "台州永盛", "永盛塑料", "台州")),
    Supplier("rheinberg", "Rheinberg Tooling GmbH", ("Rheinberg", "Rheinberg Tooling", "rheinberg tools")),
    Supplier("delta", "Delta Fasteners Sp. z o.o.", ("Delta", "Delta Fasteners", "Delta Poland")),
    Supplier("bristol", "Bristol Box & Pack Ltd", ("Bristol Box", "Bristol", "Box & Pack", "Bristol Box & Pack")),
    Supplier("northgate", "Northgate Office Direct Ltd", ("Northgate", "Northgate Office", "Office Direct")),
    Supplier("harbor", "Harbor Foodservice Supply Inc.", ("Harbor", "Harbor Foodservice", "Harbour Foodservice")),
    Supplier("cleanline", "Cleanline Janitorial Ltd", ("Cleanline", "Cleanline Janitorial")),
)
_SUPPLIER_BY_KEY = {s.key: s for s in SUPPLIERS}

P = Product
PRODUCTS: tuple[Product, ...] = (
    # hardware
    P("HX-2081", "Stainless steel door stop, floor mounted", ("door stop", "floor door stops", "steel door stop"), "不锈钢地吸", ("门吸", "地吸"), "hongxing", 1.85),
    P("HX-2093", "Swivel castor 75 mm with brake", ("swivel castor", "75mm castors", "braked castors"), "带刹车万向轮75mm", ("万向轮", "刹车万向轮"), "hongxing", 2.40),
    P("HX-2110", "Fixed castor 100 mm, rubber wheel", ("fixed castor", "100mm fixed castors"), "定向轮100mm", ("定向轮",), "hongxing", 2.95),
    P("HX-3302", "Magnetic cabinet catch, white", ("magnetic catch", "cabinet catches"), "磁吸门碰", ("门碰", "磁吸"), "hongxing", 0.38),
    P("HX-3315", "Coat hook double prong, matt black", ("coat hook", "black coat hooks", "double hooks"), "双钩衣帽钩", ("衣帽钩", "挂衣钩"), "hongxing", 0.92),
    P("HX-4401", "Galvanised S-hook 80 mm, bag of 10", ("S-hook", "s hooks", "galvanised s-hooks"), "镀锌S钩", ("S钩",), "hongxing", 1.10),
    P("HX-4420", "Steel chain 6 mm, 10 m coil", ("steel chain", "6mm chain"), "6mm铁链", ("铁链",), "hongxing", 14.50),
    P("HX-5012", "Hydraulic door closer, silver", ("door closer", "hydraulic closers"), "液压闭门器", ("闭门器",), "hongxing", 9.80),
    # lighting
    P("MT-60412", "LED downlight 9 W 3000 K, IP44", ("downlight", "9w downlights", "led downlights"), "LED筒灯9瓦", ("筒灯", "LED筒灯"), "mingtu", 3.60),
    P("MT-60425", "Solar garden stake light, 4-pack", ("solar garden light", "solar lights", "garden stake lights"), "太阳能草坪灯", ("草坪灯", "太阳能灯"), "mingtu", 7.20),
    P("MT-61007", "Rechargeable LED headlamp 300 lm", ("headlamp", "head torch", "rechargeable headlamps"), "充电头灯", ("头灯",), "mingtu", 5.45),
    P("MT-61020", "Aluminium torch 3xAAA, zoomable", ("torch", "flashlight", "alu torches"), "铝合金手电筒", ("手电筒", "手电"), "mingtu", 2.75),
    P("MT-62210", "Festoon string lights 10 m, 20 bulbs", ("festoon lights", "string lights"), "户外串灯10米", ("串灯", "户外串灯"), "mingtu", 11.90),
    P("MT-63001", "Plug-in motion sensor night light", ("night light", "sensor night lights"), "感应小夜灯", ("小夜灯",), "mingtu", 2.10),
    P("MT-63050", "LED desk lamp with USB port, white", ("desk lamp", "led desk lamps"), "LED台灯", ("台灯",), "mingtu", 8.30),
    # electrical
    P("LD-110A", "MCB circuit breaker 16 A, type B", ("16A breaker", "MCB", "circuit breakers"), "16A空气开关", ("空开", "空气开关"), "lianda", 2.05),
    P("LD-120B", "Weatherproof junction box IP66, 100 x 100 mm", ("junction box", "ip66 junction boxes"), "防水接线盒", ("接线盒",), "lianda", 1.65),
    P("LD-135C", "Lever wire connectors, 3-way, box of 50", ("wire connectors", "lever connectors", "3-way connectors"), "3孔快速接线端子", ("接线端子", "快速接线端子"), "lianda", 6.40),
    P("LD-142A", "Dual USB wall charger 20 W", ("usb charger", "wall chargers", "dual usb charger"), "双口USB充电器", ("充电器", "USB充电器"), "lianda", 3.15),
    P("LD-150D", "Optical smoke alarm, 10-year battery", ("smoke alarm", "smoke detectors"), "光电烟雾报警器", ("烟雾报警器", "烟感"), "lianda", 6.90),
    P("LD-163A", "Wireless doorbell kit, 300 m range", ("doorbell", "wireless doorbells"), "无线门铃", ("门铃",), "lianda", 7.75),
    P("LD-171B", "Cable reel 25 m, 4 sockets", ("cable reel", "25m cable reels"), "25米电缆盘", ("电缆盘", "线盘"), "lianda", 18.40),
    P("LD-188C", "Round cable clips 7 mm, box of 100", ("cable clips", "7mm clips"), "7mm线卡", ("线卡",), "lianda", 1.20),
    # electronics
    P("JH20417", "HDMI cable 2 m, 4K", ("hdmi cable", "2m hdmi leads"), "HDMI高清线2米", ("HDMI线", "高清线"), "jiahe", 1.90),
    P("JH20433", "USB-C to USB-C cable 1 m, braided", ("usb-c cable", "type-c cables", "braided usb-c"), "Type-C数据线1米", ("数据线", "Type-C线"), "jiahe", 1.35),
    P("JH21102", "CR2032 lithium coin cell, card of 5", ("coin cells", "cr2032", "button batteries"), "CR2032纽扣电池", ("纽扣电池",), "jiahe", 0.95),
    P("JH21150", "Digital multimeter, auto-ranging", ("multimeter", "digital multimeters"), "数字万用表", ("万用表",), "jiahe", 12.60),
    # tools
    P("HY-T-101", "Snap-off utility knife 18 mm", ("utility knife", "box cutter", "snap-off knives"), "18mm美工刀", ("美工刀", "裁纸刀"), "haoyun", 0.85),
    P("HY-T-115", "Spirit level 600 mm, aluminium", ("spirit level", "600mm levels"), "600mm水平尺", ("水平尺",), "haoyun", 4.10),
    P("HY-T-122", "Junior hacksaw 150 mm", ("hacksaw", "junior hacksaws"), "小钢锯", ("钢锯",), "haoyun", 1.70),
    P("HY-T-130", "Hex key set, 9 pieces, metric", ("hex keys", "allen key set", "hex key sets"), "内六角扳手套装", ("六角扳手", "内六角"), "haoyun", 2.30),
    P("HY-T-148", "Caulking gun, skeleton frame", ("caulking gun", "skeleton guns"), "打胶枪", ("胶枪",), "haoyun", 1.95),
    P("HY-T-155", "Hot melt glue gun 20 W", ("glue gun", "hot glue guns"), "热熔胶枪", ("热熔枪",), "haoyun", 2.60),
    P("HY-T-163", "Heavy-duty staple gun", ("staple gun", "staple guns"), "重型打钉枪", ("打钉枪", "码钉枪"), "haoyun", 6.80),
    P("HY-T-170", "Automatic wire stripper", ("wire stripper", "auto strippers"), "自动剥线钳", ("剥线钳",), "haoyun", 4.90),
    P("RW-88120", "Socket set 1/2 inch, 24 pieces", ("socket set", "1/2in socket sets"), "24件套筒扳手", ("套筒扳手", "套筒"), "rheinberg", 38.00),
    P("RW-88155", "Tile cutter 600 mm", ("tile cutter", "600mm tile cutters"), "600mm瓷砖推刀", ("瓷砖推刀", "推刀"), "rheinberg", 54.50),
    P("RW-88170", "Torque wrench 40-200 Nm", ("torque wrench", "torque wrenches"), "扭力扳手", ("扭力扳手",), "rheinberg", 62.00),
    P("RW-88204", "Bi-metal hole saw kit, 11 pieces", ("hole saw kit", "hole saws"), "双金属开孔器套装", ("开孔器",), "rheinberg", 29.90),
    # fasteners
    P("DF40112", "Stainless steel carabiner 8 mm", ("carabiner", "8mm carabiners"), "不锈钢登山扣", ("登山扣",), "delta", 0.75),
    P("DF40130", "Wire rope clips M6, bag of 20", ("wire rope clips", "m6 rope clips"), "钢丝绳卡头M6", ("卡头", "钢丝绳卡头"), "delta", 3.40),
    P("DF40155", "Threaded rod M10 x 1 m, zinc", ("threaded rod", "M10 rod", "studding"), "M10丝杆1米", ("丝杆", "牙条"), "delta", 1.45),
    P("DF40188", "Rivet nuts M6, box of 100", ("rivet nuts", "m6 rivnuts"), "M6拉铆螺母", ("拉铆螺母", "拉帽"), "delta", 5.20),
    # packaging
    P("YF-1250", "Kraft mailer box 250 x 200 x 80 mm, pack of 50", ("kraft mailer box", "mailer boxes", "kraft mailers"), "牛皮纸飞机盒", ("飞机盒",), "yuefeng", 16.50),
    P("YF-1262", "Bubble wrap roll 500 mm x 100 m", ("bubble wrap", "bubble wrap rolls"), "气泡膜卷500mm", ("气泡膜", "气泡袋卷"), "yuefeng", 9.60),
    P("YF-1288", "Stretch film 500 mm x 300 m, 23 micron", ("stretch film", "pallet wrap", "stretch wrap"), "缠绕膜500mm", ("缠绕膜", "拉伸膜"), "yuefeng", 7.10),
    P("YF-1301", "Clear packing tape 48 mm x 66 m, pack of 6", ("packing tape", "clear tape", "parcel tape"), "透明封箱胶带", ("封箱胶带", "胶带"), "yuefeng", 4.35),
    P("YF-1320", "Poly mailer bags 300 x 400 mm, pack of 100", ("poly mailers", "mailing bags", "poly bags"), "快递袋300x400", ("快递袋",), "yuefeng", 6.80),
    P("YF-1345", "Double-wall carton 600 x 400 x 400 mm", ("double wall carton", "big cartons", "double-wall boxes"), "双层瓦楞纸箱", ("纸箱", "瓦楞纸箱"), "yuefeng", 1.55),
    P("YF-1360", "PP strapping band 12 mm, 1000 m", ("strapping", "pp strapping", "strapping band"), "PP打包带", ("打包带",), "yuefeng", 8.90),
    P("BBP-7731", "Void fill paper roll 380 mm x 450 m", ("void fill paper", "void fill"), "填充纸卷", ("填充纸",), "bristol", 21.00),
    P("BBP-7745", "Fragile warning labels, roll of 500", ("fragile labels", "fragile stickers"), "易碎标签", ("易碎贴", "易碎标签"), "bristol", 3.80),
    P("BBP-7760", "Cardboard document tubes 600 mm, pack of 25", ("document tubes", "postal tubes"), "纸筒600mm", ("纸筒", "文件筒"), "bristol", 12.40),
    # food service
    P("GL-3012", "Paper coffee cup 12 oz, double wall, sleeve of 25", ("12oz cups", "coffee cups", "double wall cups"), "12盎司双层纸杯", ("纸杯", "咖啡杯"), "greenleaf", 2.20),
    P("GL-3015", "Sip lid for 12 oz cup, black, sleeve of 100", ("cup lids", "sip lids", "12oz lids"), "12盎司杯盖", ("杯盖",), "greenleaf", 3.10),
    P("GL-3040", "Kraft food container 750 ml, pack of 50", ("food containers", "kraft containers", "750ml boxes"), "牛皮纸餐盒750ml", ("餐盒", "牛皮纸餐盒"), "greenleaf", 9.50),
    P("GL-3055", "Paper straws 6 mm, box of 250", ("paper straws", "straws"), "纸吸管", ("吸管",), "greenleaf", 4.70),
    P("GL-3071", "Two-ply napkins 33 cm, pack of 100", ("napkins", "2-ply napkins"), "双层餐巾纸", ("餐巾纸",), "greenleaf", 1.60),
    P("GL-3088", "Kraft takeaway bag with handle, pack of 250", ("takeaway bags", "carrier bags", "kraft bags"), "牛皮纸手提袋", ("手提袋", "外卖袋"), "greenleaf", 24.00),
    P("ML-K5521", "Aluminium foil roll 300 mm x 90 m", ("foil roll", "catering foil", "alu foil"), "铝箔纸卷", ("锡纸", "铝箔纸"), "meilin", 6.30),
    P("ML-K5530", "Cling film 300 mm x 300 m", ("cling film", "food wrap"), "保鲜膜300mm", ("保鲜膜",), "meilin", 5.15),
    P("ML-K5548", "Stainless steel gastronorm pan 1/1, 65 mm", ("gastronorm pan", "GN pans", "gn 1/1 pan"), "不锈钢份数盆", ("份数盆",), "meilin", 8.75),
    P("ML-K5560", "Wooden coffee stirrers 140 mm, box of 1000", ("stirrers", "wooden stirrers", "coffee stirrers"), "木质搅拌棒", ("搅拌棒", "咖啡搅拌棒"), "meilin", 3.90),
    P("HFS-20931", "Disposable aprons, roll of 200", ("aprons", "disposable aprons"), "一次性围裙", ("围裙",), "harbor", 7.40),
    P("HFS-20950", "Deli containers 16 oz with lids, case of 240", ("deli containers", "16oz deli pots"), "16盎司塑料餐盒", ("塑料餐盒",), "harbor", 28.50),
    P("HFS-21007", "Wooden cutlery set, case of 500", ("wooden cutlery", "cutlery sets"), "木质餐具套装", ("木餐具", "木质餐具"), "harbor", 19.80),
    # office
    P("TY-80011", "A4 copy paper 80 gsm, box of 5 reams", ("a4 paper", "copy paper", "printer paper"), "A4复印纸80克", ("复印纸", "A4纸"), "tianyi", 17.90),
    P("TY-80023", "Ballpoint pen blue, box of 50", ("blue pens", "ballpoint pens", "biros"), "蓝色圆珠笔", ("圆珠笔",), "tianyi", 4.60),
    P("TY-80037", "Sticky notes 76 x 76 mm, yellow, 12 pads", ("sticky notes", "post-its", "yellow sticky notes"), "便利贴76x76", ("便利贴", "便签"), "tianyi", 3.25),
    P("TY-80042", "Lever arch file A4, 75 mm, blue", ("lever arch files", "blue files", "a4 files"), "A4快劳夹", ("快劳夹", "文件夹"), "tianyi", 1.40),
    P("TY-80058", "Whiteboard markers, assorted, 4-pack", ("whiteboard markers", "dry wipe markers"), "白板笔四色装", ("白板笔",), "tianyi", 2.15),
    P("TY-80064", "Full-strip stapler, 25 sheets", ("stapler", "staplers"), "订书机", ("订书机",), "tianyi", 3.70),
    P("NOD31207", "C5 envelopes, self-seal, box of 500", ("c5 envelopes", "envelopes"), "C5信封", ("信封",), "northgate", 13.20),
    P("NOD31220", "Laminating pouches A4 150 micron, pack of 100", ("laminating pouches", "a4 pouches"), "A4过塑膜", ("过塑膜", "塑封膜"), "northgate", 8.60),
    P("NOD31244", "Toner cartridge for laser printer, black", ("toner", "black toner", "toner cartridges"), "黑色硒鼓", ("硒鼓", "墨粉盒"), "northgate", 39.00),
    P("NOD31258", "Thermal label roll 100 x 150 mm, 500 labels", ("thermal labels", "shipping labels", "label rolls"), "热敏标签纸100x150", ("热敏标签纸", "标签纸"), "northgate", 6.10),
    # cleaning
    P("CL-07-112", "Black bin liners 90 L, roll of 25", ("bin liners", "bin bags", "black sacks"), "黑色垃圾袋90升", ("垃圾袋",), "cleanline", 2.85),
    P("CL-07-130", "Microfibre cloths, pack of 10", ("microfibre cloths", "cleaning cloths"), "超细纤维抹布", ("抹布",), "cleanline", 3.95),
    P("CL-07-145", "Antibacterial hand soap 5 L", ("hand soap", "antibacterial soap"), "抗菌洗手液5升", ("洗手液",), "cleanline", 8.20),
    P("CL-07-160", "Centrefeed paper towel roll, pack of 6", ("paper towels", "blue roll", "centrefeed rolls"), "中心抽擦手纸", ("擦手纸", "卷纸"), "cleanline", 11.30),
    P("CL-07-178", "Cotton mop head 400 g", ("mop heads", "cotton mops"), "棉拖把头", ("拖把头",), "cleanline", 2.45),
    # plastics
    P("YS-6601", "Plastic storage box 45 L with lid", ("storage box", "45l boxes", "storage boxes"), "45升收纳箱", ("收纳箱",), "yongsheng", 4.80),
    P("YS-6618", "Stackable crate 600 x 400 mm, grey", ("stackable crates", "grey crates"), "周转箱600x400", ("周转箱",), "yongsheng", 5.60),
    P("YS-6625", "Plastic bucket 10 L with handle", ("bucket", "10l buckets"), "10升塑料桶", ("水桶", "塑料桶"), "yongsheng", 1.25),
    P("YS-6640", "Spray bottle 500 ml, trigger", ("spray bottles", "trigger sprayers"), "500ml喷壶", ("喷壶",), "yongsheng", 0.65),
)
del P

# Made-up products and codes beyond the catalog, so that the model learns to copy any span.
_NOVEL_EN_MATERIAL = (
    "stainless", "galvanised", "aluminium", "plastic", "heavy-duty", "mini", "folding", "magnetic",
    "rubber", "bamboo", "ceramic", "glass", "waterproof", "reusable", "insulated", "compostable",
    "recycled", "brushed steel", "oak", "silicone", "nylon", "canvas", "copper", "enamel",
)
_NOVEL_EN_NOUN = (
    "shelf", "tray", "clamp", "funnel", "scoop", "ladle", "tongs", "whisk", "pedal bin", "crate",
    "basket", "cable tray", "tool box", "step ladder", "sack truck", "door mat", "safety sign",
    "garden hose", "hose nozzle", "tumbler", "storage jar", "mug", "stool", "trolley", "clipboard",
    "ruler", "scissors", "kitchen timer", "thermometer", "scale", "extension pole", "flask",
    "lunch box", "dustpan", "squeegee", "apron hook", "wall clock", "coat rack", "key cabinet",
)
_NOVEL_EN_SIZE = ("{n} mm", "{n} ml", "{n} L", "{n} cm", "size M", "size L", "pack of {n}", "{n}pcs")
_NOVEL_ZH_MATERIAL = (
    "不锈钢", "镀锌", "铝合金", "塑料", "加厚", "迷你", "折叠", "磁性", "橡胶", "竹制", "陶瓷",
    "玻璃", "防水", "可重复使用", "保温", "可降解", "硅胶", "尼龙", "帆布", "铜制",
)
_NOVEL_ZH_NOUN = (
    "置物架", "托盘", "夹子", "漏斗", "量勺", "汤勺", "食品夹", "打蛋器", "脚踏垃圾桶", "收纳筐",
    "篮子", "线槽", "工具箱", "人字梯", "手推车", "地垫", "标识牌", "水管", "喷嘴", "玻璃杯",
    "储物罐", "马克杯", "凳子", "写字板", "直尺", "剪刀", "计时器", "温度计", "电子秤", "伸缩杆",
    "保温瓶", "饭盒", "簸箕", "刮水器", "挂钟", "衣帽架", "钥匙箱",
)
_NOVEL_ZH_SIZE = ("{n}mm", "{n}毫升", "{n}升", "{n}厘米", "{n}只装", "大号", "小号")
_CODE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXZ"
# Code prefixes of the bundled demo catalog: never generated, so its codes stay unseen.
_AVOID_PREFIXES = frozenset(
    "BRK HNG LCK DRW HDL GTE LED CTY TAP GLV BRS RLR SCR ANC BLT WSH CBL SWT SKT EXT BAT TOL SIL "
    "ADH FOM PTF".split()
)

# Filler
_NAMES_EN = ("Sam", "Priya", "Tom", "Lucy", "Ahmed", "Mia", "Jonas", "Chloe", "Raj", "Elena")
_NAMES_ZH = ("小王", "李姐", "张伟", "小陈", "刘经理", "赵敏", "老周", "小林")
_CITIES_EN = ("Paris", "London", "Shanghai", "Berlin", "Madrid", "Tokyo", "Manchester", "Lyon")
_CITIES_ZH = ("北京", "上海", "广州", "杭州", "成都", "深圳", "南京", "西安")
_TOPICS_EN = ("spring", "the sea", "my cat", "autumn leaves", "the moon", "coffee", "trains")
_TOPICS_ZH = ("春天", "大海", "月亮", "秋天", "猫", "故乡", "咖啡")
_DISHES_EN = ("dumplings", "lasagne", "banana bread", "pad thai", "pancakes", "chilli")
_DISHES_ZH = ("红烧肉", "饺子", "番茄炒蛋", "宫保鸡丁", "麻婆豆腐", "蛋炒饭")
_CONTACTS_EN = ("Lily Chen", "Tony Wu", "Anna Schmidt", "Mark Evans", "Kevin Zhang", "Sophie Martin", "Jack Li", "Olga Nowak")
_CONTACTS_ZH = ("王丽", "陈涛", "李娜", "刘洋", "张敏", "黄磊", "周婷", "吴刚")
_CARRIERS_EN = ("DHL", "COSCO", "Maersk", "SF Express", "Kuehne+Nagel", "DB Schenker", "UPS", "FedEx")
_CARRIERS_ZH = ("顺丰", "德邦物流", "中远海运", "DHL", "京东物流", "马士基")
_REASONS_EN = ("a power cut at the factory", "the Chinese New Year holiday", "raw material shortage",
               "port congestion", "a typhoon", "quality re-inspection", "a machine breakdown")
_REASONS_ZH = ("工厂停电", "春节放假", "原材料短缺", "港口拥堵", "台风", "质检返工", "设备故障")
_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December")
_WEEKDAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_WEEKDAYS_ZH = ("一", "二", "三", "四", "五")

# ---------------------------------------------------------------------------------------
# Numbers: Chinese numerals and the normaliser the tests use
# ---------------------------------------------------------------------------------------

_ZH_DIGITS = "零一二三四五六七八九"
_ZH_DIGIT_VALUE = {c: i for i, c in enumerate(_ZH_DIGITS)} | {"两": 2, "〇": 0}
_ZH_UNITS = {"十": 10, "百": 100, "千": 1000}


def int_to_chinese(n: int) -> str:
    """1200 -> 一千二百, 12000 -> 一万二千, 1050 -> 一千零五十, 15 -> 十五 (0 <= n < 10**8)."""
    if n < 0 or n >= 10**8:
        raise ValueError(f"out of range: {n}")
    if n == 0:
        return "零"

    def below_10k(m: int, leading: bool) -> str:
        out = ""
        pending_zero = False
        for unit, name in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            digit = m // unit % 10
            if digit == 0:
                if out:
                    pending_zero = True
                continue
            if pending_zero:
                out += "零"
                pending_zero = False
            if unit == 10 and digit == 1 and not out and leading:
                out += "十"
            elif digit == 2 and not out and leading and unit >= 100:
                out += "两" + name
            else:
                out += _ZH_DIGITS[digit] + name
        return out

    high, low = divmod(n, 10000)
    if not high:
        return below_10k(low, leading=True)
    text = below_10k(high, leading=True) + "万"
    if low:
        if low < 1000:
            text += "零"
        text += below_10k(low, leading=False)
    return text


def decimal_to_chinese(value: Decimal) -> str:
    """99.5 -> 九十九点五; integers as int_to_chinese."""
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    out = int_to_chinese(int(whole))
    if frac:
        out += "点" + "".join(_ZH_DIGITS[int(c)] for c in frac)
    return out


def chinese_to_number(text: str) -> float | None:
    """一千二百 -> 1200, 一万二 -> 12000, 三千五 -> 3500, 九十九点五 -> 99.5; None if not a numeral."""
    whole, _, frac = text.partition("点")
    if not whole:
        return None
    total = 0  # finished 万 / 亿 groups
    section = 0  # the group being read
    number = 0  # the digit waiting for its unit
    last_unit = 1
    for char in whole:
        if char in _ZH_DIGIT_VALUE:
            number = _ZH_DIGIT_VALUE[char]
        elif char in _ZH_UNITS:
            unit = _ZH_UNITS[char]
            if number == 0 and unit == 10:
                number = 1  # 十五 = 15
            section += number * unit
            number = 0
            last_unit = unit
        elif char == "万":
            total += (section + number) * 10000
            section = number = 0
            last_unit = 10000
        elif char == "亿":
            total = (total + section + number) * 10**8
            section = number = 0
            last_unit = 10**8
        else:
            return None
    if number and len(whole) >= 2 and whole[-2] in "百千万亿" and last_unit >= 100:
        number *= last_unit // 10  # colloquial tail: 一万二 = 12000, 三千五 = 3500, 两百五 = 250
    value: float = total + section + number
    if frac:
        if any(c not in _ZH_DIGIT_VALUE for c in frac):
            return None
        value += float("0." + "".join(str(_ZH_DIGIT_VALUE[c]) for c in frac))
    return value


_DIGIT_NUMBER = re.compile(r"(?<![A-Za-z0-9_.])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?")
_ZH_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二两三四五六七八九]+)?")
_EN_WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_DURATION_UNITS = (
    (re.compile(r"^\s*(?:weeks?|wks?|w\b|周|个星期|星期|個星期)", re.I), 7),
    (re.compile(r"^\s*(?:months?|mos?\b|个月|個月)", re.I), 30),
    (re.compile(r"^\s*(?:quarters?|个季度|季度)", re.I), 90),
    (re.compile(r"^\s*(?:years?|yrs?\b|年)", re.I), 365),
)
_DURATION_WORDS = (
    (re.compile(r"fortnight", re.I), 14),
    (re.compile(r"\bweek|下周|下星期|一周", re.I), 7),
    (re.compile(r"\bmonth|下个月|下月|一个月|本月", re.I), 30),
    (re.compile(r"quarter|季度", re.I), 90),
    (re.compile(r"half a year|半年|six months", re.I), 180),
    (re.compile(r"\byear|一年|全年", re.I), 365),
)


def question_numbers(text: str) -> set[float]:
    """Every number a question states, in the forms a tool argument may take.

    ``1,200`` / ``1.2k`` / ``1.2万`` / ``一千二百`` -> 1200; ``25%`` / ``百分之二十五`` -> 25 and
    0.25; ``2 weeks`` / ``两周`` -> 2 and 14; ``next month`` -> 30; ``a quarter`` -> 90.
    """
    found: set[float] = set()

    def add(value: float, after: str, before: str) -> None:
        found.add(value)
        rest = after.lstrip()
        if rest[:1] in ("k", "K") and not re.match(r"[A-Za-z]", rest[1:2]):
            found.add(value * 1000)
        if rest.startswith("万"):
            found.add(value * 10000)
        if rest.startswith("千"):
            found.add(value * 1000)
        if rest.startswith("%") or re.match(r"(?i)(percent|pct|per cent)\b", rest) or before.endswith("百分之"):
            found.add(value / 100)
        for pattern, days in _DURATION_UNITS:
            if pattern.match(after):
                found.add(value * days)

    for match in _DIGIT_NUMBER.finditer(text):
        value = float(match.group(1).replace(",", "") + (match.group(2) or ""))
        add(value, text[match.end():match.end() + 12], text[max(0, match.start() - 4):match.start()])
    for match in _ZH_NUMBER.finditer(text):
        value = chinese_to_number(match.group(0))
        if value is None:
            continue
        add(value, text[match.end():match.end() + 12], text[max(0, match.start() - 4):match.start()])
        # "百分之九十五": the numeral after 百分之 is matched together with 百; take the tail
    for match in re.finditer(r"百分之([零〇一二两三四五六七八九十百点]+)", text):
        value = chinese_to_number(match.group(1))
        if value is not None:
            found.update({value, value / 100})
    for match in re.finditer(r"(?i)\b(" + "|".join(_EN_WORD_NUMBERS) + r")\s+", text):
        value = _EN_WORD_NUMBERS[match.group(1).lower()]
        after = text[match.end():match.end() + 12]
        for pattern, days in _DURATION_UNITS:
            if pattern.match(after):
                found.add(value * days)
    for pattern, days in _DURATION_WORDS:
        if pattern.search(text):
            found.add(days)
    return found


def number_in_question(value: float, question: str) -> bool:
    return any(math.isclose(value, known, rel_tol=1e-9, abs_tol=1e-12) for known in question_numbers(question))


# ---------------------------------------------------------------------------------------
# Template files
# ---------------------------------------------------------------------------------------


def load_sections(path: Path) -> dict[str, list[str]]:
    """``[section]`` headers, one template per line, ``#`` comments; ``\\n`` is a line break."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), [])
            continue
        if current is None:
            raise ValueError(f"{path}: template outside a section: {line!r}")
        current.append(line.replace("\\n", "\n"))
    return sections


@dataclass
class Templates:
    questions: dict[str, dict[str, list[str]]]  # lang -> intent -> templates
    emails: dict[str, dict[str, list[str]]]  # lang -> section -> templates
    replies: dict[str, list[str]]  # "kind.lang" -> replies

    @classmethod
    def load(cls, corpus_dir: Path = CORPUS_DIR) -> "Templates":
        return cls(
            questions={lang: load_sections(corpus_dir / f"questions.{lang}.txt") for lang in LANGUAGES},
            emails={lang: load_sections(corpus_dir / f"emails.{lang}.txt") for lang in LANGUAGES},
            replies=load_sections(corpus_dir / "replies.txt"),
        )


EMAIL_TYPES = (
    "order_confirmation", "shipment_notice", "delay_notice", "partial_shipment", "price_change",
    "moq_change", "cancellation", "quote", "other",
)


def system_prompt() -> str:
    """The system prompt exactly as the agent sends it (the file's text, unchanged)."""
    return SYSTEM_PROMPT_PATH.read_text(encoding="utf-8")


# ---------------------------------------------------------------------------------------
# Rendering: segments keep the spans apart from the text so noise never breaks the copy rule
# ---------------------------------------------------------------------------------------


@dataclass
class Segment:
    text: str
    kind: str  # "text" | "span" | "number" | "email" | "filler"
    slot: str | None = None


def _num(value: Decimal | float | int) -> int | float:
    """A JSON number: int when integral, else float (from the decimal's text, no binary noise)."""
    value = Decimal(str(value))
    if value == value.to_integral_value():
        return int(value)
    return float(value.normalize())


def _plain(value: Decimal) -> str:
    """1.20 -> "1.2", 100 -> "100" (never "1E+2")."""
    return format(value.normalize(), "f")


def _typo(word: str, rng: random.Random) -> str:
    """One keyboard slip: swap two neighbours, drop a letter or double one (never the first)."""
    if len(word) < 4:
        return word
    i = rng.randrange(1, len(word) - 1)
    op = rng.choice(("swap", "drop", "double"))
    if op == "swap" and word[i] != word[i + 1]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    if op == "drop":
        return word[:i] + word[i + 1:]
    return word[:i] + word[i] + word[i:]


def _typo_in_text(text: str, rng: random.Random) -> str:
    """A slip in one word of four or more letters of ``text``."""
    words = list(re.finditer(r"[A-Za-z]{4,}", text))
    if not words:
        return text
    word = rng.choice(words)
    return text[: word.start()] + _typo(word.group(0), rng) + text[word.end():]


def _typo_in_phrase(phrase: str, rng: random.Random) -> str:
    words = phrase.split(" ")
    candidates = [i for i, w in enumerate(words) if len(w) >= 4 and w.isalpha()]
    if not candidates:
        return phrase
    i = rng.choice(candidates)
    words[i] = _typo(words[i], rng)
    return " ".join(words)


def _nice_int(rng: random.Random, low: int, high: int) -> int:
    """A round-ish number as buyers state them (2 significant digits mostly)."""
    value = rng.randint(low, high)
    digits = len(str(value))
    keep = rng.choice((1, 2, 2, 2, 3))
    step = 10 ** max(0, digits - keep)
    return max(low, value // step * step)


class SlotFiller:
    """Fills the slots of one example and remembers what the target needs."""

    def __init__(self, rng: random.Random, lang: str, templates: Templates):
        self.rng = rng
        self.lang = lang
        self.templates = templates
        self.values: dict[str, Any] = {}  # slot -> argument value (numbers, email text)
        self.used_codes: set[str] = set()
        self.currency = rng.choice(("$", "$", "€", "¥")) if lang == "en" else rng.choice(("元", "元", "¥", "$"))

    # -- product and supplier mentions ---------------------------------------------------
    def _product(self) -> Product:
        while True:
            product = self.rng.choice(PRODUCTS)
            if product.code not in self.used_codes:
                self.used_codes.add(product.code)
                return product

    def _code_variant(self, code: str) -> str:
        r = self.rng.random()
        if r < 0.55:
            return code
        if r < 0.72:
            return code.lower()
        if r < 0.84:
            return code.replace("-", "").lower()
        if r < 0.92:
            return code.replace("-", "")
        return code.replace("-", " ", 1)

    def _novel_code(self) -> str:
        rng = self.rng
        while True:
            prefix = "".join(rng.choice(_CODE_LETTERS) for _ in range(rng.choice((2, 3, 3, 4))))
            if prefix not in _AVOID_PREFIXES:
                break
        shape = rng.randrange(5)
        if shape == 0:
            return f"{prefix}-{rng.randint(1000, 9999)}"
        if shape == 1:
            return f"{prefix}{rng.randint(10000, 99999)}"
        if shape == 2:
            return f"{prefix}-{rng.randint(100, 999)}-{rng.choice(_CODE_LETTERS)}{rng.choice(_CODE_LETTERS)}"
        if shape == 3:
            return f"{rng.randint(1000, 9999)}-{prefix}"
        return f"{prefix}.{rng.randint(100, 9999)}"

    def _novel_name(self) -> str:
        rng = self.rng
        n = rng.choice((10, 12, 20, 25, 30, 45, 50, 60, 100, 150, 250, 300, 500, 750, 1000))
        if self.lang == "zh":
            name = rng.choice(_NOVEL_ZH_MATERIAL) + rng.choice(_NOVEL_ZH_NOUN)
            if rng.random() < 0.4:
                name += rng.choice(_NOVEL_ZH_SIZE).format(n=n)
            return name
        name = f"{rng.choice(_NOVEL_EN_MATERIAL)} {rng.choice(_NOVEL_EN_NOUN)}"
        if rng.random() < 0.4:
            name += " " + rng.choice(_NOVEL_EN_SIZE).format(n=n)
        return name

    def product_mention(self) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.08:
            return self._novel_code()
        if r < 0.18:
            mention = self._novel_name()
            return mention.lower() if self.lang == "en" and rng.random() < 0.5 else mention
        product = self._product()
        r = rng.random()
        if r < 0.38:
            return self._code_variant(product.code)
        if self.lang == "zh":
            if r < 0.62:
                return product.zh
            if r < 0.88:
                return rng.choice(product.zh_short)
            return rng.choice(product.short)
        if r < 0.52:
            mention = product.name
        else:
            mention = rng.choice(product.short)
        if rng.random() < 0.1:
            mention = _typo_in_phrase(mention, rng)
        casing = rng.random()
        if casing < 0.3:
            mention = mention.lower()
        elif casing < 0.36:
            mention = mention.upper()
        elif casing < 0.45:
            mention = mention[:1].upper() + mention[1:]
        return mention

    def supplier_mention(self) -> str:
        rng = self.rng
        supplier = rng.choice(SUPPLIERS)
        if self.lang == "zh" and supplier.zh_loose and rng.random() < 0.75:
            r = rng.random()
            if r < 0.15 and supplier.zh_name:
                return supplier.zh_name
            return rng.choice(supplier.zh_loose)
        r = rng.random()
        if r < 0.18:
            mention = supplier.name
        else:
            mention = rng.choice(supplier.loose)
        if rng.random() < 0.06:
            mention = _typo_in_phrase(mention, rng)
        casing = rng.random()
        if casing < 0.35:
            mention = mention.lower()
        elif casing < 0.4:
            mention = mention.upper()
        return mention

    # -- numbers -------------------------------------------------------------------------
    def qty_text(self, value: int, allow_words: bool = True) -> str:
        rng = self.rng
        options = [str(value)] * 3
        if value >= 1000:
            options += [f"{value:,}"] * 2
            if value % 100 == 0:
                short = _plain(Decimal(value) / 1000)
                options += [f"{short}k", f"{short}K"] if self.lang == "en" else [f"{short}k"]
        if self.lang == "zh":
            if value >= 10000 and value % 1000 == 0:
                options += [_plain(Decimal(value) / 10000) + "万"] * 2
            if allow_words and value < 10**8:
                options += [int_to_chinese(value)] * 2
        return rng.choice(options)

    def money_text(self, value: Decimal) -> str:
        rng = self.rng
        plain = format(value, "f")
        two = format(value.quantize(Decimal("0.01")), "f") if value != value.to_integral_value() else plain
        c = self.currency
        if self.lang == "zh":
            if c == "元":
                return rng.choice((f"{plain}元", f"{two}元", f"{plain}块", f"人民币{plain}元", plain))
            if c == "¥":
                return rng.choice((f"¥{two}", f"￥{plain}", f"{plain}元"))
            return rng.choice((f"${two}", f"{plain}美元", f"USD {two}"))
        if c == "$":
            return rng.choice((f"${two}", f"${two}", plain, f"{two} USD", f"{plain} dollars"))
        if c == "€":
            return rng.choice((f"€{two}", f"{two} EUR", f"EUR {two}", plain))
        return rng.choice((f"¥{two}", f"RMB {two}", f"{plain} CNY", plain))

    def rate_text(self, percent: Decimal) -> tuple[str, float]:
        rng = self.rng
        value = _num(percent / 100)
        p = format(percent.normalize(), "f")
        if self.lang == "zh":
            options = [f"{p}%", f"{p}%", f"百分之{decimal_to_chinese(percent)}", str(value)]
        else:
            options = [f"{p}%", f"{p}%", f"{p}%", f"{p} percent", f"{p} pct", str(value)]
        return rng.choice(options), value

    def horizon_text(self) -> tuple[str, int]:
        rng = self.rng
        if self.lang == "zh":
            n = rng.choice((7, 10, 14, 20, 30, 45, 60, 90, 120, 180))
            k = rng.randint(2, 8)
            m = rng.choice((2, 3, 6))
            return rng.choice((
                ("下个月", 30), ("下月", 30), ("未来一个月", 30), (f"未来{n}天", n), (f"接下来{n}天", n),
                ("未来两周", 14), (f"未来{k}周", 7 * k), (f"未来{int_to_chinese(k)}周", 7 * k), ("下周", 7),
                ("下季度", 90), ("下个季度", 90), (f"未来{int_to_chinese(m)}个月", 30 * m),
                (f"未来{m}个月", 30 * m), ("未来半年", 180), ("一个季度", 90),
            ))
        n = rng.choice((7, 10, 14, 20, 21, 28, 30, 45, 60, 90, 120, 180))
        k = rng.randint(2, 8)
        m = rng.choice((2, 3, 6))
        words = {2: "two", 3: "three", 4: "four", 6: "six"}
        return rng.choice((
            ("next month", 30), ("the next month", 30), ("the coming month", 30),
            (f"the next {n} days", n), (f"next {n} days", n), (f"the next {k} weeks", 7 * k),
            (f"next {k} wks", 7 * k), ("next week", 7), ("the next week", 7), ("next quarter", 90),
            ("the next quarter", 90), ("a quarter", 90), (f"the next {m} months", 30 * m),
            (f"the next {words.get(m, m)} months", 30 * m), ("half a year", 180),
            ("the next two weeks", 14), ("a fortnight", 14),
        ))

    def days_text(self) -> tuple[str, int]:
        if self.lang == "zh":
            return self.rng.choice((
                ("一年", 365), ("365天", 365), ("半年", 180), ("180天", 180), ("90天", 90),
                ("一个季度", 90), ("两年", 730), ("6个月", 180), ("一年时间", 365),
            ))
        return self.rng.choice((
            ("a year", 365), ("one year", 365), ("365 days", 365), ("180 days", 180),
            ("half a year", 180), ("90 days", 90), ("a quarter", 90), ("2 years", 730),
            ("two years", 730), ("6 months", 180), ("500 days", 500), ("60 days", 60),
        ))

    def price_breaks_text(self) -> tuple[str, list[dict[str, Any]]]:
        rng = self.rng
        base = self.values.get("unit_cost") or _num(Decimal(rng.randint(80, 2500)) / 100)
        self.values.setdefault("unit_cost", base)
        tiers = rng.choice((2, 2, 3))
        qty = _nice_int(rng, 200, 2000)
        cost = Decimal(str(base))
        breaks = []
        for _ in range(tiers):
            cost = (cost * Decimal(str(rng.uniform(0.85, 0.96)))).quantize(Decimal("0.01"))
            breaks.append((qty, cost))
            qty = qty * rng.choice((2, 2, 3, 5))
        parts_q = [self.qty_text(q, allow_words=False) for q, _ in breaks]
        parts_c = [self.money_text(c) for _, c in breaks]
        if self.lang == "zh":
            style = rng.randrange(3)
            pieces = [
                (f"{q}个以上{c}", f"满{q}件单价{c}", f"{q}起{c}")[style] for q, c in zip(parts_q, parts_c)
            ]
            text = "，".join(pieces)
        else:
            style = rng.randrange(3)
            pieces = [
                (f"{c} from {q}", f"{q}+ @ {c}", f"{c} for {q} or more")[style] for q, c in zip(parts_q, parts_c)
            ]
            text = ", ".join(pieces[:-1]) + (" and " if style == 2 else ", ") + pieces[-1]
        return text, [{"min_qty": q, "unit_cost": _num(c)} for q, c in breaks]

    def number_slot(self, slot: str) -> str:
        """Render a numeric slot; store its argument value."""
        rng = self.rng
        v = self.values
        if slot == "annual_demand":
            value = _nice_int(rng, 500, 250000)
            v[slot] = value
            return self.qty_text(value)
        if slot in ("moq",):
            value = _nice_int(rng, 50, 10000)
            v[slot] = value
            return self.qty_text(value)
        if slot == "pack_size":
            value = rng.choice((6, 10, 12, 20, 24, 25, 36, 48, 50, 100, 200, 500))
            v[slot] = value
            return str(value)
        if slot in ("order_cost",):
            value = Decimal(rng.choice((rng.randint(15, 400), rng.randint(30, 800) / 2)))
            v[slot] = _num(value)
            return self.money_text(Decimal(str(_num(value))))
        if slot == "holding_cost":
            value = Decimal(rng.randint(10, 800)) / 100
            v[slot] = _num(value)
            return self.money_text(Decimal(str(_num(value))))
        if slot == "unit_cost":
            if "unit_cost" not in v:
                v[slot] = _num(Decimal(rng.randint(20, 15000)) / 100)
            return self.money_text(Decimal(str(v[slot])))
        if slot in ("holding_cost_rate",):
            text, value = self.rate_text(Decimal(rng.choice((10, 12, 15, 18, 20, 22, 24, 25, 28, 30, 35, 40))))
            v[slot] = value
            return text
        if slot == "service_level":
            pct = rng.choice(("85", "90", "92", "95", "95", "97", "97.5", "98", "99", "99.5"))
            text, value = self.rate_text(Decimal(pct))
            v[slot] = value
            return text
        if slot == "price_breaks":
            text, value = self.price_breaks_text()
            v[slot] = value
            return text
        if slot == "mean_daily_demand":
            value = Decimal(rng.randint(2, 400)) if rng.random() < 0.85 else Decimal(rng.randint(5, 200)) + Decimal("0.5")
            v[slot] = _num(value)
            return self.qty_text(int(value)) if value == int(value) and self.lang == "zh" and value >= 10 else str(_num(value))
        if slot == "sd_daily_demand":
            mean = float(v.get("mean_daily_demand", 40))
            value = Decimal(str(round(mean * rng.uniform(0.12, 0.5), rng.choice((0, 1))))).normalize()
            if value <= 0:
                value = Decimal("1")
            v[slot] = _num(value)
            return str(_num(value))
        if slot == "lead_time_days":
            value = rng.randint(2, 60)
            v[slot] = value
            return str(value)
        if slot == "sd_lead_time_days":
            value = Decimal(rng.randint(1, 16)) / 2
            v[slot] = _num(value)
            return str(_num(value))
        if slot == "mean":
            value = _nice_int(rng, 100, 20000)
            v[slot] = value
            return self.qty_text(value)
        if slot == "sd":
            value = _nice_int(rng, max(5, int(v.get("mean", 1000) * 0.08)), max(10, int(v.get("mean", 1000) * 0.4)))
            v[slot] = value
            return self.qty_text(value, allow_words=False)
        if slot in ("underage_cost", "overage_cost"):
            high = 4000 if slot == "underage_cost" else 1500
            value = Decimal(rng.randint(10, high)) / 100
            v[slot] = _num(value)
            return self.money_text(Decimal(str(_num(value))))
        if slot == "reorder_point":
            value = _nice_int(rng, 10, 3000)
            v[slot] = value
            return self.qty_text(value, allow_words=False)
        if slot == "order_quantity":
            value = _nice_int(rng, 50, 12000)
            v[slot] = value
            return self.qty_text(value, allow_words=False)
        if slot == "days":
            text, value = self.days_text()
            v[slot] = value
            return text
        if slot == "horizon":
            text, value = self.horizon_text()
            v["horizon_days"] = value
            return text
        raise KeyError(slot)

    # -- filler --------------------------------------------------------------------------
    def po_number(self) -> str:
        rng = self.rng
        return rng.choice((
            f"{rng.randint(10000, 99999)}", f"#{rng.randint(1000, 9999)}", f"2026-{rng.randint(1, 999):04d}",
            f"45{rng.randint(10000000, 99999999)}", f"{rng.randint(100, 999)}/{rng.randint(10, 26)}",
        ))

    def filler(self, slot: str) -> str:
        rng, zh = self.rng, self.lang == "zh"
        if slot == "po":
            return self.po_number()
        if slot == "name":
            return rng.choice(_NAMES_ZH if zh else _NAMES_EN)
        if slot == "city":
            return rng.choice(_CITIES_ZH if zh else _CITIES_EN)
        if slot == "topic":
            return rng.choice(_TOPICS_ZH if zh else _TOPICS_EN)
        if slot == "dish":
            return rng.choice(_DISHES_ZH if zh else _DISHES_EN)
        raise KeyError(slot)

    # -- supplier messages ---------------------------------------------------------------
    def email(self) -> str:
        rng = self.rng
        lang = self.lang if rng.random() < 0.85 else ("en" if self.lang == "zh" else "zh")
        sections = self.templates.emails[lang]
        body = rng.choice(sections[rng.choice(EMAIL_TYPES)])
        parts = []
        if rng.random() < 0.5:
            parts.append(rng.choice(sections["greeting"]))
        parts.append(body)
        if rng.random() < 0.25:
            parts.append(rng.choice(sections["injection"]))
            self.values["injection"] = True
        if rng.random() < 0.5:
            parts.append(rng.choice(sections["sign_off"]))
        text = "\n".join(parts)
        return self._fill_email(text, lang)

    def _fill_email(self, text: str, lang: str) -> str:
        rng = self.rng
        zh = lang == "zh"
        supplier = rng.choice(SUPPLIERS)
        company = supplier.zh_name if zh and supplier.zh_name else supplier.name
        saved_lang = self.lang
        self.lang = lang
        try:
            product_names = []

            def item() -> str:
                product = rng.choice(PRODUCTS)
                form = rng.random()
                if form < 0.35:
                    name = product.code
                elif form < 0.5:
                    name = f"{product.code} {product.zh if zh else product.name}"
                else:
                    name = product.zh if zh else rng.choice((product.name, product.short[0]))
                product_names.append(name)
                return name

            def qty() -> str:
                value = _nice_int(rng, 20, 20000)
                if rng.random() < 0.15:
                    cartons, per = rng.randint(2, 40), rng.choice((12, 24, 48, 50, 100))
                    return f"{cartons}箱（每箱{per}个）" if zh else f"{cartons} cartons x {per} pcs"
                return self.qty_text(value)

            def price() -> str:
                value = Decimal(rng.randint(15, 9000)) / 100
                two = format(value.quantize(Decimal("0.01")), "f")
                if zh:
                    return rng.choice((f"{two}元", f"￥{two}", f"人民币{two}元", f"USD {two}", f"{two}美元"))
                return rng.choice((f"USD {two}", f"${two}", f"{two} USD", f"RMB {two}", f"¥{two}", f"EUR {two}"))

            def date() -> str:
                d, m = rng.randint(1, 28), rng.randint(1, 12)
                if zh:
                    return rng.choice((f"{m}月{d}日", f"2026年{m}月{d}日", f"下周{rng.choice(_WEEKDAYS_ZH)}",
                                       "本月底", f"{rng.randint(2, 10)}天内", f"周{rng.choice(_WEEKDAYS_ZH)}"))
                month = _MONTHS_EN[m - 1]
                return rng.choice((f"{d} {month}", f"{month} {d}", f"2026-{m:02d}-{d:02d}", f"{month[:3]} {d}",
                                   f"next {rng.choice(_WEEKDAYS_EN)}", "end of this month",
                                   f"within {rng.randint(2, 10)} days", rng.choice(_WEEKDAYS_EN)))

            fillers = {
                "po": self.po_number,
                "item": item,
                "item2": item,
                "qty": qty,
                "qty2": qty,
                "price": price,
                "price2": price,
                "date": date,
                "date2": date,
                "n": lambda: str(rng.randint(3, 30)),
                "moq": lambda: self.qty_text(_nice_int(rng, 100, 5000), allow_words=False),
                "carrier": lambda: rng.choice(_CARRIERS_ZH if zh else _CARRIERS_EN),
                "ref": lambda: rng.choice((f"MAEU{rng.randint(100000000, 999999999)}", f"SF{rng.randint(10**9, 10**10 - 1)}",
                                           f"QT-2026-{rng.randint(100, 999)}", f"BL-{rng.randint(10000, 99999)}")),
                "reason": lambda: rng.choice(_REASONS_ZH if zh else _REASONS_EN),
                "contact": lambda: rng.choice(_CONTACTS_ZH if zh else _CONTACTS_EN),
                "company": lambda: company,
            }
            return re.sub(r"\{(\w+)\}", lambda m: fillers[m.group(1)](), text)
        finally:
            self.lang = saved_lang


# ---------------------------------------------------------------------------------------
# Examples
# ---------------------------------------------------------------------------------------

_SLOT = re.compile(r"\{(\w+)\}")
_FILLER_SLOTS = ("po", "name", "city", "topic", "dish")


def _segments(template: str, filler: SlotFiller) -> list[Segment]:
    segments: list[Segment] = []
    pos = 0
    for match in _SLOT.finditer(template):
        if match.start() > pos:
            segments.append(Segment(template[pos:match.start()], "text"))
        slot = match.group(1)
        if slot in PRODUCT_SLOTS:
            segments.append(Segment(filler.product_mention(), "span", slot))
        elif slot == "supplier":
            segments.append(Segment(filler.supplier_mention(), "span", slot))
        elif slot == "email":
            segments.append(Segment(filler.email(), "email", slot))
        elif slot in _FILLER_SLOTS:
            segments.append(Segment(filler.filler(slot), "filler", slot))
        else:
            segments.append(Segment(filler.number_slot(slot), "number", slot))
        pos = match.end()
    if pos < len(template):
        segments.append(Segment(template[pos:], "text"))
    return segments


_EN_PREFIXES = ("hey ", "quick q: ", "pls ", "hi, ", "@replenish ", "ok so ", "Q: ", "morning, ", "hey there - ")
_EN_SUFFIXES = (" pls", " asap", " thx", " thanks", "??", " please", " - urgent", " :)", " ty")
_ZH_PREFIXES = ("请问，", "麻烦问下，", "你好，", "急：", "老板问：", "问一下，", "hi，")
_ZH_SUFFIXES = ("，谢谢", "，急", "，尽快", "。", "？", "呢", "，麻烦了")


def _add_noise(segments: list[Segment], lang: str, intent: str, rng: random.Random) -> list[Segment]:
    # no politeness prefix/suffix on greetings, nor around a pasted message (its end must stay clear)
    tool_like = intent not in ("greeting", "thanks", "parse_supplier_message")
    texts = [i for i, s in enumerate(segments) if s.kind == "text"]
    if intent in ("greeting", "thanks") and segments[-1].kind == "text" and rng.random() < 0.5:
        ends = ("!", "!!", " :)", ".", " 🙂", "~") if lang == "en" else ("！", "~", "～", "。", "!", "😊")
        segments[-1].text = segments[-1].text.rstrip("!.！。") + rng.choice(ends)
    if lang == "en":
        # typos in the template words (spans got theirs when they were drawn)
        if texts and rng.random() < 0.3:
            for _ in range(rng.choice((1, 1, 2))):
                i = rng.choice(texts)
                segments[i].text = _typo_in_text(segments[i].text, rng)
        if tool_like and rng.random() < 0.14:
            segments.insert(0, Segment(rng.choice(_EN_PREFIXES), "text"))
        if tool_like and rng.random() < 0.14:
            last = segments[-1]
            if last.kind == "text":
                last.text = last.text.rstrip("?.!")
            segments.append(Segment(rng.choice(_EN_SUFFIXES), "text"))
        elif segments[-1].kind == "text" and rng.random() < 0.2:
            segments[-1].text = segments[-1].text.rstrip("?.!")
        casing = rng.random()
        if intent != "parse_supplier_message":
            if casing < 0.14:
                for s in segments:
                    s.text = s.text.lower()
            elif casing < 0.17:
                for s in segments:
                    s.text = s.text.upper()
            elif casing < 0.45 and segments[0].kind == "text":
                segments[0].text = segments[0].text[:1].upper() + segments[0].text[1:]
        return segments
    # Chinese: punctuation width, politeness prefixes/suffixes, spaces around Latin spans
    for i in texts:
        if rng.random() < 0.2:
            segments[i].text = segments[i].text.translate(str.maketrans({"？": "?", "，": ", ", "：": ":", "！": "!"}))
    if segments[-1].kind == "text" and rng.random() < 0.2:
        segments[-1].text = segments[-1].text.rstrip("？?。!！")
    if tool_like and intent not in ("out_of_domain",) and rng.random() < 0.15:
        segments.insert(0, Segment(rng.choice(_ZH_PREFIXES), "text"))
    if tool_like and rng.random() < 0.12 and segments[-1].kind == "text":
        segments[-1].text = segments[-1].text.rstrip("？?。")
        segments.append(Segment(rng.choice(_ZH_SUFFIXES), "text"))
    if rng.random() < 0.3:
        for i, s in enumerate(segments):
            if s.kind == "span" and re.match(r"[A-Za-z0-9]", s.text):
                if i > 0 and segments[i - 1].kind == "text" and not segments[i - 1].text.endswith((" ", "\n")):
                    segments[i - 1].text += " "
                if i + 1 < len(segments) and segments[i + 1].kind == "text" and not segments[i + 1].text.startswith(" "):
                    segments[i + 1].text = " " + segments[i + 1].text
    return segments


def _separate(segments: list[Segment]) -> list[Segment]:
    """A space where a slot would run into a neighbour's digits ("300x400" + "365天")."""
    out: list[Segment] = []
    for segment in segments:
        if out and segment.text and out[-1].text:
            left, right = out[-1].text[-1], segment.text[0]
            if (left.isascii() and left.isalnum() and right.isdigit()) or (
                left.isdigit() and right.isascii() and right.isalnum()
            ):
                out.append(Segment(" ", "text"))
        out.append(segment)
    return out


def _tool_call(name: str, arguments: dict[str, Any]) -> str:
    order = ARGUMENT_ORDER[name]
    ordered = {key: arguments[key] for key in order if key in arguments}
    return "<tool_call>" + json.dumps({"name": name, "arguments": ordered}, ensure_ascii=False) + "</tool_call>"


def _calls_for(intent: str, segments: list[Segment], values: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    spans = {s.slot: s.text for s in segments if s.kind == "span"}
    present = {s.slot for s in segments if s.slot}
    products = [spans[slot] for slot in PRODUCT_SLOTS if slot in spans]
    calls: list[tuple[str, dict[str, Any]]] = []
    occurrence: Counter[str] = Counter()
    for tool in intent.split("+"):
        index = occurrence[tool]
        occurrence[tool] += 1
        args: dict[str, Any] = {}
        if tool in SKU_TOOLS:
            args["sku"] = products[index]
        if tool == "forecast_demand" and "horizon_days" in values:
            args["horizon_days"] = values["horizon_days"]
        elif tool == "draft_purchase_order":
            if "supplier" in spans:
                args["supplier"] = spans["supplier"]
            else:
                args["skus"] = products
        elif tool == "supplier_performance":
            args["supplier"] = spans["supplier"]
        elif tool == "parse_supplier_message":
            args["text"] = values["email"]
        elif tool in ("compute_eoq", "reorder_point", "newsvendor", "simulate_policy"):
            for key in ARGUMENT_ORDER[tool]:
                if key in present and key in values:
                    args[key] = values[key]
        calls.append((tool, args))
    return calls


def _language_of(text: str) -> str:
    return "zh" if re.search(r"[\u4e00-\u9fff]", text) else "en"


@dataclass
class Generator:
    seed: int
    templates: Templates = field(default_factory=Templates.load)
    system: str | None = None  # the system message; default prompts/agent_system.txt

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed)
        if self.system is None:
            self.system = system_prompt()
        intents = list(INTENT_WEIGHTS)
        multi = sorted({k for lang in LANGUAGES for k in self.templates.questions[lang] if "+" in k})
        self.intents = intents + multi
        self.weights = [INTENT_WEIGHTS[i] for i in intents] + [MULTI_WEIGHT / len(multi)] * len(multi)

    def example(self) -> dict[str, Any]:
        rng = self.rng
        intent = rng.choices(self.intents, self.weights)[0]
        lang = "zh" if rng.random() < 0.5 else "en"
        return self.build(intent, lang)

    def build(self, intent: str, lang: str) -> dict[str, Any]:
        rng = self.rng
        template = rng.choice(self.templates.questions[lang][intent])
        filler = SlotFiller(rng, lang, self.templates)
        if intent == "parse_supplier_message":
            lead_in = rng.choice(self.templates.emails[lang]["lead_in"])
            template = lead_in
        segments = _segments(template, filler)
        for s in segments:
            if s.kind == "email":
                filler.values["email"] = s.text
        segments = _separate(_add_noise(segments, lang, intent, rng))
        question = "".join(s.text for s in segments).strip()
        if intent in REPLY_KINDS:
            target = rng.choice(self.templates.replies[f"{intent}.{lang}"])
            kind, tools = intent, []
        else:
            calls = _calls_for(intent, segments, filler.values)
            target = "\n".join(_tool_call(name, args) for name, args in calls)
            kind = "multi_tool" if "+" in intent else "tool"
            tools = [name for name, _ in calls]
        return {
            "lang": lang,
            "kind": kind,
            "intent": intent,
            "tools": tools,
            "injection": bool(filler.values.get("injection")),
            "messages": [
                {"role": "system", "content": self.system},
                {"role": "user", "content": question},
                {"role": "assistant", "content": target},
            ],
        }


def generate(n: int, seed: int = 0, system: str | None = None) -> list[dict[str, Any]]:
    """``n`` examples with distinct questions; the same ``(n, seed)`` gives the same list.

    ``system`` replaces the system message (default: prompts/agent_system.txt); the
    questions and targets do not depend on it.
    """
    generator = Generator(seed, system=system)
    seen: set[str] = set()
    records: list[dict[str, Any]] = []
    attempts = 0
    while len(records) < n:
        attempts += 1
        if attempts > 200 * n + 1000:
            raise RuntimeError(f"could not draw {n} distinct questions (got {len(records)})")
        record = generator.example()
        question = record["messages"][1]["content"]
        if not question.strip() or question in seen:
            continue
        seen.add(question)
        record = {"id": f"s{seed}-{len(records):05d}", **record}
        records.append(record)
    return records


def question_of(record: dict[str, Any]) -> str:
    return record["messages"][1]["content"]


def target_of(record: dict[str, Any]) -> str:
    return record["messages"][2]["content"]


def split(
    records: list[dict[str, Any]], val_fraction: float = 0.1, seed: int = 0
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Train/validation split, disjoint by question text and stratified by intent.

    About ``val_fraction`` of the distinct questions go to validation, proportionally per
    intent (every intent with at least 5 questions gets one); records sharing a question
    always land on the same side, and the training side is never empty.
    """
    if not 0 <= val_fraction < 1:
        raise ValueError("val_fraction must be in [0, 1)")
    rng = random.Random(seed)
    groups: dict[str, list[str]] = {}
    seen: set[str] = set()
    for record in records:
        question = question_of(record)
        if question not in seen:
            seen.add(question)
            groups.setdefault(str(record.get("intent", record.get("kind", ""))), []).append(question)
    total = len(seen)
    wanted = round(total * val_fraction)
    if val_fraction > 0 and total >= 2:
        wanted = min(max(wanted, 1), total - 1)
    intents = sorted(groups)
    for intent in intents:
        groups[intent].sort()
        rng.shuffle(groups[intent])
    take = {i: math.floor(len(groups[i]) * val_fraction) for i in intents}
    if val_fraction > 0:
        for i in intents:
            if take[i] == 0 and len(groups[i]) >= 5:
                take[i] = 1
    order = sorted(intents, key=lambda i: (-(len(groups[i]) * val_fraction - take[i]), rng.random()))
    while sum(take.values()) < wanted:
        grew = False
        for i in order:
            if sum(take.values()) >= wanted:
                break
            if take[i] < len(groups[i]) - 1 or (len(groups[i]) == 1 and take[i] == 0 and len(intents) > 1):
                take[i] += 1
                grew = True
        if not grew:
            break
    val_questions = {q for i in intents for q in groups[i][: take[i]]}
    if val_questions and len(val_questions) == total:  # keep something to train on
        val_questions.discard(next(iter(sorted(val_questions))))
    train = [r for r in records if question_of(r) not in val_questions]
    val = [r for r in records if question_of(r) in val_questions]
    return train, val


def stats(records: list[dict[str, Any]]) -> dict[str, Any]:
    tool_calls: Counter[str] = Counter()
    for record in records:
        tool_calls.update(record["tools"])
    by_kind_lang: Counter[str] = Counter(f"{r['kind']}.{r['lang']}" for r in records)
    return {
        "examples": len(records),
        "languages": dict(sorted(Counter(r["lang"] for r in records).items())),
        "kinds": dict(sorted(Counter(r["kind"] for r in records).items())),
        "kinds_by_language": dict(sorted(by_kind_lang.items())),
        "intents": dict(sorted(Counter(r["intent"] for r in records).items())),
        "tool_calls": dict(sorted(tool_calls.items())),
        "emails_with_injection": sum(1 for r in records if r.get("injection")),
    }


def write_jsonl(records: list[dict[str, Any]], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m assistant.training_corpus",
        description="Write the synthetic tool-routing corpus (JSON Lines, one chat per line).",
    )
    parser.add_argument("--n", type=int, default=3000, help="number of examples (default 3000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True, help="output .jsonl file")
    parser.add_argument("--system-prompt", type=Path, default=None,
                        help=f"system message file (default {SYSTEM_PROMPT_PATH.relative_to(REPO_ROOT)})")
    args = parser.parse_args(argv)
    if args.n <= 0:
        parser.error("--n must be positive")
    system = args.system_prompt.read_text(encoding="utf-8") if args.system_prompt else None
    records = generate(args.n, args.seed, system=system)
    write_jsonl(records, args.out)
    summary = {"out": str(args.out), "seed": args.seed, **stats(records)}
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
