"""Deterministic generator of synthetic news articles for claimcheck benchmarks.

The benchmark ingests 1k, 10k and 100k articles of about 30 claims each. Real corpora cannot be
shipped at that size, so this module writes news-like plain text instead: original *stories*
built from a template grammar, and then *re-issues* of earlier stories with syndication-style
edits (dropped and reordered sentences, nudged numbers, synonym swaps, a retitled headline a few
days later), so that the corpus holds realistic near-duplicates. Pure standard library; the
output depends only on the seed.

Near-duplicates must come from re-issues, as in real news, where unrelated stories rarely share
a sentence. A grammar whose stories reuse the same wording instead makes sentences of unrelated
stories look alike, and such pairs grow quadratically with the corpus. So the grammar is
lexically wide:

- about 390 core clauses: 21-24 for each of 16 topics (a story uses 21 of its topic's) and 30
  generic ones (a story uses 3); a story restates a few facts under a new attribution;
- content words are inline alternatives, ``[deployed|massed|moved]``, or named phrase pools,
  ``{m_forces}``, drawn afresh for every sentence and chosen to stay distinct after claimcheck's
  stemming and synonym folding (which would merge e.g. troops/soldiers/personnel);
- every sentence carries words no other story is likely to use: story entities (countries,
  cities, people, companies, agencies, parties) and fresh towns, people, firms and outlets from
  combinatorial vocabularies of thousands of names; most sentences are attributed to a named
  speaker or outlet, as wire copy is.

Measured with claimcheck's scorer on 1k articles, pairs of claims from different stories that
score as the same claim are about 1 in 60 distinct claims (the unvaried grammar gave 20 per
claim). They still grow in proportion to the number of stories, as any fixed grammar must.

Usage: ``python benchmarks/corpus.py OUT_DIR N [--seed S]``
"""

from __future__ import annotations

import argparse
import re
import string
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from random import Random

ORIGINAL_SHARE = 0.3
MAX_REISSUES = 40
WINDOW = 5000  # only the most recent originals can be re-issued (bounds memory)
TOPICAL_PER_STORY = 21  # distinct cores of the story's topic (of 21-24)
GENERIC_PER_STORY = 3  # distinct generic cores
WRAPPED_SHARE = 0.85  # of first statements put in an attribution (restatements always are)


def _w(words: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(w.strip() for w in words.split(sep))


def _combine(*parts: tuple[str, ...]) -> tuple[str, ...]:
    out = [""]
    for part in parts:
        out = [a + b for a in out for b in part]
    return tuple(dict.fromkeys(w.capitalize() for w in out))  # dedupe, keep order


# --- vocabularies: names are syllable combinations, thousands of each ---------------------------
_ON = _w("Va Os Kel Dra Mor Tal Zem Bel Sar Ker Lor Nav Vel Tir Gar Hal Bren Cor Dun Fal Gor Jas")
_ON += _w("Kar Lum Nor Pel Quen Rav Sol Tor Ul Wen Yar Zal Ost Ad Brav Cen Del Ith Mab Rod Sev")
_MID = ("", *_w("re tro ma lan ve do ri sa ne"))
COUNTRIES = _combine(_ON, _MID, _w("nia via mar ria land stan dor esh ovia ana ica oria"))
CITIES = _combine(_ON, _MID, _w("grad port burg ford haven ovo abad mouth stead holm"))
# smaller places: most sentences name one, fresh or one of the story's own (see LOCAL)
_TON = _w("Ash Brook Carn Dal Elm Fair Glen Kil Lang Mar Oak Pen Rad Sel Thorn Wes Ard Bal Cra")
_TON += _w("Ev Gal Hav Ist Jur Kor Lev Mel Nev Ors Pol Rost Sav Tul Var Zor Bir Fen Hel Tam")
_TON += _w("Bram Cul Dorn Eg Frem Gost Hal Ilm Kes Lud Mos Nar Pim Ril Stev Trev Usk Vod Wil Yev")
TOWNS = _combine(_TON, ("", *_w("a e o i in ov ar el")),
                 _w("ton field vale ice ach ly mere wick stad ara ino ak esti by dorf ovo "
                    "ville ham ing avo any ec ica"))  # fmt: skip
FIRST = _combine(_w("Al Be Ca Da El Fe Ga Ha Ir Jo Ka Le Mi Na Ol Pe Ra Si Ta Vi Ar Bo Do Ed Is"),
                 ("", *_w("la ri")),
                 _w("na ra mon rik lia tan ssa vin do ren lo mir ko sha dan nia"))  # fmt: skip
LAST = _combine(_w("Ab Bor Cas Dem Esk Fol Gra Hol Ivan Kov Lind Mal Nov Ost Pav Rud Stal Tam Vor "
                   "Zim Bar Cher Dor Fen Hart Kal Mor Pet Sor Vel Bel Dra Gor Kel Lor Nav Sar Tir"),
                ("", *_w("an er ol")),
                _w("ov enko ari sen berg ic ez ani ston ard ski elli oglu ten ova ens ado ier man "
                   "ek ovic as ner by"))  # fmt: skip
COMPANIES = _combine(_ON, ("", *_w("ra vi to")), _w("ex on ia ar ium ora ant ix ell ova"))
# the company K of a story: a name and a sector word of its topic
SECTORS = {
    "energy": "Energy|Power|Gas|Petroleum|Utilities|Renewables|Oil|Grid",
    "space": "Aerospace|Space Systems|Orbital|Rocket Works|Satellite|Avionics|Launch Services",
    "cyber": "Telecom|Networks|Bank|Software|Payments|Cloud|Mobile|Insurance",
    "markets": "Holdings|Motors|Mining|Retail|Brewing|Properties|Cement|Airlines",
    "trade": "Shipping|Steel|Foods|Textiles|Trading|Freight|Dairy|Paper",
    "military": "Dynamics|Defence Systems|Arms|Shipyards|Optics|Armour|Ordnance",
    "health": "Pharma|Biotech|Medical|Laboratories|Healthcare|Diagnostics|Vaccines",
    "transport": "Rail|Logistics|Engineering|Bus Lines|Ferries|Construction|Tunnelling",
    "agriculture": "Agro|Foods|Farms|Grain|Seeds|Fertilisers|Dairies|Orchards",
    "education": "Learning|Publishing|Education|Books|Tutoring|Campus|Schools",
    "environment": "Chemicals|Mining|Waste|Paper Mills|Cement|Refining|Timber",
    "labour": "Steel|Motors|Logistics|Textiles|Mining|Foods|Glassworks|Shipyards",
}
FIRM_KINDS = _w("Group Holdings Industries Partners Systems Capital Works Technologies Trading")
OUTLETS = _w("Herald Gazette Courier Tribune Post Times Chronicle Observer Journal Daily")
GOODS = _w("steel|grain|semiconductors|timber|fertiliser|solar panels|copper|rice|wine|fish|"
           "cement|cotton|aluminium|sugar|furniture|tyres|olive oil|textiles|paper|coffee|"
           "tea|wool|glassware|salmon|poultry|pork|beef|cheese|apples|tomatoes|lithium|nickel|"
           "zinc|marble|leather|footwear|bicycles|batteries|cocoa|sunflower oil|barley|honey|"
           "tobacco|rubber|ceramics|shrimp|walnuts|potash|cables|pipes", "|")  # fmt: skip
ISSUES = _w("media ownership|public protests|foreign funding|data retention|land sales|"
            "pension reform|police powers|online speech|mining licences|water rights|"
            "party financing|church property|military service|gambling|fishing quotas|"
            "rent controls|school language|forest clearing|dual citizenship|state secrets|"
            "labour unions|river dams|surveillance cameras|teachers' pay|hunting|"
            "street trading|religious schools|airport noise|coastal building|seed patents", "|")  # fmt: skip
CRIMES = _w("bribery|fraud|money laundering|tax evasion|abuse of office|embezzlement|"
            "bid rigging|smuggling|extortion|insider trading|forgery|vote rigging|"
            "illegal logging|price fixing|arms trafficking|perjury", "|")  # fmt: skip
# code names: exercises, programmes, telescopes
_CODE_A = _w("Northern Iron Silent Steel Eastern Coastal Winter Swift Bold United Polar Distant")
_CODE_A += _w("Bright Deep High Southern Western Amber Azure Crimson Golden Silver Granite Cobalt")
_CODE_B = _w("Shield Guard Falcon Arrow Anchor Sentinel Trident Bridge Horizon Lantern Compass")
_CODE_B += _w("Beacon Harbour Summit Glacier Meridian Thunder Harvest Orbit Prism Pioneer Vector")
GROUP = (_w("Crimson Silver Black Azure Scarlet Amber Grey Jade Violet Golden Iron Hollow"),
         _w("Heron Wolf Viper Lynx Raven Jackal Mantis Badger Kraken Owl Hydra Spider"))  # fmt: skip
PARTY = (_w("New National Democratic Popular Social United Patriotic Free Radical Rural "
            "Christian Liberal Conservative Workers' Citizens' Young Northern Southern"),
         _w("Civic Unity Progress Freedom Renewal Labour Green Liberty Reform Alliance Future "
            "Justice Dignity Homeland Solidarity Dawn Harmony Revival Truth Voice Action Path "
            "Hope Order Growth Rebirth Compass Bridge"))  # fmt: skip
PARTY_FORMS = ("the {0} {1} Party", "the {1} Movement", "the {0} {1} Front", "the {2} Bloc",
               "the {1} Union", "{1} Now", "the {0} {1} League", "the {2} List",
               "the {1} Coalition", "the {0} {1} Alliance")  # fmt: skip
COURTS = ("the {c} District Court", "the {a} Supreme Court", "the {c} Regional Court",
          "the {a} Constitutional Court", "the {c} Court of Appeal", "the {a} High Court",
          "the {c} City Court", "a court in {c}", "judges in {c}", "a tribunal in {c}",
          "magistrates in {c}", "the {c} Criminal Court", "an appeals panel in {c}")  # fmt: skip
AREA_KINDS = _w("Valley Highlands Basin Plateau Delta Hills Lowlands Steppe Peninsula Marshes")
UNIT_KINDS = (_w("Armoured|Mechanised|Mountain|Airborne|Motor Rifle|Artillery|Marine", "|"),
              _w("Brigade Division Regiment Battalion"))  # fmt: skip
INSTITUTES = ("the {L} Institute", "the {c} Centre for Strategic Studies", "{c} University",
              "the {L} Foundation", "the {c} Policy Forum", "{k} Research", "the {L} Trust",
              "the {c} School of Economics", "{k} Analytics", "the {L} Society",
              "the {c} Observatory", "the {L} Council")  # fmt: skip
MONTHS = _w("January February March April May June July August September October November December")
WEEKDAYS = _w("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
WHEN_DAY = ("on", "on", "late on", "early on", "last")
WHEN_PART = ("", "", "", " morning", " afternoon", " evening", " night")
WHEN = _w("last week|earlier this month|last month|this week|over the weekend|earlier this year|"
          "in recent days|overnight|a week ago|in the past fortnight|at the end of last month|"
          "in the early hours", "|")  # fmt: skip
# per topic: the names of the ministry or agency O of country A, and roles of the main person
# P; a story picks one of each, so that agency names do not make all stories of a topic alike
TOPICS = {
    "diplomacy": ("Foreign Ministry|Ministry of External Relations|Foreign Office|Diplomatic Service|"
                  "Protocol Department|Ministry of Foreign Affairs",
                  "{A}'s foreign minister|{A}'s deputy foreign minister|{A}'s chief negotiator"),
    "military": ("Defence Ministry|General Staff|War Office|Armed Forces Command|Border Guard|"
                 "Navy Command",
                 "{A}'s defence minister|the chief of staff of {A}'s army|{A}'s deputy defence minister"),
    "trade": ("Trade Ministry|Ministry of Commerce|Customs Service|Export Agency|"
              "Competition Authority|Chamber of Commerce",
              "{A}'s trade minister|{A}'s commerce secretary|the head of {A}'s exporters' union"),
    "energy": ("Energy Regulator|Ministry of Energy|Grid Authority|Power Commission|"
               "Nuclear Safety Board|Utilities Commission",
               "{A}'s energy minister|the head of {A}'s grid operator|{A}'s deputy energy minister"),
    "elections": ("Election Commission|Electoral Board|Central Electoral Office|"
                  "Vote Supervisory Council|Ballot Authority|Polling Inspectorate",
                  "the leader of {Y}|the campaign chief of {Y}|the candidate of {Y}"),
    "courts": ("Justice Ministry|Prosecutor General's Office|Anti-Corruption Bureau|Judicial Council|"
               "Financial Crimes Unit|Interior Ministry",
               "a former deputy finance minister of {A}|a former governor in {A}|a former customs chief of {A}"),
    "disasters": ("Emergency Service|Civil Protection Agency|Disaster Management Office|"
                  "Fire and Rescue Service|Red Crescent|Flood Control Board",
                  "the mayor of {C}|the governor of the region around {C}|{A}'s emergencies minister"),
    "space": ("Space Agency|Space Research Institute|Aerospace Directorate|"
              "Orbital Programme Office|Launch Authority|Rocket Forces Command",
              "the head of {O}|the chief designer at {O}|the flight director of {O}"),
    "cyber": ("Cyber Security Centre|Computer Emergency Team|Digital Security Agency|"
              "Office for Network Defence|Data Protection Authority|Signals Directorate",
              "the chief executive of {K}|the technology chief of {K}|the head of security at {K}"),
    "markets": ("Central Bank|National Bank|Monetary Authority|Reserve Bank|Securities Commission|"
                "Treasury",
                "{A}'s central bank governor|{A}'s finance minister|the deputy governor of {O}"),
    "health": ("Health Ministry|Public Health Institute|Disease Control Agency|Medical Board|"
               "Sanitary Inspectorate|Hospitals Authority",
               "{A}'s health minister|the chief medical officer of {A}|the head of {O}"),
    "transport": ("Transport Ministry|Railway Authority|Civil Aviation Authority|Roads Agency|"
                  "Ports Authority|Highways Department",
                  "{A}'s transport minister|the head of {O}|the chief executive of {M}"),
    "agriculture": ("Agriculture Ministry|Ministry of Agriculture|Veterinary Service|"
                    "Food Safety Agency|Farm Payments Agency|Grain Board",
                    "{A}'s agriculture minister|the head of {A}'s farmers' union|the chief vet of {A}"),
    "education": ("Education Ministry|Ministry of Education|Schools Inspectorate|Exams Board|"
                  "Higher Education Council|Teaching Council",
                  "{A}'s education minister|the rector of {C} University|the head of {A}'s teachers' union"),
    "environment": ("Environment Ministry|Environmental Protection Agency|Forestry Service|"
                    "Water Authority|Climate Council|Nature Conservancy",
                    "{A}'s environment minister|the mayor of {C}|the head of {O}"),
    "labour": ("Labour Ministry|Ministry of Labour|Labour Inspectorate|Employment Agency|"
               "Mediation Service|Social Security Fund",
               "{A}'s labour minister|the leader of {A}'s largest union|the head of {A}'s employers' federation"),
}  # fmt: skip
Q_ROLES = ("an analyst at {X}", "a senior fellow at {X}", "a former diplomat from {B}",
           "a spokesperson for {O}", "a researcher at {X}", "an economist at {X}",
           "a lawmaker from {Y}", "a professor at {D} University", "a former adviser to {PL}")  # fmt: skip


def _sections(text: str) -> dict[str, tuple[str, ...]]:
    """Blocks separated by blank lines; the first line of each block names it."""
    blocks = (b.strip().splitlines() for b in text.strip().split("\n\n"))
    return {b[0]: tuple(line.strip() for line in b[1:]) for b in blocks}


def _options(text: str) -> list[str]:
    """``a|b [c|d]|e`` -> ["a", "b [c|d]", "e"]: splits at bars outside brackets."""
    out, depth, at = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch == "[") - (ch == "]")
        if ch == "|" and not depth:
            out.append(text[at:i])
            at = i + 1
    return [*out, text[at:]]


# Grammar. A template holds slots {X} -- a story entity, a phrase pool or a fresh value from
# GEN -- and inline alternatives [a|b|c]; every use draws afresh, so one core yields thousands
# of wordings. Pools are "name: option|option|..." lines (# starts a comment line).
POOLS_TEXT = """
# shared
near: near {town}|outside {town}|close to {town}|on the outskirts of {town}|not far from {town}|in the {area}|at {place}|north of {town}|south of {town}|east of {town}|west of {town}|in the hills above {town}
people: residents|villagers|families|commuters|pensioners|farmers|shopkeepers|students|tenants|fishermen|migrant workers|retirees
grew: grew|rose|climbed|jumped|increased|swelled|surged|edged up|shot up|crept up
shrank: shrank|fell|dropped|slumped|contracted|declined|tumbled|slid|eased|plunged
reason: because of a dispute over fees|after a court challenge in {town}|because of a shortage of parts|after a contractor went bankrupt|because of protests {near}|citing safety concerns|after an audit by {firm}|because of heavy snow|citing a lack of funds|after a fire at a warehouse in {town}

# diplomacy
d_envoy: the ambassador|the envoy|the top diplomat|a special representative|the deputy foreign minister|the chief negotiator|the consul general|a presidential adviser|the cabinet secretary|the state secretary|envoy {person}|deputy minister {person}|the negotiator {person}
d_talks: talks|consultations|negotiations|discussions|contacts|dialogue|mediation|shuttle diplomacy|haggling|bargaining
d_restore: restore|revive|reinstate|renew|reactivate|resurrect|extend|implement|ratify|update
d_detainees: citizens|nationals|journalists|aid workers|fishermen|sailors|students|tourists|truck drivers|pilgrims|engineers|businessmen
d_doc: proposals|maps|texts|documents|position papers|drafts|protocols|outlines|memoranda|annexes
d_disputed: disputed border points|frontier posts|river islands|stretches of the boundary|grazing areas|water sources|contested villages|mountain passes|offshore reefs|customs posts
d_finance: a loan|a credit line|a grant|an aid package|a concessional loan|budget support|a currency swap|debt relief|an investment fund|export credits
d_access: access to|a stake in|a long lease on|priority berths at|fishing rights near|landing rights at|mining rights near|a naval facility at|a free zone in|the railway to
d_staff: diplomats|embassy staff|consular officials|military attachés|trade envoys|intelligence officers|press attachés|cultural attachés
d_meeting: a conference|a forum|a round table|a summit|a ministerial meeting|a donor meeting|a peace conference|an emergency session
d_theme: regional security|water sharing|migration|fisheries|border demarcation|refugee returns|river navigation|landmine clearance|energy transit|visa rules
d_statement: a joint statement|a communique|a memorandum|a roadmap|a declaration|a framework|a protocol|a letter of intent|a timetable|a list of principles
d_bodies: commission|committee|working group|joint panel|task force|expert group|council|mission

# military
m_deploy: deployed|massed|moved|stationed|sent|positioned|amassed|concentrated|rushed|brought up|redeployed
m_forces: troops|conscripts|paratroopers|marines|reservists|infantrymen|special forces|border guards|commandos|mountain troops|national guardsmen|riflemen
m_armour: tanks|artillery pieces|rocket launchers|armoured personnel carriers|self-propelled guns|attack helicopters|infantry fighting vehicles|mortars|howitzers|anti-aircraft guns
m_border: the border with {B}|the {B} frontier|its frontier with {B}|the boundary with {B}|the line of contact with {B}|a strip of land claimed by {B}
m_ships: warships|frigates|submarines|patrol vessels|corvettes|landing ships|minesweepers|destroyers|supply ships|gunboats
m_planes: drones|surveillance planes|reconnaissance aircraft|helicopters|fighter jets|bombers|transport planes|tanker aircraft|spy balloons|unmanned aircraft
m_site: base|airfield|depot|garrison|naval yard|training ground|missile site|barracks complex|radar station|logistics hub
m_drills: drills|firing practice|night operations|troop movements|naval patrols|amphibious landings|air defence tests|live-fire training|convoy runs|parachute jumps
m_gear: armoured vehicles|howitzers|patrol boats|radar systems|military trucks|night-vision goggles|body armour kits|field radios|anti-tank missiles|mine detectors
m_build: structures|hangars|bunkers|barracks|radar domes|fuel tanks|trenches|helipads|missile shelters|ammunition bunkers|runways|jetties
m_people: soldiers|sailors|service members|cadets|airmen|reservists|officers|recruits|crew members|engineers

# trade
t_duty: tariffs|duties|levies|surcharges|import taxes|anti-dumping duties|countervailing duties|excise charges
t_impose: imposed|introduced|slapped|levied|raised|reimposed|extended|doubled
t_flow: exports|shipments|sales|deliveries|imports|purchases|consignments|orders
t_quarter: the first quarter|the second quarter|the third quarter|the last quarter|the first half|the past year|the {few} months to {month}|{month}
t_row: dispute|row|standoff|quarrel|trade war|spat|feud|conflict
t_move: move|shift|relocate|transfer|outsource|offshore
t_work: production|manufacturing|assembly|packaging|processing|warehousing|research|sourcing
t_complaint: a complaint|a case|a challenge|a petition|a grievance|a formal protest
t_grounds: over {G}|citing unfair subsidies|over export curbs|over dumping|alleging discrimination|over customs delays|over licensing rules|over state aid
t_units: containers|truckloads|shipments|wagons|pallets|tonnes|consignments|bales|crates|barges
t_stuck: held|stuck|blocked|inspected|impounded|turned back|delayed|quarantined|rejected|seized
t_crossing: the port of {town}|the {town} crossing|{place}|the free zone at {town}|the railhead at {town}|a bonded warehouse in {town}
t_pact: deal|protocol|framework|agreement|memorandum|side letter|roadmap|trade pact
t_limits: quotas|licences|quotas and licences|inspections|export bans|price caps|minimum prices|certification rules
t_retaliate: retaliate|respond|hit back|strike back|reply in kind|take countermeasures
t_goods: imports|cars|machinery|farm goods|chemicals|clothing|electronics|spirits|medicines|toys
t_site: plant|factory|warehouse|mill|refinery|smelter|bottling plant|depot|foundry|workshop
t_jobs: cut|eliminated|shed|axed|furloughed|laid off
t_blame: because of|blaming|citing|due to|attributing the move to|in response to
t_traders: farmers|importers|retailers|manufacturers|hauliers|exporters|wholesalers|winemakers|fishermen|carmakers|exporters such as {firm}|farmers led by {person}|members of the {town} chamber of commerce
t_probe: an investigation|an inquiry|an anti-dumping probe|a safeguard review|a subsidy investigation|a market study
t_zone: a free trade zone|a customs-free area|a special economic zone|an industrial park|a logistics park|a bonded zone|an export processing zone
t_cost: freight|shipping|insurance|handling|storage|port|container|trucking

# energy
e_carry: will carry|is designed to carry|could deliver|would transport|is meant to ship|can pump|was built to move
e_green: new wind farms|solar parks|a battery plant|offshore turbines|a hydrogen plant|geothermal wells|a pumped-storage scheme|rooftop solar|biogas plants|a tidal project
e_bill: prices|bills|tariffs|rates|costs|charges
e_flow: deliveries|supplies|flows|shipments|exports|transit|volumes
e_excuse: because of a pipeline fault|over unpaid bills|for maintenance work|after a compressor failure|in a contract dispute|after a pressure drop|after suspected sabotage|because of a leak {near}
e_grid: the power grid|the transmission network|substations|the distribution network|high-voltage lines|transformer stations|the district heating system|street lighting
e_upgrade: upgrade|modernise|overhaul|renovate|replace|rebuild|digitise|bury
e_store: reserves|storage sites|stocks|tanks|inventories|caverns
e_outage: a blackout|a power cut|a grid failure|an outage|a substation fire|a cable fault|a transformer explosion|a surge
e_homes: homes|households|customers|businesses|flats|farms|schools|hospitals
e_left: left {nn} {e_homes} without power|left {nn} {e_homes} without heating|cut supplies to {nn} {e_homes}|plunged {nn} {e_homes} into darkness|affected {nn} {e_homes}|left {nn} {e_homes} without hot water
e_results: a net profit|a quarterly profit|a net loss|an operating profit|a pre-tax profit|a loss|earnings|revenue
e_source: renewable sources|wind and solar|hydropower|nuclear plants|gas turbines|biomass|geothermal wells|offshore wind
e_plant: nuclear plant|coal plant|hydroelectric dam|refinery|gas plant|oil terminal|solar park|lignite mine|wind farm|storage site
e_status: was shut down|went offline|was restarted|resumed operations|was closed|was idled|came back online|was mothballed
e_cause: after a safety inspection|after a fire|after repairs lasting {n} days|after a strike|after a leak|after a flood|after a cyber attack|after a court order
e_explore: drilling|exploration|a seismic survey|test wells|an offshore survey|prospecting
e_find: found|uncovered|confirmed|located|identified|mapped
e_fuel: fuel|petrol|diesel|heating oil|cooking gas|kerosene|bottled gas
e_fine: fined|penalised|sanctioned|censured|charged|billed
e_fault: for overcharging|over billing errors|for missing targets|for late repairs|over a data breach|for misleading adverts|for unsafe works
e_crew: engineers|crews|repair teams|technicians|linemen|divers|welders|contractors|engineers from {firm}|a crew led by {person}|technicians from {town}
e_repair: repair|fix|restore|replace|patch|reconnect
e_part: a damaged cable|a transformer|a line|a pylon|a valve|a pumping station|a gas main|a switchyard

# elections
v_results: according to preliminary results|with {pct} of ballots counted|{outlet} projected|an exit poll by {firm} suggested|{O} said|a parallel count by {X} found|state media reported|officials in {town} said
v_concede: conceded defeat|admitted defeat|congratulated the winner|refused to concede|demanded a recount|called for calm|claimed victory|alleged fraud
v_count: counted|published|tallied|verified|certified|posted online|checked|released
v_complaint: complaints|reports|allegations|grievances|appeals|petitions|objections|tip-offs
v_abuse: about irregularities|of vote buying|of ballot stuffing|of intimidation|of double voting|of missing ballots|of fake observers|of tampered seals
v_round: a runoff|a second round|a repeat vote|a by-election|a recount|a referendum|a confidence vote
v_backing: support|backing|votes|blessing|endorsement|cooperation
v_coalition: a coalition|a government|a majority|a cabinet|a governing alliance|a minority government
v_observers: observers|monitors|election experts|lawyers|envoys|volunteers|inspectors|scrutineers|observers led by {person}|monitors trained by {firm}
v_verdict: largely peaceful|orderly|marred by delays|chaotic|calm but slow|free but unfair|well organised|tense
v_chamber: parliament|assembly|legislature|senate|national council|lower house|regional council
v_crowd: people|protesters|activists|students|party members|journalists|supporters|organisers
v_demo: a protest|a rally|a march|a sit-in|a vigil|a demonstration|a motorcade|a strike
v_tax: income tax|fuel duty|value added tax|property tax|payroll tax|corporate tax|excise on bread|tolls
v_promise: build {nn} homes|raise pensions by {pct}|cut the number of ministries to {n}|hire {nn} teachers|open {n} hospitals|scrap university fees|lower the voting age|halve electricity bills|plant {nn} trees|end conscription
v_ballot: by post|abroad|early|electronically|at home|in hospital|in prison|at embassies
v_pollster: an opinion poll|a survey|a tracking poll|an online poll|a phone survey|a street poll
v_standing: its main rival|the ruling party|the party of {QL}|the liberals|the nationalists|the farmers' party|the greens|the communists
v_delay: because of a power cut|after a shortage of ballot papers|due to heavy rain|after a bomb scare|because of long queues|after a fight broke out|because of broken scanners
v_office: mayor of {C}|president|governor of the {area}|mayor of {town}|the senate seat for {town}|speaker of the {v_chamber}|chair of the {A} council
v_disq: disqualified|barred|struck off|suspended|fined|warned|investigated
v_reason: irregular signatures|undeclared assets|late paperwork|foreign funding|hate speech|dual citizenship|fake diplomas|missing deposits
v_event: a rally|a campaign event|a town hall meeting|a concert|a debate|a door-to-door tour|a football match|a factory visit

# courts
c_ruled: ruled|decided|found|held|declared|concluded
c_invalid: unconstitutional|unlawful|invalid|void|incompatible with the charter|discriminatory
c_sentence: {n} years in prison|{n} years in a labour colony|{mo} months in jail|{n} years of house arrest|a suspended term of {n} years|{n} years behind bars
c_scheme: scheme|fraud|network|racket|cartel|conspiracy|ring|operation
c_cost: cost the state|siphoned off|diverted|drained|stole|laundered
c_hearing: testimony|evidence|statements|arguments|closing speeches|expert reports
c_lawyers: defence lawyers|lawyers for {PL}|the defence team|the prosecution|the family of {PL}|counsel for the state|lawyer {person}|defence lawyer {person}
c_appeal: appeal|challenge|contest|dispute|seek to overturn|ask to review
c_ruling: verdict|ruling|sentence|judgment|decision|order
c_paid: damages|compensation|back pay|fines|restitution|costs
c_victims: former employees|customers|residents of {town}|shareholders|pensioners|patients|farmers|tenants
c_accused: officials|civil servants|police officers|customs officers|judges|tax inspectors|bankers|army officers|doctors|teachers
c_denial: politically motivated|a witch hunt|an act of revenge|a fabrication|a show trial|an attack on the opposition|absurd
c_seize: seized|froze|impounded|confiscated|blocked|attached
c_assets: assets|property|bank accounts|shares|villas|yachts|cars|land plots|gold bars|paintings
c_pass: was passed|was adopted|cleared parliament|was approved|was signed|was amended
c_raid: raided|searched|sealed|visited|inspected
c_places: offices|homes|properties|warehouses|ministries|banks|clinics|dachas
c_witness: a witness|a former aide|a bookkeeper|a driver|a bodyguard|a secretary|an accountant|a housekeeper
c_bribe: cash|envelopes of money|gifts|watches|jewellery|bags of dollars|hunting rifles|cars
c_handover: changed hands|were handed over|were delivered|were exchanged|were passed on|were left
c_venue: in {town}|at {place}|at a hotel in {C}|at a petrol station {near}|in a car park in {town}|at a restaurant in {C}
c_court: appeals court|supreme court|constitutional court|high court|court of cassation|regional court|military court
c_restrict: a travel ban|house arrest|a curfew|an asset freeze|an electronic tag|a gagging order|a reporting duty
c_groups: human rights groups|lawyers|opposition parties|journalists' unions|church groups|student unions|bar associations|charities|lawyers for {person}|activists led by {person}|a group of lawyers from {town}
c_filings: petitions|appeals|complaints|lawsuits|briefs|motions

# disasters
x_landfall: made landfall|came ashore|struck the coast|swept inland|tore through|hit
x_wind: winds of {kmh} kilometers per hour|gusts of {kmh} kilometers per hour|sustained winds of {kmh} kilometers per hour|waves of {few} meters|a storm surge of {few} meters
x_fled: displaced|left homeless|evacuated|forced from their homes|moved to shelters|cut off
x_water: flooding|floodwater|landslides|mudslides|flash floods|rising rivers|a tidal surge|hail
x_ruin: damaged|destroyed|wrecked|flattened|swept away|buried|flooded|cracked
x_units: districts|provinces|villages|valleys|municipalities|counties|islands|parishes
x_estimate: estimated|put|valued|assessed|calculated|priced
x_helpers: rescue teams|rescuers|medical teams|aid workers|firefighters|divers|sniffer dog units|field engineers|a team led by {person}|rescuers from the {town} brigade|volunteers organised by {person}
x_supplies: supplies|food|medicine|equipment|tents|blankets|water purifiers|generators|baby formula|fuel
x_utility: power|water|mobile phone service|gas|internet access|heating|rail service|bus service
x_shelter: temporary shelters|tents|schools and gyms|churches|sports halls|relatives' homes|hotels|train carriages
x_amount: reached|totalled|exceeded|topped|surpassed|hit
x_aid: emergency aid|reconstruction funds|food aid|a relief package|medical aid|loans
x_bridge: main bridge|road bridge|railway bridge|highway|footbridge|ring road|mountain road|causeway
x_collapse: collapsed|was washed away|was destroyed|gave way|caved in|was cut
x_dam: a dam|an embankment|a levee|a sea wall|a reservoir wall|a dyke
x_burst: burst|gave way|broke|overflowed|cracked|failed
x_rescuers: the army|soldiers|helicopter crews|coast guards|volunteers|police divers|mountain rescuers|fishermen|the {unit}|crews from {town}|volunteers led by {person}
x_moved: evacuated|airlifted|rescued|ferried|pulled|led
x_means: by boat|by helicopter|overnight|on tractors|by hand|in buses|on rafts|by train
x_loss_watchers: insurers|analysts at {firm}|economists|actuaries|reinsurers|the finance ministry
x_buildings: schools|hospitals|clinics|nursing homes|kindergartens|police stations|libraries|courts
x_state: remain closed|were damaged|lost power|were evacuated|were flooded|are being used as shelters
x_forecast: forecasters|meteorologists|the weather service|climate scientists|hydrologists|the flood agency|meteorologist {person}|forecaster {person}
x_threat: more rain|a second storm|further flooding|landslides|a cold snap|strong winds|river surges|heatwaves
x_fire: a fire|a wildfire|a blaze|bushfires|forest fires|grass fires
x_land: of forest|of farmland|of bush|of vineyards|of pasture|of pine plantations|of nature reserve

# space
s_liftoff: lifted off|took off|blasted off|was launched|rose|flew
s_pad: spaceport|launch site|cosmodrome|launch pad|test range|sea platform
s_payload: satellites|payloads|cubesats|spy satellites|communications satellites|weather satellites|research probes|navigation satellites
s_orbit: orbit|circle the Earth|fly|operate|be parked|drift
s_crew: orbital station|space station|lunar module|moon base|crew capsule|research outpost
s_failure: over the {area}|with the loss of its payload|in a fireball seen from {town}|during its {nth} flight|as telemetry was lost|before reaching orbit|while climbing over {town}
s_craft: lander|rover|probe|capsule|space tug|heat shield|telescope|module|cargo vehicle
s_launches: orbital launches|rocket launches|space missions|satellite launches|suborbital flights|test flights
s_sat: weather satellites|earth observation satellites|navigation satellites|radar satellites|climate satellites|mapping satellites
s_test: tested|fired|ran|throttled|certified|inspected
s_delay: because of a fuel leak|after a software fault|citing bad weather|because of a supplier problem|after a valve failure|because of a cracked tank|citing range safety|after a strike at the factory
s_scientists: astronomers|scientists|researchers|students|engineers|amateur observers|a team under {person}|students from {town}
s_found: discovered|detected|identified|catalogued|tracked|photographed
s_objects: asteroids|exoplanets|comets|gamma-ray bursts|brown dwarfs|supernovae|meteor showers|dwarf galaxies
s_instrument: space telescope|observatory|satellite|radar satellite|probe|sounding rocket
s_target: the polar ice|crop yields|ocean temperatures|the upper atmosphere|soil moisture|forest cover|glaciers|sea levels
s_contract_for: {n} launches|a new launch pad|satellite components|ground stations|rocket engines|a tracking station|fuel tanks|solar arrays
s_cargo: a cargo ship|a supply capsule|an uncrewed spacecraft|a resupply vehicle|a service module|a crew capsule
s_dock: docked with|reached|berthed at|undocked from|approached|was attached to
s_goods: supplies|fuel|experiments|food|water|spare parts|seeds|mice
s_debris: debris|a fragment|a piece|a fuel tank|a fairing|a booster

# cyber
y_claim: claimed responsibility for|said it carried out|boasted of|took credit for|was blamed for|denied involvement in
y_attack: an attack|a cyber attack|a hacking operation|a ransomware attack|a data theft|a break-in|a phishing campaign|a sabotage operation
y_outage: attack|outage|intrusion|breach|incident|hack|disruption|malware infection
y_disrupt: disrupted|interrupted|knocked out|crippled|paralysed|slowed|froze|took down
y_service: services|online banking|mobile service|payments|ticket sales|email|card payments|internet access|call centres|booking systems
y_trace: traced|tracked|linked|attributed|pinned|mapped
y_server: servers|IP addresses|computers|cloud accounts|routers|proxy nodes|domains|botnets
y_stole: stole|took|leaked|copied|exposed|dumped|sold
y_record: data on|the records of|personal details of|files on|emails of|medical histories of|salaries of|addresses of
y_victims: users|customers|patients|employees|voters|students|pensioners|subscribers|taxpayers|travellers
y_incl: including passport numbers|including bank details|including home addresses|including phone numbers|including tax records|including health data|including passwords
y_penalty: fines|penalties|lawsuits|claims|sanctions|compensation claims
y_targets: hospitals|schools|municipal offices|factories|pharmacies|ports|courts|power plants|water works|tax offices
y_back: backing|sponsoring|sheltering|funding|training|directing|tolerating|harbouring
y_crypto: cryptocurrency|bitcoin|digital currency|untraceable coins|gold|cash
y_goal: to restore access|to unlock the files|within {n} days|to delete the stolen data|or the data would be published|to stop the attack
y_restored: systems|services|network|servers|databases|websites|branches|terminals
y_warn: security warnings|alerts|advisories|bulletins|emergency patches|guidance notes
y_warned: banks and utilities|hospitals|local councils|water companies|airlines|universities|ministries|broadcasters|{K}|the {town} council|hospitals run by {firm}
y_flaws: software flaws|unpatched servers|stolen passwords|fake invoices|infected USB sticks|a rogue insider|a compromised supplier|weak encryption
y_leak: a leak|a trove|a cache|a dump|a batch|an archive
y_docs: emails|documents|files|contracts|chat logs|spreadsheets|memos|recordings
y_forum: on a forum|online|on a messaging channel|on a leak site|on social media|on the dark web
y_law: report breaches within {n} hours|store data in {A}|appoint security officers|encrypt customer data|test their defences yearly|pay for audits|register with {O}
y_site: website|online portal|app|payment system|booking site|e-government portal
y_ddos: a denial-of-service attack|a flood of traffic|a cyber attack|a botnet attack|a technical fault|a wave of bogus requests

# markets
k_gain: rose|climbed|gained|advanced|added|rallied|jumped|firmed
k_warning: cut its profit forecast|reported weak sales|warned on margins|delayed its results|lost a big contract|replaced its chief executive|disclosed a tax probe|missed earnings estimates|suspended its dividend
k_weak: weakened|slipped|lost|eased|fell|tumbled|sank|dipped
k_foreign: dollar|euro|yen|pound|Swiss franc|yuan|gold|rupee
k_rate: key interest rate|benchmark rate|policy rate|deposit rate|refinancing rate|overnight rate|lending rate
k_rate_move: raised|lifted|cut|lowered|held|hiked|kept
k_inflation: inflation|food inflation|core inflation|price growth|producer prices|rent inflation|fuel inflation
k_peak: the highest in {n} years|the lowest in {n} years|above forecasts|below forecasts|the {nth} monthly rise|a {n}-year high|well above target
k_investors: foreign investors|pension funds|hedge funds|local banks|insurers|retail investors|asset managers|sovereign funds|funds run by {person}|clients of {firm}|investors advised by {firm}
k_pull: pulled|withdrew|moved|took|shifted|redeemed
k_assets: bonds|government debt|stocks|money market funds|corporate bonds|property funds|treasury bills|shares
k_volume: contracts|shares|trades|lots|orders|options
k_buyback: buy back shares|pay a special dividend|repay debt|return cash to shareholders|retire bonds|cancel shares
k_growth: grew|expanded|shrank|contracted|rebounded by|slowed to|picked up by|slipped
k_verdict: ahead of forecasts|below forecasts|according to {O}|the fastest pace since {year}|the slowest since {year}|driven by exports|helped by tourism|dragged down by farming
k_jobless: unemployment|youth unemployment|the jobless rate|joblessness|long-term unemployment|underemployment
k_jobless_move: fell|dropped|eased|rose|climbed|edged up|held
k_value: lost|shed|wiped off|gained|added|erased
k_deal: agreed to buy|will acquire|made an offer for|bid for|merged with|took over|sold its stake in|walked away from
k_housing: house prices|rents|mortgage rates|office rents|land prices|flat prices|shop rents|hotel rates
k_issue: sold|issued|placed|auctioned|priced|offered
k_paper: bonds|treasury bills|ten-year debt|euro bonds|inflation-linked bonds|savings certificates|green bonds|sukuk
k_yield: a yield|an average yield|a rate|a coupon|a premium|a spread
k_rating: BB|BBB|A minus|B plus|CCC|AA|BBB minus|B minus
k_rating_move: cut|raised|kept|affirmed|lowered|upgraded|downgraded|put on watch
k_output: retail sales|industrial output|factory orders|car sales|exports|construction output|tourist arrivals|steel output|credit growth|home sales
k_compare: from a year earlier|compared with {month}|month on month|year on year|after seasonal adjustment|in real terms
k_figure: revenue|sales|earnings|operating profit|net income|turnover|bookings|orders

# health
h_reporters: health officials|doctors|the health ministry of {A}|hospital staff|district medics|regional authorities|epidemiologists|the public health lab|doctors at the {town} hospital|{person} of {O}|medics in {town}
h_record: confirmed|recorded|reported|registered|logged|detected
h_killed: killed|claimed the lives of|caused the deaths of|been blamed for the deaths of|been linked to the deaths of
h_source: hospital records|figures from {O}|local doctors|{outlet}|a tally by {X}|death certificates|regional health boards
h_doses: doses of a vaccine against|courses of a treatment for|doses of antiviral drugs for|test kits for|vials of serum for|packs of tablets for
h_wards: hospitals|clinics|intensive care units|children's wards|maternity wards|emergency rooms|field hospitals|isolation wards
h_capacity: running at|operating at|filled to|stretched to|working at|close to
h_spend: new hospitals|medical equipment|training {nn} nurses|a vaccination campaign|ambulances|mental health care|rural clinics|cancer screening|drug subsidies|doctors' pay
h_border: closed|shut|tightened checks at|set up screening at|posted medics at|restricted traffic at
h_contain: to contain|to slow|after an outbreak of|to keep out|amid a rise in|to track
h_venues: schools|markets|mines|factories|prisons|barracks|care homes|ferries|hotels|mosques
h_sick: children|traders|workers|inmates|soldiers|residents|guests|pupils
h_ill: fell ill|tested positive|were infected|were hospitalised|showed symptoms|died
h_staff: nurses|doctors|paramedics|junior doctors|midwives|pharmacists|porters|cleaners
h_strike: went on strike|walked out|stopped work|staged a sit-in|resigned en masse|held a rally
h_demand: over pay|for {n} days|demanding a {pct} raise|over staff shortages|over unpaid overtime|over night shifts|against privatisation
h_queue: waiting list|backlog|queue|wait|delay
h_procedure: operations|surgery|specialist appointments|scans|hip replacements|dental care|cataract surgery|cancer treatment
h_lab: a laboratory|researchers|virologists|a university team|scientists|a reference lab|a team under {person}|the reference lab in {town}
h_sequence: sequenced|identified|isolated|described|cultured|characterised
h_strain: a new strain|a variant|the virus|a mutation|a resistant strain|the pathogen
h_product: a painkiller|a cough syrup|infant formula|eye drops|insulin pens|blood pressure pills|hand gel|vitamins|antibiotics|teething gel
h_recall: recalled|withdrew|pulled|suspended sales of|destroyed|quarantined
h_containers: packs|batches|bottles|boxes|vials|tubes|cartons|lots
h_why: after complaints from {n} families|after tests found contamination|after {n} children fell ill|after a labelling error|after an inspection at its plant in {town}|after a warning from {O}
h_gift: doctors|field hospitals|tonnes of medical supplies|ventilators|ambulances|oxygen concentrators|vaccines|surgeons|water tanks|mobile clinics
h_regulator: drug regulator|medicines agency|health inspectorate|ethics board|vaccine committee|pharmacy board
h_approved: approved|licensed|cleared|rejected|suspended|fast-tracked
h_treatment: treatment|vaccine|test|drug|nasal spray|antibody therapy|pill
h_share: a quarter|a third|half|{pct}|two thirds|one in {few}
h_group: adults|children|pensioners|teenagers|pregnant women|rural families|factory workers|nurses
h_fact: are not vaccinated|lack health insurance|live more than {km} from a hospital|smoke daily|are overweight|skip meals|cannot afford medicines|have never seen a dentist
h_lockdown: a curfew|a lockdown|a quarantine|a travel ban|a mask mandate|a ban on gatherings|school closures

# transport
r_train: a passenger train|a freight train|a commuter train|a night train|a tram|an express train|a goods train|a sleeper train
r_accident: derailed|collided with a lorry|came off the tracks|hit a landslide|caught fire|crashed into a bus|overran the buffers|struck a tractor
r_toll: in an accident that injured {n} people|in a crash that killed {n} people|in a collision that closed the line for {n} hours|with {nn} passengers on board|with a cargo of {G} on board|at low speed
r_late: is|has fallen|is running|remains|is now|was reported to be
r_why: and over budget by {money}|because of land disputes|after a contractor went bankrupt|because of tunnelling problems|after protests {near}|because of unpaid suppliers|after archaeological finds|because of flooding
r_cancel: cancelled|scrapped|suspended|grounded|halved|rerouted
r_cause: because of a strike by pilots|citing a fuel shortage|after bad weather|citing airspace restrictions|because of a volcanic ash cloud|citing weak demand|after a runway closure|because of an engine recall
r_project: a metro line|a ring road|a high-speed line|a new airport|a tram network|a bypass|a cargo terminal|a cable car|a bus depot|a cycle network
r_metric: traffic|ticket sales|passenger numbers|freight volumes|revenue|journeys|delays|complaints
r_drivers: bus|tram|metro|train|lorry|taxi|ferry|delivery
r_walkout: went on strike|walked out|stopped work|held a go-slow|blocked depots|staged a protest
r_why_strike: over pay|demanding a {pct} raise|over safety|over night shifts|over attacks on staff|against automation|over pensions|over new rosters
r_planes: aircraft|planes|jets|turboprops|regional jets|freighters|helicopters|wide-body jets
r_hub: port|airport|rail terminal|container terminal|bus station|ferry terminal|dry port
r_handled: handled|processed|served|moved|received|dispatched
r_traffic: passengers|containers|tonnes of cargo|vehicles|travellers|cruise visitors|lorries
r_fares: fares|ticket prices|tolls|season tickets|parking fees|freight charges
r_vessel: a ferry|a cargo ship|a tanker|a fishing boat|a cruise ship|a barge|a dredger|a yacht
r_mishap: ran aground|caught fire|lost power|capsized|collided with a tug|began taking on water|broke its moorings|drifted onto rocks
r_link: bridge|tunnel|ferry link|rail link|power cable|motorway|canal|causeway
r_investigators: investigators|the accident board|safety inspectors|a parliamentary panel|insurance assessors|prosecutors|investigators led by {person}|inspector {person}|a panel chaired by {person}
r_crash: crash|derailment|collision|fire|blackout|sinking
r_fault: a signalling fault|driver error|worn rails|a faulty brake|fatigue|a software bug|poor maintenance|a cracked axle
r_vehicles: cars|lorries|vehicles|buses|tankers|coaches|vans|tractors
r_queue: stuck|backed up|queued|stranded|held|turned back
r_road: the motorway|the highway|a road|the coastal road|the mountain pass|the ring road|the bypass|the tunnel
r_road_state: was closed|reopened|was blocked|was resurfaced|was widened|was flooded
r_ban: ban|phase out|tax|restrict|charge|limit
r_cars: diesel cars|petrol cars|older lorries|motorbikes|tourist coaches|private jets|heavy trucks|studded tyres

# generic
g_rounds: rounds of talks|rounds of consultations|rounds of negotiations|meetings|video conferences|expert sessions|working lunches|closed sessions
g_topic: the issue|the dispute|the matter|the crisis|the affair|the standoff|the question|the case
g_strained: strained|tense|frosty|difficult|uneasy|cool|fraught|volatile
g_leaders: regional leaders|foreign ministers|heads of government|finance ministers|security chiefs|mayors|party leaders|central bankers
g_gathering: a meeting|a gathering|a summit|a conference|an assembly|a forum|a congress
g_poll: a recent poll|a new poll|a {month} poll|a survey by {firm}|a poll for {outlet}|a study by {X}
g_found: found|showed|suggests|indicates|shows
g_approve: support|back|approve of|oppose|reject|distrust|doubt
g_approach: approach|handling of the crisis|policy|response|strategy|plans|budget|reforms
g_pop: most of whom live|half of whom are concentrated|a third of whom work|many of whom have settled|a quarter of whom are employed|most of whom farm
g_figures: figures|data|numbers|estimates|statistics|projections
g_comment: comment on|dispute|confirm|question|explain|respond to
g_contacts: officials|delegates|counterparts|business leaders|bankers|clergy|lawmakers|activists|envoy {person}|trade officials led by {person}|businessman {person}
g_report: report|study|findings|audit|review|assessment
g_similar: dispute|crisis|episode|standoff|shutdown|scandal|emergency
g_worsen: worsen|deteriorate|spiral out of control|escalate|become critical|turn violent
g_crowds: protesters|demonstrators|hundreds of people|crowds|students|veterans|farmers|taxi drivers|supporters of {person}|workers from {K}|residents of {town}
g_inquiry: an independent inquiry|an international investigation|an impartial review|a public inquiry|an audit|a fact-finding mission
g_opposition: the opposition|opposition lawmakers|the main opposition party|independent deputies|the minority parties
g_debate: a debate|a vote|a hearing|a special session|an explanation|a statement|a no-confidence vote
g_spent: spent|borrowed|allocated|committed|disbursed|paid out
g_budget: response|recovery|programme|relief effort|reconstruction|compensation scheme
g_job: a shopkeeper|a teacher|a taxi driver|a retired engineer|a farmer|a nurse|a student|a baker|a bus driver|a pharmacist|a mechanic|a fisherman
g_cost: prices|rents|wait times|bills|fares|fees
g_rise: doubled|risen sharply|gone up|tripled|soared|crept up
g_official: mayor|governor|council|district chief|regional assembly|prefect
g_appeal: asked|appealed to|urged|petitioned|pressed|lobbied
g_funds: emergency funding of {money}|an extra {money}|{money} for repairs|{money} in grants|a loan of {money}|{money} to hire staff
g_resign: had resigned|were under investigation|had been dismissed|had been suspended|were questioned by police|had left the country
g_who: {n} officials|several deputy ministers|senior advisers|{few} regional governors|two judges|the head of {O}|a presidential aide
g_review: will examine|opened an inquiry into|is reviewing|has questioned|demanded details of|voted to audit
g_spending: the spending of {money}|contracts worth {money}|{n} contracts|loans worth {money}|payments of {money}|{n} tenders
g_stat: national statistics office|census bureau|audit office|planning commission|social insurance fund|labour inspectorate
g_affected: households|families|small businesses|farms|pensioners|young people|workers
g_impact: were affected|faced higher costs|cut spending|fell behind on bills|lost income|borrowed money|moved away
g_deputies: lawmakers|deputies|members of parliament|senators|councillors|mayors|governors
g_letter: a letter|a motion|a petition|an open letter|an appeal|a resolution
g_urge: urging|asking|calling on|demanding|pressing
g_act: act|intervene|reconsider|apologise|resign|publish the contract|hold a referendum|explain itself
g_party_voice: the leader|the head|a spokesperson|the youth wing|a founder|the deputy leader
g_called: called|described
g_decision: decision|plan|response|move|appointment|deal
g_verdict: a mistake|reckless|long overdue|a betrayal|a disaster|cynical|a good start|illegal
g_risk: are at risk|could be affected|depend on the outcome|could be lost|are in doubt|could be created
g_atrisk: {nn} jobs|{money} in investment|{nn} households|{n} factories|{nn} hectares of farmland|{n} schools
g_marchers: students|workers|pensioners|farmers|nurses|miners|teachers|lorry drivers
g_marched: marched|rallied|protested|demonstrated|gathered|camped
g_cause: over {issue}|against rising prices|in support of {Y}|against corruption|for higher wages|against the new law|in memory of {person}
g_business: sales|business|visitor numbers|bookings|takings|footfall|orders
g_doc: a letter|an internal memo|a recording|minutes of a meeting|emails|a draft decree
g_people: officials|advisers|ministers|managers|civil servants|diplomats
g_discussed: discussed|debated|weighed|planned|rejected|opposed
g_body: cabinet|prime minister|security council|president|government|ruling coalition
g_met: met|held an emergency meeting|convened|gathered|held a video call
g_bloc: a regional bloc|a group of {n} neighbouring states|donor countries|the development bank|church leaders|{land}|envoys from {land}|the president of {land}
g_demand: show restraint|return to talks|resolve the dispute|release the detainees|open the border|respect the ruling|halt the work
g_observers: diplomats|observers|foreign correspondents|analysts|businessmen|aid workers|visitors from {land}|correspondents for {outlet}
g_mood: mood|atmosphere|talks|situation|tone|meeting
g_adjective: tense|cautious|constructive|businesslike|gloomy|chaotic|cordial|strained
g_treasury: finance ministry|treasury|budget office|cabinet|development fund|state investment agency
g_reserve: set aside|earmarked|reserved|borrowed|found|released
g_purpose: the costs|compensation|emergency measures|repairs|subsidies|wage rises|debt payments
g_media: television pictures|video footage|photographs|drone images|mobile phone videos|satellite pictures
g_showed: showed|appeared to show|captured|revealed
g_scene: long queues|damaged buildings|crowds|empty shelves|burnt cars|abandoned shops|flooded streets|police lines

# agriculture
a_crop: wheat|maize|barley|rice|potatoes|sugar beet|sunflowers|grapes|olives|cotton|soybeans|apples
a_harm: drought|frost|locusts|hail|floods|a fungal blight|a heatwave|late rains|a pest outbreak|wildfires
a_farmers: farmers|growers|herders|smallholders|dairy farmers|fruit growers|cattle ranchers|beekeepers
a_yield: harvest|yield|output|crop|production|exports
a_herd: cattle|sheep|pigs|poultry|goats|dairy cows|horses|camels
a_disease: foot-and-mouth disease|bird flu|swine fever|anthrax|bluetongue|a tick-borne fever
a_aid: subsidies|compensation|cheap loans|seed grants|fuel vouchers|tax relief|crop insurance payouts
a_protest: blocked roads|drove tractors|dumped manure|marched|set up roadblocks|occupied a ministry
# education
u_schools: schools|universities|colleges|kindergartens|vocational schools|secondary schools|primary schools|academies
u_teachers: teachers|lecturers|professors|school staff|tutors|head teachers|university staff|classroom assistants
u_students: students|pupils|graduates|undergraduates|school leavers|trainee teachers|foreign students|apprentices
u_exam: exam|entrance test|final exam|national test|maths paper|language test|school-leaving exam
u_fees: tuition fees|school meals|textbooks|uniforms|school buses|dormitory fees|laptops
u_reform: curriculum reform|a new grading system|a longer school day|a four-day week|compulsory language lessons|a ban on phones
# environment
n_pollution: smog|air pollution|river pollution|an oil spill|toxic waste|sewage spills|plastic waste|chemical leaks
n_nature: forest|wetland|coastline|river delta|national park|mountain reserve|coral reef|peat bog
n_species: wolves|bears|storks|sea turtles|lynx|salmon|eagles|bison|seals|bees
n_emit: emissions|carbon output|methane releases|sulphur emissions|soot levels|nitrogen discharges
n_target: cut emissions by {pct}|plant {nn} trees|close {few} coal mines|ban single-use plastics|protect {pct} of its land|clean up {n} rivers
n_activists: activists|campaigners|scientists|residents|fishermen|students|environmental groups|hunters|activists led by {person}|campaigners from {town}
# labour
l_workers: workers|miners|dockers|nurses|teachers|bus drivers|factory staff|civil servants|steelworkers|postal workers|cleaners|call centre staff
l_union: the {town} workers' union|the miners' union|a dockers' union|the transport union|the public sector union|a farmworkers' union
l_walkout: went on strike|walked out|held a stoppage|staged a sit-in|began a go-slow|blocked the gates
l_demand: a {pct} pay rise|shorter shifts|safer conditions|back pay|the rehiring of {n} colleagues|pension guarantees|an end to night shifts
l_jobs: jobs|positions|roles|posts|contracts|shifts
l_wage: minimum wage|average wage|public sector pay|pensions|overtime rates|starting salaries
"""
# Cores are lower-case clauses, by topic; a sentence is a core, often wrapped in an attribution.
CORES = _sections("""
diplomacy
{P} met {d_envoy} of {B} in {C} {when} [for talks lasting {n} hours|for {n} hours of closed-door talks|over a working dinner|at a government guesthouse|at a hunting lodge {near}|on the margins of a forum in {town}]
{A} and {B} [agreed|pledged|committed themselves|promised|resolved|undertook] {when} to {d_restore} {T} after {mo} months of {d_talks}
the governments of {A} and {B} {rep}[exchanged|traded|swapped|handed over|circulated|compared] draft {d_doc} on {n} {d_disputed}
{A} [recalled|withdrew|pulled|summoned home] its [ambassador|envoy|chargé d'affaires|top diplomat|consul] from {B} {when} [after a dispute over|in a row over|following the arrest of|over the treatment of|after the conviction of|citing the detention of] {n} {d_detainees}
{A} {modal} [expel|order out|send home|declare unwelcome] {n} {d_staff} from {B} [if the talks fail|unless the detainees are freed|should negotiations collapse|if the consulate in {town} stays shut|in a tit-for-tat move|before the end of {month}]
{B} has [not responded|yet to respond|given no answer|not replied|offered no reply] to [a proposal|a request|an offer|a plan|an invitation|a letter] from {A} to [reopen|jointly patrol|modernise|demine|jointly manage|fence] {n} {d_disputed} {near}
{T} would [cut|scrap|eliminate|lower|halve|freeze] [tariffs|duties|levies|fees|charges|quotas] on {pct} of [goods traded|cross-border trade|farm produce traded|industrial goods shipped|fuel shipped|livestock sold] between {A} and {B}
[a summit|a meeting|a state visit|a first encounter|a signing ceremony] [between|of] the [leaders|presidents|prime ministers|heads of state] of {A} and {B} is [planned|scheduled|pencilled in|being prepared|tentatively set|due] [in {C}|at {place}|at a lakeside resort {near}|aboard a ship off {town}] for {month} {fyear}
{B} [released|freed|handed back|pardoned|deported|repatriated|let go|sent home] {n} detained {d_detainees} {when} [as a goodwill gesture toward {A}|in a gesture to {A}|ahead of talks with {A}|at the request of {A}|after mediation by {land}|in a swap with {A}]
[the foreign ministers|the leaders|the prime ministers|the chief negotiators|the envoys|the deputy foreign ministers] of {A} and {B} [spoke by phone|held a video call|exchanged letters|met briefly in {town}|talked for {n} minutes|held a tense call] {when}, according to [readouts from both sides|{outlet}|officials in {C}|a statement from {O}|diplomats in {town}]
[{A}|the government of {A}|{PL}] [offered|proposed|promised|dangled] {B} {d_finance} of {money} [in exchange for|in return for|tied to|conditional on] {d_access} [the port of {town}|the harbour at {town}|the airport in {town}|the {town} rail yards|the mines of the {area}]
{A} [appointed|named|nominated|chose|picked] {person} as its [new ambassador|envoy|special representative|chief negotiator|consul general|first resident envoy] to {B} [after a vacancy of {mo} months|{when}|ahead of the summit|despite objections from {land}]
the embassy of {B} in {C} [suspended|halted|scaled back|paused|restricted|closed] [visa services|consular services|visa processing|passport renewals|trade missions|cultural programmes] [for {n} days|until further notice|citing staff shortages|after a protest outside its gates|after a bomb threat|citing a power cut]
[a delegation|a group|a party|a mission] of {n} [lawmakers|parliamentarians|business leaders|regional governors|mayors|trade unionists|academics|church leaders] from {A} [will visit|is due in|arrived in|toured|flew to] {B} [{when}|next month|in {month}] [to discuss {G}|to prepare the summit|for a {few}-day visit|at the invitation of {person}]
{A} [hosted|convened|chaired|organised|sponsored] {d_meeting} on {d_theme} [attended by delegates from {n} countries|with {n} foreign ministers|at {place}|in {town}] {when}
{B} [summoned|called in|reprimanded|rebuked] the [ambassador|deputy ambassador|chargé d'affaires|military attaché|consul] of {A} over [comments by {PL}|a map published by {O}|the detention of {person}|remarks made in {C}|a flag incident in {town}|a school textbook]
negotiators from {A} and {B} [drafted|finalised|initialled|agreed on|rejected|amended] {d_statement} [of {n} points|running to {n} pages|covering {n} areas|with {n} annexes]
the [border|boundary|frontier|maritime|water] {d_bodies} [set up|created|founded|launched] by {A} and {B} in {year} has met {n} times [without a breakthrough|and settled {few} cases|but made little progress|and agreed on {few} points|amid mutual recriminations]
{A} [granted|offered|denied|revoked] [asylum|residence permits|safe passage|refugee status] to {n} [dissidents|defectors|activists|journalists|officers] from {B} [who fled to {town}|held at {place}|after a plea by {person}|{when}]
[envoys|mediators|negotiators] from {land} [shuttled|travelled] between {C} and [the capital of {B}|{town}] {when} [carrying|bearing|with] [a ceasefire text|a prisoner list|a draft accord|messages from {PL}]
[the parliament|lawmakers|the senate|the upper house] of {B} [ratified|rejected|shelved|postponed a vote on] {T} [by {n} votes to {n}|after a stormy debate|{when}|despite lobbying by {person}]
{A} [reopened|closed|suspended|upgraded] its [consulate|trade office|liaison office|honorary consulate|cultural centre] in {town} [after {mo} months|{when}|at a ceremony attended by {person}|citing security threats]
[a prisoner exchange|a swap of detainees|a handover of remains|a repatriation flight] between {A} and {B} [took place|was completed|was postponed|collapsed] [at {place}|at the {town} crossing|on a bridge near {town}|{when}] [involving {n} people|under the eye of {land}|after talks in {town}]
{B} [imposed|lifted|extended|tightened] [sanctions|visa bans|asset freezes|travel curbs] on {n} [officials|companies|oligarchs|military officers] from {A} [including {person}|such as {firm}|{when}|over events in {town}]

military
{A} {m_deploy} {nn} {m_forces} [and|backed by|with|along with|supported by] {n} {m_armour} [near|close to|along|within {km} of|just inside] {m_border} {when}
exercise {E} [involves|brings together|mobilises|will involve|has drawn] {nn} {m_people} and {n} {m_ships} [off the coast of {C}|{near}|around the island of {town}|in the waters off {town}]
the {m_drills} [are taking place|are being held|are under way|began|resumed] [about|roughly|some|barely|less than] {km} from {m_border}
{B} accused {A} of [flying|sending|launching|operating] {n} {m_planes} over [its territory|the town of {town}|its coastal waters|the {area}|a power station {near}] {when}
{O} {rep}[plans|proposes|wants|hopes|is seeking] to raise [military spending|the defence budget|arms procurement|the pay of soldiers|spending on ammunition|the number of recruits] by {pct} [next year|by {fyear}|over {few} years|from {month}][|, {outlet} reported|, according to a draft seen by {outlet}|, despite objections from {Y}]
{A} did not [notify|inform|warn|consult|tell|brief] {B} of exercise {E} [in advance|beforehand|ahead of time], [in breach of|in violation of|contrary to|in defiance of|despite] a {year} [agreement|protocol|confidence-building accord|hotline arrangement|memorandum]
a [patrol boat|coast guard vessel|fishing trawler|supply ship|survey ship|tugboat|research vessel] from {B} was [damaged|rammed|fired upon|seized|boarded|shadowed|blocked] in [an incident|a clash|a confrontation|a stand-off|a collision] {km} [south|north|east|west|offshore] of {town}
[satellite images|aerial photos|drone pictures|commercial satellite pictures|radar images] [show|published by {firm} show|appear to show|taken in {month} show|reviewed by {outlet} show] [at least|some|as many as|about] {n} [new|recently built|freshly dug|expanded] {m_build} at the {m_site} {near}
{K} [won|secured|was awarded|landed|lost] a {money} [contract|order|tender|deal] to [supply|deliver|build|refurbish|upgrade|maintain] {n} {m_gear} [to|for] {O}
{B} put {n} [air defence|coastal defence|missile|radar|anti-drone] [units|batteries|regiments|crews] on [high alert|standby|combat readiness|full alert] {when} [after reports of|following a sighting of|amid reports of|in response to] [unidentified aircraft|missile launches|drones|a rocket test|unusual radar signals] {near}
exercise {E} is [scheduled|expected|due|planned|set] to [last|run for|continue for|go on for] {n} days and [end|conclude|culminate|wind down|finish] [near {C}|with a parade in {C}|at {place}|with a mock landing at {town}]
{nn} {m_people} in {A} have been [called up|summoned|ordered to report|mobilised|recalled] [for training|for service|to their units|to the {area}|to bases {near}] [{when}|by {month}|within {n} days]
the {unit} of {A} [moved|relocated|was redeployed|shifted|was transferred|advanced] [to|towards] {place} [{when}|overnight|in {n} convoys|by rail|by night]
{A} [tested|test-fired|launched|fired] a [short-range|medium-range|cruise|anti-ship|hypersonic|ballistic] [missile|rocket|drone|glide vehicle|torpedo] from {place} {when} that [flew|travelled|covered|crossed] {km} before [falling|landing|splashing down] [into the sea|in a test zone|off {town}]
[military sources|officials|medics|a hospital|a commander] [in {B}|in {town}|at {place}] said {n} [soldiers|guards|troops|border police|militiamen|volunteers] were [wounded|killed|injured|captured|missing] in [an exchange of fire|a clash|a skirmish|an ambush|a mine blast|a shelling attack] {near}
{A} signed a [defence pact|mutual defence deal|security accord|basing agreement|military cooperation plan|training agreement] with {land} [that allows|allowing|permitting] [the stationing of {n} {m_ships}|port calls by {n} {m_ships}|overflights by {n} {m_planes}|rotations of {nn} {m_forces}|joint patrols by {n} {m_ships}]
{O} [ordered|purchased|bought|leased|received|commissioned] {n} {m_planes} from {firm} [worth|for|in a deal worth|at a cost of] {money}
[work began|construction started|building work resumed|work was halted|construction was completed] {when} on [a new runway|new barracks|fuel depots|an ammunition store|a hospital wing|a sea wall|a helicopter pad|a radar mast] at the {m_site} in {town}, [at a cost of|costing|due to cost|budgeted at] {money}
a [drone|missile|shell|rocket] [struck|hit|landed near|destroyed] [a fuel depot|an ammunition dump|a radar post|a bridge|a barracks|a rail junction] {near} {when}, [the {unit} said|local officials in {town} said|{outlet} reported|according to {O}]
{A} [unveiled|displayed|paraded|showed off] {n} new [tanks|drones|missile launchers|armoured cars|helicopters] [at a parade in {C}|at an arms fair in {town}|at {place}|{when}] [built by {K}|made by {firm}|bought from {land}]
{nn} [residents|villagers|farmers|families] were [evacuated|moved|relocated|cleared] from [a firing range|a border strip|the {area}|villages {near}] [before|ahead of|during] exercise {E}
[deserters|prisoners of war|captured pilots|missing soldiers] from {B} [were handed over|were seen|were paraded|were interviewed] [in {town}|on {outlet}|at {place}|{when}] [according to {person}|in a video published by {O}|under a deal with {land}]
the [navy|coast guard|air force|marine corps] of {A} [intercepted|escorted|shadowed|turned back] {n} {m_ships} from {B} [off {town}|in the {area}|near the island of {town}] {when}
{O} [dismissed|promoted|reshuffled|suspended] {n} [generals|commanders|colonels|senior officers] [including {person}|after losses {near}|over a scandal at {K}|{when}]

trade
{A} {t_impose} {t_duty} of {pct} on {G} [imported|shipped|arriving|bought|sourced] from {B} {when}
{t_flow} of {G} from {A} to {B} {shrank} by {pct} in {t_quarter}, [customs data show|according to {O}|the lowest since {year}|{outlet} reported|figures released {when} show]
the {t_row} between {A} and {B} [affects|threatens|covers|puts at risk|hangs over|disrupts] [trade|commerce|business|shipments] [worth|valued at] about {money} a year
{K} {modal} {t_move} {t_work} of {G} [out of {A}|to {land}|to a {t_site} in {town}|abroad] if the {t_duty} [remain|stay|are not lifted|are raised again|take effect]
{B} [filed|lodged|brought|submitted|launched] {t_complaint} against {A} [with the World Trade Organization|at a regional trade court|before an arbitration panel in {town}|at the customs union tribunal] {when} {t_grounds}
customs [data|figures|records|logs|manifests] show {nn} {t_units} of {G} were {t_stuck} at {t_crossing} [last month|{when}|in {month}]
{A} and {B} signed a {t_pact} {when} to [remove|phase out|scrap|ease|relax|simplify] {t_limits} on {G} by {fyear}
{B} {modal} {t_retaliate} with {t_duty} of {pct} on {t_goods} from {A}
the trade [surplus|deficit|imbalance|gap] of {A} with {B} [widened|grew|swelled|narrowed|shrank|reached] to {money} last year, [customs figures show|data from {O} show|a record|the highest since {year}|{outlet} reported]
{K} {t_jobs} {nn} [jobs|workers|staff|positions] at its {t_site} in {town} {t_blame} the {t_row}
[prices|retail prices|wholesale prices|spot prices|import prices|shelf prices] of {G} [in {A}|in {town}|at markets in {C}|in the {area}] {grew} {pct} after the {t_duty} [took effect|were introduced|came into force|were announced|were doubled]
{A} [launched|opened|began|started|widened] {t_probe} into {G} from {B} [that could last|expected to take|lasting|of up to] {mo} months
{t_traders} in {A} [warned|say|complain|estimate|told {outlet}] that [rules|delays|checks|paperwork|queues|new inspections] at the border with {B} [cost them|have cost them|add] {money} [a month|a year|so far|each season]
{t_zone} [of {n} square kilometers|of {n} hectares|for {n} firms|worth {money}|run by {firm}] [will open|is being built|opened|was inaugurated|was approved] [{near}|outside {C}|on the coast of {A}|beside the port of {town}] [in {fyear}|next year|{when}]
{A} [banned|restricted|suspended|halted|capped|froze] {t_flow} of {G} [to {B}|abroad|to {land}] [for {n} days|until {month}|indefinitely|for the season] [because of|over|amid|after] [shortages|domestic demand|quality concerns|a bad harvest|price rises|a disease outbreak|protests by {people}]
{K} and {firm} [agreed|signed a deal|reached an accord|struck a deal] to [ship|deliver|supply|sell|export] {nn} {t_units} of {G} to {B} [over {few} years|by {fyear}|this year|each month]
{t_cost} [costs|rates|fees|premiums|charges] on the route between {C} and {town} {grew} [by {pct}|{when}|since the {t_row} began|to {cash} a container]
[a convoy|a column|a queue] of {nn} [lorries|trucks|tankers|wagons] [carrying|loaded with] {G} [waited|was held|sat idle|backed up] [at the {town} crossing|outside {town}|at {place}] [for {n} days|{when}|during a dispute over {t_limits}]
{A} [named|appointed|sent] {person} as [its chief trade negotiator|special trade envoy|head of customs|trade attaché] [in {B}|to {land}|for talks in {town}] {when}
{K} [won|lost|signed|renewed] a {money} [order|contract|tender] to [supply|ship|process|package] {G} [for|to] [buyers in {land}|{firm}|a state agency in {B}|supermarkets in {C}]
[smugglers|traders|middlemen|gangs] [moved|sneaked|trucked|shipped] {nn} [tonnes|sacks|crates|truckloads|bags] of {G} [across|over|through] [the border|the frontier|the river|the mountains] [near {town}|via {place}|at night|{when}] to [avoid|dodge|escape] the {t_duty}, [customs officers in {town} said|{outlet} reported|according to {O}]
the [price|cost|value] of [a tonne|a container|a crate|a kilo] of {G} [in {C}|at the {town} market|on the {town} exchange|in {B}] [reached|fell to|rose to|climbed to] {cash} {when}
a [delegation|group|mission|caravan] of {n} [exporters|business owners|farmers|importers] from {A} [toured|visited|went to] [a trade fair in {town}|{B}|the {town} free zone|ports in {land}] {when} [seeking|looking for|hunting for] [buyers|partners|new markets|investors]

energy
the {F} [pipeline|line|link|interconnector] {e_carry} [up to|as much as|about|nearly] {n} [billion cubic meters of gas|million tonnes of oil|billion cubic meters of fuel|million barrels of crude|thousand tonnes of ammonia|million litres of diesel] [a year|annually|at full capacity] [to {B}|from {town} to {B}|across the {area}|to a terminal at {town}]
{K} {modal} [invest|spend|put|commit|pour] {money} in {e_green} {near}
[electricity|power|heating|gas|water] {e_bill} [in {A}|for {people} in {town}|in the {area}|for businesses in {C}] {grew} {pct} [over the past {mo} months|in {mo} months|since {month}|in a year|this winter], [according to {O}|{outlet} reported|the steepest rise since {year}|data from {firm} show]
{A} [cut|reduced|halted|throttled|suspended|curbed] gas {e_flow} to {B} by {pct} {when} {e_excuse}
[construction|work|welding|the laying] of the {F} pipeline, which [runs|stretches|extends|winds] for {km} [from {town}|across the {area}|under the sea|through {land}], was [due|supposed|expected|scheduled] to [finish|be completed|end|wrap up] in {year}
the {F} project in {A} has been [delayed|held up|pushed back|stalled|postponed] by {mo} months {reason}
{O} [approved|unveiled|backed|signed off on|rejected|shelved] a {money} plan to {e_upgrade} {e_grid} [around {C}|{near}|in {C}|across the {area}]
[gas|oil|fuel|coal] {e_store} in {A} [stood at|were at|reached|fell to|hovered at|dropped to] {pct} of capacity [at the start of {month}|on {month} {day}|as winter began|after the {F} outage|{when}], [{outlet} reported|according to {O}|data from {firm} show|traders in {C} said]
{e_outage} [in {C}|in {town}|across the {area}] {when} {e_left} [for {n} hours|for {n} days|overnight|until {weekday}]
{K} reported {e_results} of {money} [for the last quarter|for the first half|for the year|for {year}|for the nine months to {month}][, its chief {person} said|, ahead of forecasts by {firm}|, {outlet} reported|]
{A} [aims|wants|has pledged|hopes|has promised|plans] to [generate|produce|source|get] {pct} of its electricity from {e_source} by {fyear}
the {e_plant} at {town} {e_status} {when} {e_cause}[, {K} said|, {outlet} reported|]
{e_explore} by {K} [off|near|beneath|south of] {place} {e_find} [reserves|deposits|a field|a reservoir] of about {n} million barrels
{A} [signed|agreed|sealed|negotiated] a [supply deal|long-term contract|swap arrangement|barter deal|framework deal|purchase agreement] with {land} for {n} [cargoes|shipments|tankers|deliveries] of [liquefied gas|crude oil|diesel|coal|uranium|fuel oil|propane] [a year|by {fyear}|this winter|over {few} years]
{e_fuel} prices [at filling stations|at the pump|in {town}|across the {area}|at depots near {town}] in {A} [reached|hit|climbed to|topped|touched] [a record|an all-time high|the highest level ever|a new peak|a {n}-year high] [of {n} cents a litre|{when}|after the {F} outage|in {month}]
the regulator {e_fine} {K} {money} {e_fault} [customers in {C}|{nn} customers|in {year}|in the {area}]
{e_crew} [worked|were working|toiled|laboured] [for {n} hours|through the night|for {n} days|in freezing rain] to {e_repair} {e_part} {near}
[protesters|residents|farmers|activists] [blocked|occupied|picketed|marched on] [the {e_plant} at {town}|a wind farm {near}|the {F} construction site|a substation in {town}] {when} [over|against|demanding] [compensation|noise|land seizures|higher bills|job losses]
{K} [struck|signed|finalised|cancelled] a [deal|contract|partnership|joint venture] with {firm} [to build|to run|to supply|to buy power from] [a {e_plant} {near}|{n} wind turbines|a solar park in the {area}|a grid link to {land}]
[a tanker|a barge|a cargo of fuel|a shipment of coal] [bound for|destined for|heading to] {town} was [held|diverted|stopped|delayed] [off {town}|at the {town} terminal|in the {area}|{when}] [because of|over|amid] [unpaid fees|sanctions checks|a strike by dockers|bad weather]
{nn} [households|homes|firms|farms] in {A} [applied for|received|lost|were denied] [energy subsidies|heating grants|solar rebates|fuel vouchers] [worth|of up to|totalling] {money} {when}
[inspectors|auditors|engineers] from {land} [found|reported|flagged] {n} [safety breaches|cracks|leaks|faults] at the {e_plant} at {town} [during a visit {when}|in a report seen by {outlet}|in {month}|after a tip from {person}]
{A} [opened|inaugurated|connected|switched on] [a {e_plant}|a power line|an interconnector|a storage site] [built by {K}|financed by {firm}|worth {money}] [{near}|in the {area}|linking {C} and {town}] {when}

elections
{Y} [won|took|secured|collected|polled] {pct} of the [vote|ballots cast|votes] in [the first round|the opening round|{town}|the {area}|the capital {C}], {v_results}
[turnout|participation|voter turnout|the share of voters] in [{A}|{town}|the {area}|{C}] [reached|was|stood at|hit|came to|fell to] {pct}, the [highest|lowest|best|weakest] since {year}, {v_results}
{Q} {rep}{v_concede} [{when}|in {town}|on {outlet}|at {place}] after [results|returns|tallies|figures] from {nn} [polling stations|precincts|districts|constituencies] were {v_count}
{O} [received|registered|is examining|logged|rejected|forwarded] {nn} {v_complaint} {v_abuse} in {C}
{v_round} in [{A}|{town}|the {area}|{C}] is [scheduled|set|planned|expected|called|due] for {month} {day}[, {O} said|, with {n} candidates on the ballot|, after {person} withdrew|]
{Y} {modal} need the {v_backing} of {few} [smaller parties|independents|regional lists|minor groups|ethnic parties|rebel deputies|farmers' groups|the greens] [to form|to lead|to install|to keep] {v_coalition} in {A}, [according to {outlet}|{person} of {X} said|analysts at {firm} say|a count by {outlet} suggests]
[a team|a mission|a group|a panel|a delegation] of {n} {v_observers} from {B} [reported|found|concluded|said] that voting in {C} was {v_verdict}
{Y} [won|took|secured|gained|held on to|lost] {n} [seats|mandates|places] in the {seats}-member {v_chamber} [of {A}|in {C}|for the {area}], [up from {n}|down from {n}|its best result since {year}|{outlet} projected|with strongholds in {town}|{v_results}]
[police|riot police|security forces|officers] [in {C}|in {town}|near {place}] [detained|arrested|held|questioned|fined|dispersed] {n} {v_crowd} [during|after|at|before] {v_demo} [over the results|against the count|in support of {Y}|outside {place}] {when}
{P} [promised|pledged|vowed|proposed][ at a rally in {town}| on {outlet}| in a manifesto|] to [cut|lower|reduce|scrap|freeze] {v_tax} by {pct} if {Y} [forms the next government|wins|takes power|leads the coalition]
[a total of|some|about|more than] {nn} [voters|citizens|residents|people|pensioners|students] in [{C}|{town}|the {area}] [cast their ballots|voted|took part|registered to vote] {v_ballot}, [according to {O}|{outlet} reported|up from {nn} in {year}|officials in {town} said]
{Y} [campaigned|ran|fought the election|went to the polls][ in {town}| across the {area}| with {person} as its candidate|] on [a promise|a pledge|a platform|a manifesto] to {v_promise}
{v_pollster} [by|commissioned by|published by|conducted for] [{outlet}|{firm}|{X}] [put|gave|showed|placed] {Y} [at|on] {pct} [in {town}|nationally|among young voters|in the {area}], [ahead of|behind|level with|trailing] {v_standing}
[voting|polling|the count|early voting] was [extended|suspended|delayed|halted|moved] [by {few} hours|until {weekday}|overnight|for a day] at {n} [polling stations|voting centres|precincts|schools used for voting] [in {town}|in the {area}|near {place}] {v_delay}
{n} candidates [are running|have registered|are standing|have applied|were approved] for {v_office}, [including {person} of {Y}|among them {person}, a former mayor of {town}|the most since {year}|{outlet} reported]
the [count|recount|tally|audit|hand count] [in {town}|in the {area}|at {n} stations in {town}] [showed|gave|confirmed|produced|revealed] a [margin|lead|gap|swing] of {n} [votes|ballots|points] [for|in favour of|against] [{Y}|{person}|the incumbent|the challenger]
{O} {v_disq} {few} candidates [for|over] {v_reason} {when}
{P} [held|addressed|staged|hosted|joined] {v_event} [in {town}|in {C}|at {place}] [attended by|with] [about|some|nearly] {nn} people {when}
{person}, a [candidate|activist|deputy|mayor] for {Y} in {town}, [was attacked|was arrested|withdrew|was disqualified|was injured] {when} [after a rally|outside {place}|on the way to {town}|during a debate]
[ballot papers|voting machines|seals|result sheets] [were found|went missing|were seized|were burned] [at {n} polling stations in {town}|in a warehouse {near}|at {place}|in the {area}] {when}, [{O} said|police in {town} said|{outlet} reported|according to {X}]
a [televised debate|radio debate|town hall debate|panel|live discussion] between {few} [candidates|contenders|party leaders|hopefuls] [in {C}|on {outlet}|in {town}|at {place}] [drew|attracted|was watched by|reached] [about|some|nearly] {nn} [viewers|listeners|people|households] {when}
{Y} [spent|raised|borrowed|received] {money} [on its campaign|in donations|from {firm}|from supporters in {land}][, according to filings with {O}|, {outlet} reported|, a review by {X} found| since {month}]
{n} [parties|alliances|lists|independent candidates|movements|blocs] [registered|signed up|submitted lists|applied|were cleared] [to contest|for|to run in] the [election|vote|ballot|by-election|race] [in {A}|in {town}|in the {area}] [by the {month} {day} deadline|{when}|in {town}]
[exit polls|early returns|first results|partial counts|unofficial figures|leaked tallies] [from|in] [{town}|the {area}] [gave|showed|put] {Y} [a lead of {n} points|{pct} of the vote|second place|a narrow win] [over|against] [{Q}'s camp|the ruling party|the liberals|the nationalists]

courts
{J} {c_ruled} {when} that a {year} law on {issue} was {c_invalid}
{P} [was sentenced to|was handed|received|was given] {c_sentence} [on charges of|for|over] {crime} [{when}|by {J}|after a trial lasting {mo} months|in a closed hearing]
prosecutors in {A} said the {c_scheme} {c_cost} about {money} [over {n} years|in lost revenue|since {year}|through {n} shell companies|via banks in {land}]
the [court|tribunal|jury|panel of judges] in {C} heard {c_hearing} from {n} [witnesses|experts|victims|police officers] over {n} [days|sessions|weeks]
{c_lawyers} {modal} {c_appeal} the {c_ruling} of {J} [within {n} days|before {month}|at a hearing in {town}|with help from {firm}]
{J} ordered {K} to pay {money} in {c_paid} to {nn} {c_victims} [in {town}|after a {mo}-month trial|within {n} days|over a spill at {place}|over layoffs at its {t_site} in {town}]
[as many as|at least|up to|some|more than] {n} [former|serving|retired|junior] {c_accused} [in {A}|from {town}|at {K}|in the {area}] [face|could face|are facing|have received] [charges|indictments|summonses|questioning] [over|for] {crime} [in the same case|in a linked probe|in the {town} inquiry|alongside {P}], [prosecutors in {C} said|{outlet} reported|according to court papers|lawyers say]
[lawyers for {P}|{P}'s lawyer {person}|the defence team of {P}|supporters of {P}] [told {outlet}|said in {C}|wrote to {person}|argued in {town}] that the {n} [charges|counts|accusations|allegations] were {c_denial}
[investigators|police|prosecutors|tax inspectors|bailiffs] {c_seize} {c_assets} worth {money} linked to {P} [in {C}|in {land}|{when}|{near}]
the {year} [law|bill|act|decree|amendment] on {issue} {c_pass} [by a margin of {n} votes|with {n} votes in favour|by {n} votes to {n}|unanimously|by a show of hands] [after {n} hours of debate|despite protests in {town}|over objections from {Y}|with support from {Y}|in a late-night session]
{J} [rejected|turned down|refused|granted|postponed] a request from {B} to extradite {n} [suspects|businessmen|former officials|bankers|activists] [held in {town}|arrested at {place}|linked to {firm}|wanted for {crime}] {when}
[police|detectives|anti-corruption officers|tax police|border police] {c_raid} {n} {c_places} [in {C}|in {town}|across {A}] [as part of|in connection with] the {crime} [case|investigation|inquiry|probe] {when}
{c_witness}, {person}, told the court that {c_bribe} worth {money} {c_handover} {c_venue}
{J} [granted|denied|refused] [bail|release on bail|house arrest|a transfer to hospital] [to|for] {P} after a hearing [in {C}|that lasted {n} hours|behind closed doors|attended by {n} supporters|on {month} {day}][|, {outlet} reported|, according to {X}|, defence lawyer {person} said]
the {c_court} of {A} [will hear|is due to hear|has agreed to hear|refused to hear|adjourned] the [case|appeal|petition|challenge] [brought by {person}|filed by {firm}|from {town}|against {K}] [in {month}|on {month} {day}|next year|after {few} delays]
a judge, {person}, [ordered|imposed|set|lifted|extended] {c_restrict} on {n} [defendants|suspects|former officials|witnesses] [for {mo} months|pending trial|until {month}]
{c_groups} in {A} [filed|submitted|lodged|drafted] {n} {c_filings} against the {year} law on {issue}
[a former minister|a tycoon|a senior judge|a police general|a mayor], {person}, was [arrested|detained|charged|indicted] [at {place}|at the airport in {C}|in {town}|{when}] on suspicion of {crime}
{J} [acquitted|cleared|convicted|fined] {n} [defendants|executives|officials|bankers] [in a case|in a trial|in proceedings|in a ruling|at a retrial|in a verdict] [over|involving] [contracts worth {money}|the sale of land in {town}|a {year} tender|loans from {firm}]
[the jury|the panel|the judges|the bench|the three judges|the tribunal] [in|hearing] the {crime} [trial|case|hearing|proceedings] [of|against] {P} [retired|withdrew|adjourned] [to consider a verdict|for deliberations|until {month}|for {n} days] {when} [after hearing {n} witnesses|in {C}|following closing arguments]
[police|prosecutors|investigators] in {A} [recovered|traced|found] {money} [in cash|in gold|in bank accounts|in property] [hidden in {town}|held in {land}|stashed at {place}|linked to {firm}] {when}
{P} [fled|left|flew|escaped] to {land} [days before|a week before|just before|hours before] the {c_ruling} [was read|was due|was announced|was handed down], [{outlet} reported|according to {O}|police in {C} said|lawyer {person} said]
the {c_court} of {A} [ordered|approved|blocked|halted] [the release|the transfer|the retrial|the extradition] of {n} [prisoners|suspects|defendants|detainees] [held in {town}|linked to {firm}|convicted in {year}] {when}

disasters
{W} {x_landfall} {near} {when} with {x_wind}
[at least|more than|some|nearly] {n} [people|residents|villagers|tourists|workers] were [killed|found dead|confirmed dead|drowned] and {nn} [were|have been] {x_fled} [in {A}|in the {area}|around {town}|along the coast of {A}] [by {W}|after {W}|in the storm|as {W} passed]
{x_water} {x_ruin} {nn} [homes|houses|buildings|farms|shops] across {n} {x_units} of {A}
{O} {x_estimate} the [damage|losses|cost of repairs|destruction] caused by {W} [in {town}|across the {area}|in {A}|to farms] at {money}
{x_helpers} from {B} arrived in {town} with {n} tonnes of {x_supplies}
{x_utility} was cut to {nn} [households|homes|people|businesses|flats] in and around {town} [{when}|for {n} hours|after {W}|for {n} days]
{A} declared a state of emergency in {n} {x_units} {when}, [the first time since {year}|as {W} approached|after {n} deaths|{outlet} reported]
more than {nn} {people} are [living|staying|sheltering|sleeping|waiting] in {x_shelter} in {town}[, {O} said|, {person} of the {town} council said|, {outlet} reported|]
[rainfall|rain|snowfall|precipitation] in [parts of {A}|the {area}|{town}|the hills around {town}] {x_amount} {n} [centimeters|millimeters|inches] in {n} hours, [the most since {year}|a record|the weather station at {town} said|triple the monthly average|{outlet} reported]
{B} [pledged|promised|offered|sent|approved] {money} in {x_aid} to {A} {when}
about {nn} {people} were cut off [after|when] the {x_bridge} [into|to|near|outside] {town} {x_collapse} {when}
[{n} villages|{nn} hectares of farmland|{n} streets in {town}|{n} farms|{n} factories] [were flooded|were submerged|went under water] after {x_dam} {near} {x_burst} {when}
{x_rescuers} {x_moved} {nn} [people|residents|tourists|patients|children] from {place} {x_means}
{x_loss_watchers} [estimated|put|expect|forecast] [insured losses|claims|damage to crops|losses to farmers|repair costs] [from {W}|in {A}|in the {area}|in {town}] at {money}[, {outlet} reported|, more than after the {year} floods|]
{n} {x_buildings} in [{A}|{town}|the {area}] {x_state} [after|because of|following] {W}[, {O} said|, the mayor of {town} said|]
{x_forecast} [in {town}|at {X}|at {firm}|at {O}] [warned of|predicted|forecast|feared] {x_threat} [in the {area}|{near}|over the next {n} days|by {month}]
{x_fire} [destroyed|burned|scorched|consumed|blackened] {nn} hectares {x_land} {near} {when}
{n} [fishermen|climbers|hikers|workers|divers|tourists] [are missing|were found alive|were rescued|remain trapped] [off {town}|in the {area}|at {place}|in a mine {near}] {when}, [{O} said|the coast guard in {town} said|{outlet} reported|according to {X}]
[an earthquake|a tremor|an aftershock|a quake] of magnitude {few}.{few} [struck|shook|hit|rattled] [the {area}|{town}|the coast near {town}|{C}] {when} [damaging {n} buildings|cracking a dam {near}|cutting power to {nn} homes|with no reports of injuries]
[volunteers|students|soldiers|church groups] in {town} [filled|stacked|handed out|delivered] {nn} [sandbags|food parcels|bottles of water|blankets] [{when}|as {W} approached|overnight|for {nn} families]
[the main hospital|a school|the power station|the water works] in {town} [was evacuated|was flooded|lost power|was damaged] {when} [as|after|when] [floodwater rose|the river burst its banks|a landslide hit|{W} passed]
{A} [asked|appealed to|thanked|turned to] {land} for [{n} rescue dogs|{n} water pumps|{n} helicopters|field kitchens|mobile bridges] {when}, [{outlet} reported|according to {O}|{PL} said in {town}]
[a landslide|an avalanche|a mudslide|a rockfall] [buried|blocked|swept away|destroyed] [{n} houses|a road|a bus|a school|part of a village] [in the {area}|{near}|above {town}] {when}

space
{V} {s_liftoff} from the {s_pad} [near {C}|{near}|at {place}|on the coast of {A}] {when} [carrying|with|loaded with|bearing] {n} {s_payload}
the [mission|flight|launch|programme|campaign] of {V}[ from {town}| for {K}| to the {code} orbit|] is [estimated|thought|said|believed|reported] to have cost {money}[, {outlet} reported|, according to {X}|, twice the sum budgeted in {year}|]
the {s_payload} launched by {A} [for {K}|from {town}|on behalf of {land}|for the {code} programme] will {s_orbit} [at an altitude of {km}|{km} above the Earth|in a polar orbit|over the equator|in a low orbit]
[{A}|{O}|the government of {A}|{K}] [plans|hopes|intends|aims|wants|is preparing] to [send|fly|launch|put] [a crew of {few}|{few} astronauts|{few} cosmonauts|its first crew|a {few}-person team] [to its {s_crew}|around the Moon|to a station built with {land}|aboard a capsule made by {K}] [by {fyear}|before {fyear}|in {fyear}|within {few} years]
the [second|upper|first|third] stage of {V} [failed|shut down|exploded|broke up|malfunctioned] {n} [minutes|seconds] after [launch|lift-off|take-off|ignition|leaving the pad] {s_failure}
{K} [built|assembled|designed|delivered|completed] the {n}-[tonne|kilogram|metre] {s_craft} [for {O}|for the {code} mission|for a client in {land}] [under a {money} contract|at its plant in {town}|with parts from {firm}|in {mo} months]
{A} has carried out {n} {s_launches} [so far this year|since {month}|from {town}|in {year}], [a record|more than {land}|the most since {year}|{outlet} reported|according to {O}]
[the budget|spending|funding|the wage bill|the research budget] of {O} will [rise|grow|be cut|be frozen|shrink|be raised] by {pct} [next year|in {fyear}|over {few} years], [{outlet} reported|documents seen by {outlet} show|under a plan approved in {town}|officials in {C} said]
{A} and {B} [agreed|decided|pledged|signed up] {when} to [share|pool|swap|exchange] [data|images|readings|signals] from {n} {s_sat} [under a deal signed in {town}|operated by {K}|built by {firm}|in a pact worth {money}|for {few} years]
[engineers|technicians|a team from {firm}|inspectors] {s_test} the [engines|boosters|first stage|upper stage|thrusters] of {V} for {n} [seconds|minutes] [before the launch|at a test stand {near}|in {month}|in a vacuum chamber]
{O} has [delayed|postponed|pushed back|rescheduled] [its next launch|the {code} mission|a crewed flight|the launch of {V}] by {mo} months {s_delay}
{s_scientists} at {X} {s_found} {n} {s_objects} using [data from {V}|a telescope {near}|the new observatory|archive images]
the {s_instrument} [named|called|dubbed|christened] {code} [will map|is designed to map|will study|will monitor|will measure] {s_target}
{O} [signed|awarded|cancelled|renewed] a {money} contract [to|with] {firm} for {s_contract_for}
{s_cargo} {s_dock} the {s_crew} [of {A}|{when}] [carrying|with|delivering|loaded with] {n} [kilograms|tonnes|crates|boxes] of {s_goods} [from {town}|built by {firm}|for {K}|and mail]
{n} [houses|barns|vehicles|sheds|greenhouses] [were damaged|were hit|caught fire] when {s_debris} from [{V}|a spent rocket stage|an old satellite] [fell|landed|crashed|came down] [near|in|outside|beside] {town}
[students|engineers|a start-up] from {town} [built|designed|launched|lost] a [cubesat|weather balloon|sounding rocket|lunar rover] [named|called|dubbed] {code} [{when}|with help from {firm}|for {money}|in {n} months]
{O} [selected|trained|named|dismissed] {n} [astronauts|cosmonauts|candidates|pilots] [including {person}|for the {code} mission|from {nn} applicants|{when}]
a [ground station|tracking antenna|mission control centre|launch pad] [{near}|in the {area}|at {place}] [was opened|was damaged|was upgraded|was sold] {when} [by {K}|for {money}|after a fire|under a deal with {land}]
{O} [lost contact with|regained contact with|shut down|rebooted] [a satellite|a probe|a rover|a telescope] [called|named|known as] {code} [{when}|after {n} days|launched in {year}|built by {firm}]
{A} [signed|joined|left|ratified] [a space treaty|a lunar accord|a debris pact|a satellite-sharing deal] with {land} [in {town}|{when}|at a ceremony attended by {person}|after {mo} months of talks]
[a meteorite|a fireball|a space rock|a bright object] [lit up the sky|crashed|exploded|was seen] over [{town}|the {area}|{C}] {when}, [astronomers at {X} said|{outlet} reported|witnesses told {outlet}|{O} said]

cyber
a group calling itself {H} {y_claim} {y_attack} on {K} {when}
the {y_outage} [on|at] {K} {y_disrupt} {y_service} for about {nn} customers in {A}
{O} {y_trace} the {y_outage} to {n} {y_server} [located|hosted|based|registered|rented] in {B}
hackers {y_stole} {y_record} {nn} {y_victims} of {K}, {y_incl}
{K} {modal} face {y_penalty} of up to {money} [from {O}|in {C}|in a case brought by {person}|from regulators in {land}] over the [breach|leak|hack|outage|lapse][ at its {town} data centre| affecting {nn} customers|]
[the ransomware attack|the intrusion|the malware|the break-in] by {H} shut down {n} {y_targets} in [{C}|{town}|the {area}] for {n} [days|hours|weeks]
{A} expelled {n} {d_staff} of {B} {when} [after accusing it of|over claims it was|saying it had been] {y_back} {H} [in attacks on {K}|in a raid on servers in {town}|since {year}]
{H} [demanded|asked for|sought|wants] [a ransom of|a payment of|a fee of] {money} [in|paid in] {y_crypto} {y_goal}[|, {outlet} reported|, according to {firm}|, {K} said]
{K} [restored|recovered|brought back|reopened] {pct} of its {y_restored} [within {n} hours|within {n} days|by {weekday}|in {n} days] [of|after] the {y_outage}, [with help from {firm}|{outlet} reported|its chief {person} said|according to {O}]
{O} issued {n} {y_warn} to {y_warned} {when}
[shares in {K}|the share price of {K}|{K} shares|stock in {K}] {shrank} {pct} after [the company|{K}|its managers|the firm|its board] [disclosed|admitted|confirmed|revealed|announced|played down] the {y_outage}[ {when}| in a filing| to investors in {C}|]
[researchers|analysts|investigators|consultants] at {firm} [found|discovered|concluded|believe] that {H} [used|exploited|abused|relied on] {n} {y_flaws} [in the attack|to break in|to spread]
{y_leak} of {nn} {y_docs} from {O} [appeared|was posted|was published|surfaced|was offered for sale] {y_forum} {when}
{A} [passed|adopted|approved|drafted|scrapped] a law [requiring|obliging|forcing|asking] {n} [banks|operators|companies|hospitals|ministries] to {y_law}
the {y_site} of [the tax office of {A}|the {town} city council|the {A} post office|{K}|the railway operator of {A}|the {A} land registry] was [offline|down|unavailable|inaccessible] for {n} hours after {y_ddos}
[police|investigators|prosecutors|detectives] in {B} [arrested|detained|charged|questioned] {n} [suspects|men|people|teenagers|programmers] [suspected of|accused of] [links to {H}|laundering ransom payments|running the {y_server}|selling stolen {y_docs}]
[a teenager|a former employee|a contractor|a student] from {town} [was charged|admitted|was arrested|was fined] [over|for|in connection with] [the {y_outage} at {K}|selling {y_docs} stolen from {K}|a phishing ring run from {place}|leaking passwords of {K}] {when}
{K} [hired|fired|brought in|sued] {firm} [to investigate|over|after|to contain] the {y_outage} [{when}|at a cost of {money}|in {C}|that began in {month}]
[fake|forged|cloned|spoofed] [websites|text messages|invoices|apps] [posing as|pretending to be|imitating|mimicking] {K} [tricked|cheated|fooled|defrauded] {nn} [customers|pensioners|users|shoppers] [out of {money}|in {A}|{when}|in the {area}]
[traffic lights|ticket machines|water pumps|hospital scanners|cash machines] in {town} [failed|stopped working|went dark|were hijacked] [for {n} hours|{when}|overnight] [after|during|because of] [a cyber attack|the {y_outage}|a malware infection|a hack claimed by {H}]
{O} [blocked|shut down|seized|took offline] {nn} [websites|domains|accounts|servers] [linked to|used by|run by|tied to] {H} [{when}|with help from {firm}|in {land}|after a request from {B}]
[bank customers|subscribers|patients|students] in {A} were [told|urged|warned|asked] to [change their passwords|watch their accounts|ignore emails from {H}|call {K}] [after|following|because of] the {y_outage} [at {K}|{when}|in {C}]

markets
the {I} {k_gain} {pct} to [close at|end at|finish at|settle at] {idx}, [led by {K}|its best day since {month}|after {n} days of losses|as {K} rallied|on heavy volume]
shares of {K} {shrank} {pct} [in {C}|in early trade|{when}|on the {I}] after the company {k_warning}
{cur} {k_weak} {pct} against the {k_foreign} {when}
{O} {k_rate_move} its {k_rate} to {pct} {when}, [the first change since {year}|in a surprise move|as expected|because of {k_inflation}|in a split vote]
{k_inflation} in {A} [reached|hit|accelerated to|slowed to|stood at|eased to] {pct} in {month}, {k_peak}
{k_investors} {k_pull} {money} out of {k_assets} [issued by|of|in] {A} [last month|in {month}|this quarter|{when}]
[trading volume|turnover|trading activity] on the {I} [jumped|surged|rose|doubled|soared] to {nn} {k_volume} {when}, [as {K} shares swung|after news from {town}|ahead of a holiday|on bets on a rate cut|led by {firm}]
{K} [plans|intends|proposes|expects|is preparing] to {k_buyback} worth {money} [this year|by {month}|over {few} years|after selling {firm}]
the economy of {A} {k_growth} {pct} in [the last quarter|the first quarter|the year to {month}|the second half|{year}], {k_verdict}
{k_jobless} in {A} {k_jobless_move} to {pct} in {month}, [{k_verdict}|the statistics office said|the lowest since {year}|the highest since {year}]
{K} {k_value} {money} in [market value|stock market value|value|market capitalisation|paper value] {when}, [after a short-seller report by {firm}|as investors fled|in a single session|after an audit warning|on takeover rumours]
{K} {k_deal} {firm} [for|in a deal worth|valued at|at] {money}[, {outlet} reported|, advised by {firm}|, pending approval in {land}|]
{k_housing} in {C} {grew} {pct} [in {month}|over the year|since {year}|in {few} months], [according to {firm}|estate agents say|{outlet} reported|official figures show]
{A} {k_issue} {money} of {k_paper} at {k_yield} of {pct} [{when}|to {k_investors}|in {C}|in {month}]
[the rating agency|the ratings firm|analysts at] {firm} {k_rating_move} [the credit rating of {A}|{A}'s sovereign rating|the rating of {A}'s debt|the bonds of {A}] [to|at] {k_rating} {when}
{k_output} in [{A}|the {area}|{C}] {grew} {pct} in {month} {k_compare}[, {O} said|, {outlet} reported|, data from {firm} showed|]
{K} [reported|posted|announced|forecast] {k_figure} of {money} [for the quarter|for the year|in the first half|for {year}], [up|down] {pct}
[bond yields|borrowing costs|ten-year yields|mortgage spreads] in {A} [rose|jumped|fell|eased] to {pct} {when}[, the highest since {year}| after comments by {PL}| ahead of an auction in {C}|]
{K} [floated|listed|debuted|sold shares] on the {I} [raising|worth|valuing the company at] {money} {when}[, with {firm} as adviser|, {outlet} reported|]
[gold|oil|wheat|copper|coffee|cotton] [prices|futures] in {C} [climbed|slid|jumped|slumped] {pct} {when} [on|after|amid] [news from {land}|a strike at {town}|a report by {firm}|data from {O}]
{O} [sold|bought|spent] {money} [of its reserves|in foreign currency|in gold] [to prop up|to support|to defend|to weaken] {cur} {when}, [traders in {C} said|{outlet} reported|according to {firm}]
[a hedge fund|a pension fund|a family office|a sovereign fund] [run by|controlled by|backed by] {person} [bought|sold|built] a [stake|position|holding] of {pct} in {K} {when}
{K} [appointed|named|ousted|replaced] {person} as [chief executive|chairman|finance chief|head of its {town} unit] [{when}|after {few} years|after a row with {firm}|with immediate effect]

health
{h_reporters} {h_record} {n} new cases of {Z} [in {C}|in the {area}|across {n} provinces|in {town}] {when}
{Z} has {h_killed} {n} [people|patients|children|adults|residents] [in {A}|since {month}|this year|in the {area}], according to {h_source}
{A} [ordered|bought|received|was promised|donated] {nn} {h_doses} {Z} from {K}
{h_wards} in {town} were {h_capacity} {pct} of capacity {when}[, {person} of {O} said|, {outlet} reported|, with {nn} patients waiting|]
{O} [will spend|allocated|set aside|diverted|promised] {money} [on|for] {h_spend}
{A} {h_border} {n} border crossings with {B} {h_contain} {Z}
{h_venues} in {town} were [closed|shut|quarantined|disinfected|sealed off] for {n} days after {n} {h_sick} {h_ill}
{h_staff} at {n} hospitals in {A} {h_strike} {h_demand}
the {h_queue} for {h_procedure} in {A} [grew to|reached|stood at|fell to|topped] {nn} [patients|people|cases], [{outlet} reported|according to {X}|a record|the highest since {year}]
{h_lab} at {X} {h_sequence} {h_strain} [in samples from {town}|from {n} patients|{when}|in wastewater from {C}]
{K} {h_recall} {nn} {h_containers} of {h_product} {h_why}
{B} [sent|donated|flew in|shipped|lent] {n} {h_gift} to {A} {when} [via {town}|for hospitals in {C}|aboard a plane from {town}|through {firm}]
the {h_regulator} of {A} {h_approved} a [new|generic|locally made|cheaper|foreign] {h_treatment} for {Z}
{h_share} of {h_group} in {A} {h_fact}, [a survey found|according to {X}|figures show|{outlet} reported|a study by {firm} found]
{A} [imposed|introduced|ordered|extended|lifted] {h_lockdown} in {town} [for {n} days|until {month}|{when}] [after|as] cases of {Z} {grew} {pct} [in a week|in {n} days|since {month}]
{person}, a [doctor|nurse|midwife|paramedic|surgeon] in {town}, [told|wrote to|warned|reminded] {outlet} that [staff|patients|families] [waited|worked|queued] [for {n} hours|through the night|in corridors|without pay] {when}
[a hospital|a clinic|a care home|a laboratory] in {town} [was fined|was closed|was investigated|lost its licence] [after|over|following] [{n} deaths|a leak of samples|a fire|complaints by {person}] {when}
{K} [built|opened|expanded|closed] a [vaccine plant|drug factory|testing lab|blood bank] [{near}|in the {area}|in {C}] [able to produce|with room for|capable of] {nn} [doses|tests|units] a [day|week|month]
[volunteers|medics|students|soldiers] [vaccinated|tested|screened|treated] {nn} [people|children|pensioners|workers] [in {town}|across the {area}|at {place}] {when} [against {Z}|for {Z}|in a campaign run by {O}|with supplies from {B}]
[the price|the cost|the bill] of [insulin|a hospital stay|a dental visit|a course of antibiotics] in {A} [rose|fell|doubled|climbed] to {cash} [{when}|after a ruling by {O}|under a deal with {K}|in {year}]
[a shortage|a lack|a run on] of [{h_product}|blood|oxygen|syringes|nurses] [hit|affected|forced|closed] {n} [pharmacies|hospitals|clinics|wards] in [{town}|the {area}|{C}] {when}

transport
{r_train} {r_accident} {near} {when} {r_toll}
[work|construction|tunnelling|track laying|the upgrade] on {L} {r_late} {mo} months [behind schedule|late|behind plan|behind the original timetable] {r_why}
{M} {r_cancel} {n} flights [to|from] {B} [{when}|for {n} days|until {month}] {r_cause}
{O} [approved|unveiled|announced|shelved|revived|costed] a {money} plan to [build|extend|finish|upgrade] {r_project} [in {C}|{near}|to the {area}|in {town}]
{r_metric} on {L} {grew} {pct} [in the first year|last year|since {month}|in {year}][, {M} said|, {O} said|, {outlet} reported|]
{r_drivers} drivers in {C} {r_walkout} for {n} [hours|days] {r_why_strike}[, {person} of the drivers' union said|, {outlet} reported|]
{M} [ordered|bought|leased|returned|retired] {n} {r_planes} [from|to] {firm} [worth|in a deal worth|for] {money}
the {r_hub} of {town} {r_handled} {nn} {r_traffic} [last year|in {month}|in {year}|in the first half][, its operator {firm} said|, {outlet} reported|, up from {nn} in {year}|]
{r_fares} on {L} will [rise|go up|double|be frozen|be cut] by {pct} [from {month}|next year|in {fyear}][, {M} said|, {O} said|, {outlet} reported|]
{r_vessel} {r_mishap} [off|near] {place} [with {n} people on board|{when}|in heavy seas|in thick fog]
{A} and {B} [agreed|signed a deal|promised|were urged] to [build|finance|open|study] a {r_link} [across the {area}|between {C} and {town}|over the border|under the strait] [costing|worth|at a cost of] {money}
{r_investigators} [blamed|attributed] the {r_crash} [at {town}|near {town}|on {L}|involving {M}] [on|to] {r_fault} [in a report|{when}|in a {n}-page report|in preliminary findings]
{nn} {r_vehicles} were {r_queue} at [the {town} border crossing|the {town} checkpoint|the frontier post at {town}|the ferry port in {town}|the bridge at {town}] [for up to {n} hours|{when}|after new checks|during a strike by customs staff]
{r_road} between {C} and {town} {r_road_state} [for {n} days|{when}|after a landslide|after {few} accidents][|, {O} said|, {outlet} reported|, police in {town} said]
{A} [plans|wants|intends|proposes|has decided] to {r_ban} {r_cars} [in {C}|from city centres|by {fyear}|on weekends][ under a plan drafted by {person}| from {month}| after protests in {town}| to cut smog in {town}|]
[a pilot|a driver|a captain|a signal operator] was [arrested|suspended|questioned|fired] [after|following|over] the {r_crash} [near {town}|at {place}|on {L}|involving {M}] {when}
{M} [carried|flew|lost|added] {nn} [passengers|travellers|tourists] [in {month}|last year|on new routes from {town}|{when}][, up {pct}|, down {pct}|, a record|]
[a bus|a coach|a minibus|a lorry] [plunged into a ravine|overturned|crashed into a river|collided with a train] [{near}|on the road to {town}|in the {area}] {when}[ with {n} people on board| in an accident that killed {n} people|, {outlet} reported|, police in {town} said]
{A} [sold|leased|privatised|nationalised] [its stake in {M}|the {town} port|the railways|the {r_hub} of {town}] [to|from] {firm} [for {money}|in a {money} deal|{when}]
[a new|an extended|a relaunched|a night] [bus route|rail link|ferry service|tram line] [between|linking] {C} and {town} [opened|started|was launched|was scrapped] {when} [with {n} daily trips|at a cost of {money}|after {mo} months of delays]
[snow|ice|fog|floods|wildfires] [closed|shut|disrupted|cut] {n} [airports|roads|rail lines|ports|border crossings] in [the {area}|{A}|{town}] {when}[ with {nn} travellers stranded| with {nn} passengers delayed|, {outlet} reported|]

generic
{A} and {B} have held {n} {g_rounds} on {g_topic} since {year}
relations between {A} and {B} have been {g_strained} since {year}, [when a row over {G} broke out|after a row over {issue}|when {A} closed its consulate in {town}|following elections in {A}|when {B} expelled {n} diplomats]
{g_topic} is expected to [dominate|top the agenda of|feature at|overshadow|be raised at] {g_gathering} of {n} {g_leaders} in {town} {when}
[about|roughly|nearly|just over|fewer than] {pct} of {people} [in {A}|in {town}|in the {area}|polled in {C}] {g_approve} [the government's|the president's|the cabinet's|{PL}'s|the mayor's] {g_approach}, {g_poll} {g_found}
[{A}|the {area}|the region around {C}|the province of {town}] [has a population of about|is home to some|counts roughly|has about] {pop} million [people|inhabitants|residents|citizens], {g_pop} [near|around|along the coast near|in the valley around|within {km} of|in the suburbs of] [{C}|{town}]
[officials|ministers|a spokesperson|diplomats] [from|in] {B} {neg} {g_comment} the {g_figures} [published|released|leaked|cited] by [{O}|{outlet}|{X}|{person}] {when}
{P} {rep}held {n} [meetings|calls|rounds of talks|private dinners] with {g_contacts} from {B} {when}
[the government|the cabinet|ministers|the presidency|the ruling party] of {A} [has not published|has yet to issue|has refused to give|promised] a [response|reply|rebuttal|comment] to [the {g_report}|the findings|the criticism|the allegations] [from|by|of] [{X}|{person}|{outlet}|{firm}] [on {issue}|on {G}|on {town}|on {K}]
[a similar|a comparable|a previous|an earlier|a smaller] {g_similar} [in {town}|at {K}|over {issue}|involving {firm}|on the {area} border] in {year} [cost|drained|wiped|took] [{A}|the economy of {A}|taxpayers in {A}|the budget of {A}] [an estimated|about|roughly|nearly] {money}, [according to {X}|{outlet} calculated|a study by {firm} found|officials in {C} say]
[{X}|{person} of {X}|a [think tank|study group|panel] led by {person}|{firm}] [warned|cautioned|predicted|feared] {when} that [the situation|tensions|the unrest|shortages|the standoff|violence] [in {town}|around {town}|in the {area}|near {place}] could {g_worsen}[ within {n} weeks| by {month}| unless {O} acts|]
{g_crowds} [gathered|rallied|protested|camped|assembled] [outside|near|in front of|at] [the parliament of {A} in {C}|the town hall of {town}|{place}|the offices of {K}|the embassy of {B} in {C}] {when}[, according to local media|, {outlet} reported|, police in {town} said|]
{B} has called for {g_inquiry} into [the events in {town}|the deaths of {n} {people} in {town}|the role of {firm}|the conduct of {O}|the arrest of {person}] [within {n} days|before {month}|by an envoy from {land}|led by {person}]
{g_opposition} in {A} {rep}[demanded|called for|requested|sought] {g_debate} on [the events in {town}|the affair at {K}|the role of {O}|the deaths in {town}|the deal with {firm}] [within {n} days|before {month}|led by {person}|backed by {Y}]
{A} has {g_spent} {money} on the {g_budget} [in {town}|in the {area}|for {people}|run by {firm}] since {year}[, {outlet} calculated|, according to {X}|]
{person}, {g_job} [in|from|near|outside] {town}, [said|told {outlet}|complained|explained] that {g_cost} [had|have] {g_rise} [since {month}|over the past year|in {n} months|since the {year} crisis]
the {g_official} of {town} {g_appeal} the government of {A} for {g_funds}
{outlet} [reported|revealed|alleged] {when} that {g_who} in {A} {g_resign}
[a parliamentary committee|lawmakers|the audit office|anti-fraud investigators|a citizens' panel] in {A} {g_review} {g_spending} [awarded to {firm}|linked to {O}|since {year}|in {town}]
the {g_stat} [of {A}|in {C}|for the {area}] [said|estimated|calculated|found] that {pct} of {g_affected} [in {town}|in the {area}|in {A}|nationwide] {g_impact} [in {year}|last year|since {month}|{when}]
{n} {g_deputies} [signed|backed|drafted|rejected] {g_letter} {g_urge} the government of {A} to {g_act} {when}
{g_party_voice} of {Y} {g_called} the {g_decision} [by {O}|on {issue}|in {town}|involving {firm}] {g_verdict}
[a report|a study|an audit|a review|an assessment|a briefing] by {X} [estimates|suggests|calculates|warns] that {g_atrisk} in [{C}|the {area}|{town}] {g_risk}
{g_marchers} {g_marched} [in {town}|through {C}|outside {place}] {when} {g_cause}[ led by {person}| backed by {Y}| called by unions in {C}|]
[traders|residents|business owners|hoteliers|restaurant owners|farmers|taxi drivers|shop owners] [in {town}|near {place}|in the {area}] [say|complain|report|told {outlet}] that {g_business} [fell|dropped|halved|slumped|recovered] [by {pct}|since {month}|this year|after {g_topic} began][, {person} of the local chamber of commerce said|, a survey by {outlet} found|]
{outlet} [published|obtained|released|was shown] {g_doc} [in which|suggesting that] {g_people} [at {O}|in {town}|at {K}|close to {PL}] {g_discussed} [the plan|a delay|the costs|the deal|a cover-up] [as early as {year}|in {month}|{n} times]
the {g_body} of {A} {g_met} [in {C}|{when}|at {place}][ with {person}| with envoys from {B}| with the head of {K}|] to discuss the [situation|crisis|response|fallout|next steps]
{g_bloc} [urged|called on|pressed|begged] {A} and {B} to {g_demand} {when}
{g_observers} in {town} [described|characterised] the {g_mood} [at the talks in {C}|after the meeting with {person}|at the {town} forum|at {K}] as {g_adjective}
the {g_treasury} of {A} {g_reserve} {money} [for|to cover] {g_purpose} [in {town}|in the {area}|at {K}|for {people}] [this year|in {fyear}|over {few} years]
{g_media} [from|shot in|filmed in|posted from] {town} [{when}|by {person}|on {outlet}|] {g_showed} {g_scene} [outside {place}|in the centre of {town}|along the road to {town}|near {K}]

agriculture
{A} [expects|forecasts|fears|reported] a {a_yield} of {nn} tonnes of {a_crop} [this year|in {year}|from the {area}|after {a_harm}], [down|up] {pct} [from last year|on the {year} level|on average]
{a_harm} [destroyed|damaged|ruined|wiped out] {pct} of the {a_crop} [crop|harvest] in [the {area}|{town}|{A}] {when}, [{O} said|{outlet} reported|according to {X}|local {a_farmers} said]
{nn} {a_farmers} {a_protest} [in {C}|outside {place}|near {town}|across the {area}] {when} [demanding|seeking|to press for|over cuts to] {a_aid}
{O} [confirmed|reported|found|ruled out] [an outbreak|{n} cases|a suspected case] of {a_disease} [among|in] {a_herd} [on a farm {near}|in the {area}|in {town}] {when}
{O} [ordered|began|halted|completed] the [culling|vaccination|testing|quarantine] of {nn} {a_herd} [in the {area}|{near}|on {n} farms] [to contain|after|because of] {a_disease}
{A} [will pay|approved|promised|cut] {money} in {a_aid} [to|for] {a_farmers} [hit by {a_harm}|in the {area}|near {town}|this year]
[prices|wholesale prices|farm-gate prices|export prices] of {a_crop} [in {A}|at the {town} market|on the {C} exchange] {grew} {pct} {when} [because of|after|amid] [{a_harm}|export curbs in {land}|a strike at the port of {town}|hoarding]
{K} [bought|leased|sold|cleared] {nn} [hectares|acres] of [farmland|pasture|orchards|vineyards] [in the {area}|{near}|from {firm}|for a {a_crop} project] [for {money}|{when}|despite protests by {a_farmers}]
[irrigation|water] [quotas|supplies|allocations] for {a_farmers} in the {area} were [cut|halved|suspended|raised] {when} [as the {town} reservoir fell to {pct}|after a dispute with {B}|because of {a_harm}]
{A} [banned|restricted|allowed|resumed] [exports of {a_crop} to {B}|imports of {a_crop} from {B}|exports of {a_crop} to {land}|imports of {a_crop} from {land}] [until {month}|for {n} days|{when}] [to protect|to support|after protests by] {a_farmers}
[a cooperative|a group|an association] of {nn} {a_farmers} [in {town}|from the {area}|near {place}] [signed|won|lost|cancelled] a [contract|deal|supply deal] with {K} [worth {money}|for {n} years|{when}]
[scientists|agronomists|researchers] at {X} [developed|tested|released|planted] a [drought-resistant|high-yield|disease-resistant|early-ripening] variety of {a_crop} [on {n} test plots|in the {area}|near {town}|{when}]
{nn} [tonnes|bags|truckloads|silos] of {a_crop} [rotted|were spoiled|went unsold|were stranded] [in {town}|at {place}|in the {area}] {when} [because of|after|amid] [a lack of storage|the closure of the border with {B}|a fuel shortage|low prices]
the [number|size|value] of [cattle herds|sheep flocks|pig stocks|poultry flocks|dairy herds|goat herds] in {A} [fell|shrank|grew|recovered] [to {nn}|by {pct}] [in {year}|last year|since {month}|after {a_harm}]
{a_farmers} [in {town}|near {place}|across the {area}] [say|complain|told {outlet}] that [fertiliser|diesel|feed|seed|labour] [costs|prices|bills] {grew} {pct} [since {month}|this year|in {n} months]
{A} and {B} [agreed|signed a deal|pledged] to [share|jointly manage|divide|clean] the waters of the {town} [river|lake|canal|reservoir] [for {a_farmers} on both sides|over {n} years|{when}|after {mo} months of talks]
[a swarm|a plague|an invasion] of [locusts|caterpillars|rats|beetles] [spread|moved|swept] [across|into|through] [the {area}|{n} districts of {A}|farms {near}] {when}, [{O} said|{outlet} reported|{a_farmers} in {town} said]
{O} [inspected|tested|closed|licensed] {n} [slaughterhouses|dairies|mills|grain silos|poultry farms] [in the {area}|{near}|in {town}] {when} [after|following|amid] [complaints by {person}|a food scare in {C}|reports of {a_disease}|a tip from {outlet}]
[the {town} market|a wholesale market in {C}|the grain exchange in {C}|an auction in {town}] [sold|traded|handled] {nn} tonnes of {a_crop} {when} [at {cash} a tonne|at record prices|at half last year's price|for {money}]
{A} [imported|bought|ordered|received] {nn} tonnes of {a_crop} [from {land}|from {B}|via the port of {town}] [to cover|to make up for|after] [shortages|{a_harm}|a poor harvest] {when}
[young people|families|{a_farmers}] [are leaving|have abandoned|are returning to] [villages|farms|the land] [in the {area}|around {town}|across {A}] [at a rate of {nn} a year|since {year}|because of {a_harm}], [a study by {X} found|{outlet} reported|{O} said]

education
{nn} {u_teachers} [in {A}|in {C}|across the {area}] {l_walkout} [for {n} days|{when}|indefinitely|for a week] [over pay|demanding {l_demand}|over class sizes|against {u_reform}]
{O} [announced|scrapped|postponed|approved] {u_reform} [for {u_schools} in {A}|from {month}|starting in {fyear}|after a pilot in {town}]
[only|about|nearly|just over] {pct} of {u_students} [in {A}|in {town}|in the {area}] [passed|failed|sat|skipped] the [{year} |]{u_exam} [{when}|this year|according to {O}|{outlet} reported]
{n} {u_schools} [in {town}|in the {area}|across {A}] [closed|were shut|reopened|were merged] {when} [because of|after|following|amid] [a lack of {u_teachers}|falling enrolment|mould in the buildings|a heating failure|budget cuts]
{O} [will spend|set aside|cut|allocated] {money} [on|for] [{u_fees}|new {u_schools}|repairs to {n} {u_schools}|training {nn} {u_teachers}] [in {fyear}|over {few} years|in the {area}|this year]
{u_students} [at|from] [{C} University|the {town} college|{n} {u_schools} in {town}] [protested|marched|occupied buildings|boycotted classes] [over|against] [rising {u_fees}|{u_reform}|the dismissal of {person}|cuts to grants] {when}
[a cheating scandal|a leak of the {u_exam}|a hacking attack|a grading error] [affected|hit|forced a retake for] {nn} {u_students} [in {town}|across {A}|in the {area}] {when}, [{O} said|{outlet} reported|according to {X}]
{A} [raised|froze|cut|capped] {u_fees} [at|for] {u_schools} [by {pct}|to {money}|from {month}|in the {area}] [{when}|after protests in {town}|despite objections from {Y}]
[a study|a survey|a report|an audit] by {X} [found|suggests|concluded] that {pct} of {u_students} in {A} [cannot read well|leave school early|lack internet access|skip breakfast|want to emigrate] [{when}|this year|in {year}]
{person}, [a teacher|a head teacher|a professor|a student leader|a parent] in {town}, [said|told {outlet}|wrote in {outlet}] that [classes|lessons|lectures] [had|have] [{n} pupils|no heating|no textbooks|been cancelled for {n} weeks]
[{C} University|the {town} Institute of Technology|a college in {town}|the {A} Academy of Sciences] [signed|launched|ended|suspended] [a partnership|an exchange programme|a research deal|a joint degree] with [a university in {land}|{firm}|{K}|institutions in {B}] {when}
the [number|share] of {u_students} [from {B}|from {land}|from abroad|from the {area}] at {u_schools} in {A} [fell|rose|doubled|halved] to {nn} [in {year}|last year|this year]
[a new|a second|an expanded|a private] [university|campus|medical school|technical college] [opened|will open|was approved|was cancelled] [in {town}|{near}|in the {area}] [with room for {nn} {u_students}|at a cost of {money}|{when}|backed by {firm}]
{nn} {u_students} from {A} [won places|applied|enrolled|were turned away] [at {u_schools} in {land}|at {C} University|on a scheme run by {firm}|in the {area}] {when}
[parents|families|guardians] in {town} [complained|protested|petitioned {O}] [about|over|against] [school closures|{u_fees}|{u_reform}|a shortage of {u_teachers}] {when}[, {outlet} reported|, {person} said|]
{O} [recruited|hired|trained|lost] {nn} {u_teachers} [from {land}|for rural {u_schools}|in the {area}|last year] [to fill|because of|amid] [{nn} vacancies|low pay|a recruitment drive|a shortage in {town}]
[a fire|a storm|a roof collapse|a gas leak] [damaged|closed|forced the evacuation of] [a school|a college|a kindergarten|a university dormitory] [in {town}|{near}] {when}[, {n} {u_students} were hurt|, {O} said|, {outlet} reported|]
{u_schools} in {A} will [teach|introduce|drop|require] [{u_reform}|coding|a second language|civics|religious studies] [from {month}|in {fyear}|for {u_students} aged {few} to {n}], {O} [said|announced|confirmed]
[a ranking|a league table|a survey] [by|from] {X} [placed|put|rated] [{C} University|{u_schools} in {A}|the {town} college] [{nth}|in the top {n}|last|near the bottom] [among|out of] {n} [institutions|schools|countries] {when}
{K} [donated|lent|sold|delivered] {nn} [laptops|tablets|textbooks|desks|school buses] [to|for] {u_schools} [in {town}|in the {area}|across {A}] [worth|in a deal worth|at a cost of] {money}
[pupils|students|teachers] in {town} [returned to|left|were sent home from] [classes|school|lectures] {when} [after|because of|amid] [{n} weeks of strikes|the floods|a heatwave|an outbreak of food poisoning]

environment
{n_pollution} [in|near|around|off] [{C}|{town}|the {area}] [reached|exceeded|hit|rose to] [{n} times the safe limit|a record|its worst level since {year}|{pct} above the limit] {when}, [{O} said|{outlet} reported|monitors at {X} said|according to readings from {firm}]
{K} was [fined {money}|sued for {money}|ordered to pay {money}|investigated] [after|over|following] [a leak at its {t_site} in {town}|{n_pollution} in the {town} river|dumping {nn} tonnes of waste {near}|complaints by {n_activists}] {when}
{A} [pledged|promised|set out plans|was urged] to {n_target} by {fyear}[, {PL} said in {town}|, under a plan backed by {land}|, {outlet} reported|]
[loggers|fires|miners|developers] [cleared|destroyed|burned|damaged] {nn} hectares of {n_nature} [in the {area}|{near}|around {town}] {when}, [satellite data from {X} show|{n_activists} said|according to {O}|{outlet} reported]
the [population|number|count] of {n_species} [in the {area}|{near}|in {A}] [rose|fell|recovered|doubled|halved] to {nn} [last year|in {year}|since {month}|after a ban on hunting], [a census by {X} found|{O} said|rangers in {town} said]
{n_activists} [blocked|occupied|chained themselves to|picketed] [a {t_site} of {K}|the road to {place}|the {town} port|a coal mine {near}] {when} [to protest|against|over] [{n_pollution}|plans to drill {near}|a new motorway through the {n_nature}|the felling of {nn} trees]
{A} [declared|created|expanded|scrapped] a [protected area|national park|marine reserve|wildlife corridor] [of|covering] {nn} hectares [in the {area}|{near}|along the coast of {A}] {when}
[scientists|researchers|glaciologists|biologists] at {X} [found|measured|recorded|reported] that [the {town} glacier|the {area} aquifer|the {town} lake|sea ice off {town}] had [shrunk|fallen|warmed|retreated] [by {pct}|by {n} meters|by {n} degrees] [since {year}|in {n} years|over the past decade]
{O} [approved|rejected|suspended|delayed] [a permit|a licence|an application|a plan] [for|by] {K} to [drill|mine|build|dump waste] [{near}|in the {area}|off {town}|on {n} hectares] {when}
{A} [raised|cut|introduced|scrapped] [a carbon tax|fuel levies|a landfill tax|a plastic bag levy|car tax] [to|of] {cash} [a tonne|a year|per vehicle|per household] [from {month}|in {fyear}|{when}]
{nn} [fish|birds|seals|dolphins|turtles|bees] were found dead [in the {town} river|on beaches near {town}|in the {area}|around {place}] {when}[, {O} said|, {outlet} reported|, according to {n_activists}|, fishermen in {town} said]
{n_emit} [in {A}|from {K}|from plants in the {area}|from {C}] {grew} {pct} [in {year}|last year|in the first half|since {year}], [according to {X}|{O} said|data from {firm} show]
[heavy metals|plastic particles|pesticides|oil residues] were [found|detected|measured] in [drinking water|fish|soil|crops] [in {town}|from the {area}|near {place}] [at {n} times the safe level|{when}|in {n} of {nn} samples], [{O} said|{X} said|{outlet} reported]
{K} [agreed|was ordered|promised|refused] to [clean up|restore|replant|pay for] [{nn} hectares|the {town} river|the site {near}|a polluted lake] [after|over|following] [a spill in {year}|complaints by {n_activists}|a court ruling in {C}|an inquiry by {O}] {when}
[a heatwave|a dust storm|a cold snap|a drought] [pushed|sent|drove] [temperatures|pollution levels|water demand|fire risk] in [{C}|{town}|the {area}] to [a record|{n} degrees|{pct} above normal|an all-time high] {when}
{nn} [trees|mangroves|saplings|hedges] were [planted|cut down|felled|protected] [in the {area}|{near}|around {town}|along {n} kilometers of coast] {when} [by volunteers|under a scheme funded by {firm}|despite protests|as part of a plan by {O}]
[a wind farm|a dam|a motorway|a mine|an airport] [planned|proposed|being built] [{near}|in the {area}|on the {n_nature} near {town}] [threatens|would destroy|will flood|could harm] [{nn} hectares of {n_nature}|the habitat of {n_species}|{n} villages|a breeding ground for {n_species}], [{n_activists} say|a study by {X} found|{outlet} reported]
[a citizens' assembly|a panel of {n} experts|a parliamentary committee|a court in {C}] [called on|urged|ordered|advised] {A} to {n_target} [by {fyear}|within {few} years|{when}]
[recycling rates|waste volumes|water use|energy use] in {C} [rose|fell|improved|worsened] [to {pct}|by {pct}] [in {year}|last year|since {month}][, {O} said|, {X} said|, {outlet} reported|]
{A} and {B} [agreed|signed a pact|failed to agree|resumed talks] [to protect|on sharing|to clean|on fishing in] [the {town} river|the {area}|the {n_nature} along the border|shared waters near {town}] {when}
[poachers|illegal fishers|smugglers|hunters] [killed|caught|trapped|trafficked] {n} {n_species} [in the {area}|{near}|in a reserve near {town}] {when}, [rangers said|{O} said|{outlet} reported|according to {n_activists}]

labour
{nn} {l_workers} [at {K}|in {C}|across {A}|at {n} sites in the {area}] {l_walkout} {when} [demanding|seeking|to press for] {l_demand}
{l_union} [called|announced|suspended|called off] a [strike|stoppage|walkout|go-slow] [at {K}|in {C}|across the {area}|for {n} days] [from {month} {day}|{when}|after talks with {person} failed]
the {l_wage} in {A} will [rise|increase|go up|be frozen] [by {pct}|to {cash} a month] [from {month}|in {fyear}|next year], [{O} said|{PL} announced in {town}|after talks with {l_union}|{outlet} reported]
{K} [will cut|plans to cut|is shedding|will add|is hiring] {nn} {l_jobs} [at its {t_site} in {town}|in {A}|across the {area}|by {fyear}] [because of|citing|after|amid] [weak demand|automation|a merger with {firm}|rising costs|new orders]
[talks|negotiations|mediation] between {l_union} and {K} [broke down|resumed|collapsed|ended in a deal] [in {C}|{when}|after {n} hours|mediated by {person}]
[labour inspectors|officials from {O}|investigators] [found|uncovered|reported] {n} [safety breaches|cases of unpaid wages|illegal contracts|child workers] at [{K}|a {t_site} in {town}|{n} farms in the {area}|building sites in {C}] {when}
{n} {l_workers} were [injured|killed|trapped|rescued] [in an accident|in a fire|in a collapse|in a blast] at [a mine {near}|a {t_site} of {K}|a building site in {town}|the port of {town}] {when}[, {O} said|, {l_union} said|, {outlet} reported|]
[a court in {C}|judges in {C}|{O}] [ruled|found|declared] that the strike by {l_workers} at {K} was [illegal|lawful|unprotected|valid] {when}[ after a complaint by {firm}| at the request of {K}|]
{pct} of {l_workers} in {A} [earn less than|are paid below|work more than|have no contract beyond] [{cash} a month|the {l_wage}|{n} hours a week|{mo} months], [a survey by {X} found|according to {O}|{outlet} reported|figures show]
{nn} [migrant workers|seasonal workers|nurses|engineers|drivers] from {B} [arrived in|left|were recruited to|were deported from] {A} [{when}|last year|under a scheme run by {firm}|to work in the {area}]
{K} and {l_union} [signed|agreed|reached|rejected] a [{few}-year wage deal|pay agreement|collective contract|deal on pensions] [covering {nn} staff|worth {money}|{when}|after {n} days of strikes]
[pickets|strikers|protesters] [outside|at|near] [the {t_site} of {K} in {town}|{place}|the ministry in {C}] [clashed with police|were dispersed|lit fires|blocked lorries] {when}, [{outlet} reported|{l_union} said|police in {town} said]
[unemployment benefits|sick pay|parental leave|pension payments] in {A} [will rise|were cut|will be frozen|were extended] [by {pct}|to {money}|for {nn} people] [from {month}|in {fyear}|{when}][, {O} said|, under a law passed in {town}|]
{K} [agreed|was ordered|refused|promised] to [pay|reinstate|compensate|rehire] {nn} [workers|staff|former employees|drivers] [after|over|following] [a ruling by {J}|a strike at its {t_site} in {town}|an inquiry by {O}|protests in {C}] {when}
{n} [unions|federations|workers' groups] [called|joined|planned|cancelled] a [general strike|national day of action|march|protest] [in {C}|across {A}|in the {area}] [for {month} {day}|{when}|next week] [over|against] [pension reform|price rises|new labour laws|job cuts at {K}]
[a factory|a mine|a call centre|a shipyard|a warehouse] [{near}|in {town}|in the {area}] [closed|shut down|reopened|was sold] {when}[ with the loss of {nn} jobs|, leaving {nn} workers unpaid| after {n} years|]
[youth unemployment|joblessness|long-term unemployment|job vacancies] in [{town}|the {area}|{C}] [reached|fell to|rose to|stood at] {pct} {when}, [{O} said|figures show|{outlet} reported|according to {X}]
{K} [introduced|scrapped|tested|expanded] [a four-day week|remote work|robots|night shifts|bonuses] [at its {t_site} in {town}|for {nn} staff|across {A}|in the {area}] {when}
[a hunger strike|a sit-in|a blockade|an occupation] by {n} {l_workers} [at {K}|in {town}|outside {place}] [entered its {nth} week|ended|was broken up by police|spread to {n} sites] {when}
{A} [signed|agreed|cancelled|revised] a [labour deal|work permit scheme|recruitment pact|pension agreement] with {land} [covering {nn} workers|for {few} years|{when}|worth {money}]
{nn} people [applied for|lined up for|competed for|were offered] {n} [jobs|places|posts|apprenticeships] at [{K}|a new {t_site} in {town}|the {town} port|{firm}] {when}, [{outlet} reported|{O} said|the company said]
""")
WRAPPERS = _sections("""
wrappers
{P}, {PR}, {said} [in {town}|at a briefing in {town}|after meeting {person}|on a visit to {town}] that {core}
{PL} {said} {when} [in {town}|on {outlet}|in a letter to {person}|at a rally in {town}] that {core}
according to {O} [and {X}|and officials in {town}|and {outlet}|and {person} of {firm}], {core}
{core}, {QL} {said2} [in {town}|on {outlet}|after talks with {person}|at a forum in {town}]
{Q}, {QR}, [told {outlet}|said in {town}|wrote in {outlet}|said at a seminar in {town}] that {core}
[analysts at {firm}|observers in {town}|diplomats in {town}|economists at {firm}|critics of {PL} in {town}] [suggest|believe|argue|point out] that {core}
[officials|authorities|government sources] in {A} [told {outlet}|confirmed to {outlet}|acknowledged in {town}|said in {town}] that {core}
{O} has not confirmed [a report by {outlet}|remarks by {person}|claims by {outlet}|a statement by {person}] that {core}
[it remains unclear whether|it was not immediately clear whether|it is not yet known whether] {core}[, {outlet} said|, according to {person} of {X}|, {person} told {outlet}]
{core}, [an aide to {PL} in {town}|an official in {town}|a diplomat in {town}|a banker at {firm}|a lawyer for {K}, {person},|{person}, a source close to {O},] [said|told {outlet}]
{core}, according to {X} [and {outlet}|and {person} of {firm}|and officials in {town}]
{core}, {outlet} reported [{when}|citing {person}|citing officials in {town}|citing {X}]
{core}, according to [documents|a memo|emails|minutes] seen by {outlet}
speaking [in|to reporters in|at a news conference in|on a visit to] {town}, {PL} said that {core}
{person}, a spokesperson for {O}, {said} that {core}
[in an interview with|speaking to|in comments to] {outlet}, {Q} said that {core}
{person}, [the mayor of {town}|a lawmaker from {town}|an adviser to {PL}|a partner at {firm}], said that {core}
""")["wrappers"]
HEADLINES = _sections("""
diplomacy
{A} and {B} [Resume|Restart|Revive] [Talks|Negotiations|Dialogue] [Over Disputed Border|on {T}|in {C}|After Long Freeze|Under Pressure From {land}]
{A} [Recalls|Withdraws] [Ambassador|Envoy|Top Diplomat] as [Tensions|Friction|Row] With {B} [Rise|Mount|Deepens]
{PL} Says {A} Is [Ready|Willing|Eager] [for Deal|to Compromise|to Talk] With {B}
{B} [Frees|Releases|Pardons] Detained {A} [Fishermen|Sailors|Citizens|Journalists|Students] [Ahead of|Before|After] [Summit|Talks|Mediation by {land}]
{A} [Offers|Proposes] {B} {money} [Loan|Credit Line|Aid Package] [for Port Access|in Exchange for Port Deal|to Seal Alliance]
{B} [Summons|Rebukes] {A} [Envoy|Ambassador|Consul] Over [Remarks|Map|Arrests|Flag Incident] in {town}

military
{A} [Deploys|Masses|Sends] [Troops|Forces|Tanks|Marines] [Near|Along|Close to] {B} Border [Ahead of Drills|as Tensions Rise|Near {town}]
{B} [Warns|Accuses] {A} Over [Military Exercise|War Games|Naval Drills|Troop Buildup] Near {C}
{A} [Tests|Fires|Launches] [Missile|Rocket|Cruise Missile] [as Exercise {E} Begins|Near {town}|Off {town}]
{K} [Wins|Secures|Lands] {money} [Contract|Deal|Order] [to Supply|for] [Armoured Vehicles|Radar Systems|Howitzers|Patrol Boats] [to|for] {A}
{B} [Accuses {A} of Sending|Blames {A} for] Drones [Over {town}|Over Its Territory|Near {C}]
{A} [Calls Up|Mobilises|Summons] [Reservists|Conscripts|Volunteers] as [Standoff|Crisis|Dispute] With {B} [Deepens|Drags On|Escalates]

trade
{A} [Imposes|Slaps|Announces] [New Tariffs|Duties|Levies] on {G} [From {B}|Imports|Amid Row With {B}]
[Trade Dispute|Row|Trade War] Between {A} and {B} [Deepens|Widens|Escalates] Over {G}
{K} [Cuts|Axes|Sheds] {nn} Jobs in {town} as [Tariff Row|Trade War|Dispute] [Drags On|Escalates|Bites]
{B} [Files|Lodges] [Complaint|Case|Challenge] Against {A} Over {G} [Duties|Curbs|Subsidies]
{A} and {B} [Sign|Agree|Seal] [Deal|Pact|Accord] to [Scrap|Ease|Phase Out] {G} [Quotas|Licences|Checks]
[Exports|Shipments|Sales] of {G} to {B} [Slump|Plunge|Fall] as {A} [Row|Dispute|Standoff] [Bites|Widens|Drags On]

energy
{A} [Cuts|Halts|Reduces] Gas [Supplies|Deliveries|Flows] to {B} [Amid|Over|After] [Pipeline Dispute|Unpaid Bills|{F} Fault]
{K} [Announces|Unveils|Plans] {money} [Wind|Solar|Battery|Hydrogen] [Investment|Project|Plant] Near {town}
[Blackout|Power Cut|Outage] Leaves {nn} [Homes|Households|Customers] Without Power in {C}
{F} Pipeline [Delayed|Stalled|Held Up] [Again|by Fee Dispute|as Costs Mount|After Court Ruling in {town}]
[Electricity|Power|Heating] Bills in {A} [Reach|Climb to|Set] Record [High|Levels] [in {month}|After {F} Outage|as Winter Nears]
{K} [Reports|Posts] {money} [Profit|Loss] as [Energy|Gas|Power] Prices [Swing|Fall|Soar]

elections
{Y} [Leads|Tops|Wins] [Early|Initial|Preliminary] [Results|Count|Tally] in {A} [Election|Vote|Poll]
[Opposition|{Q}] in {A} [Alleges|Claims|Cries] Fraud After [Close|Tight|Bitter] [Election|Vote|Count]
{A} Heads for [Runoff|Second Round|Repeat Vote] as {Y} [Misses|Fails to Win|Lacks] Majority
{PL} [Promises|Pledges|Vows] [Tax Cuts|Pension Rises|New Homes] as {A} Campaign [Heats Up|Enters Final Week|Tightens]
Turnout in {A} [Reaches|Sets|Nears] [Record|Low|{pct}] as Voters [Head to Polls|Stay Home|Queue in {town}]
Police [Detain|Arrest|Hold] {n} [Protesters|Activists|Students] in {C} After [Disputed Vote|Election|Count]

courts
[Court|Judges] in {A} [Overturns|Strikes Down|Upholds] Law on {issue}
{A} Court [Jails|Sentences|Convicts] [Former Minister|Ex-Official|Ex-Governor] {P} in {crime} Case
{PL} [Denies|Rejects] [Charges|Accusations|Allegations] as Trial [Opens|Begins|Resumes] in {C}
{J} [Refuses|Blocks|Approves] [Extradition|Transfer|Handover] of {n} Suspects to {B}
Prosecutors [Seize|Freeze] {money} in [Assets|Property|Accounts] Linked to {P}
[Witness|Former Aide|Driver] Tells {C} Court of [Cash Handovers|Bribes|Gifts] [in {town}|at Hotel|in Car Park]

disasters
{W} [Kills|Leaves] [Dozens|{n} Dead] and [Displaces|Uproots] [Thousands|{nn}] in {A}
{A} Declares Emergency as {W} [Hits|Batters|Lashes] {C}
{B} [Pledges|Sends|Promises] {money} [Aid|in Relief] as [Flooding|Floods|Storms] [Swamp|Batter|Ravage] {A}
{nn} [Shelter|Sleep|Wait] in [Schools|Tents|Gyms] in {town} After {W}
[Bridge|Road|Dam] [Collapse|Failure|Breach] [Isolates|Strands|Traps] [Villages|Towns|{nn} People] Near {town}
[Damage|Losses] From {W} [Put at|Estimated at|Could Reach] {money}

space
{A} [Launches|Sends Up] {V} [Carrying|With] {n} [New Satellites|Payloads|Cubesats]
{O} [Reports|Confirms] [Failure|Loss] of [Latest|Newest] [Rocket Launch|Mission|Flight]
{K} to [Build|Supply] {money} [Lander|Rover|Probe|Capsule] for {A}
{A} [Delays|Postpones] [Next Launch|Crewed Flight|{code} Mission] [After|Amid] [Technical Problems|Fuel Leak|Software Fault]
{A} and {B} to Share [Satellite Data|Weather Data|Imagery] [Under {money} Deal|From {n} Satellites]
[Debris|Rocket Fragment|Booster] [Falls|Crashes|Lands] Near {town}, [Damaging|Hitting] {n} [Houses|Barns|Cars]

cyber
[Hackers|Attackers|{H}] [Hit|Target|Cripple] {K} in [Major|Large] [Cyber Attack|Data Theft|Ransomware Attack]
{A} [Blames {B} for|Accuses {B} of] [Cyber Attack|Hack|Intrusion] on {K}
{H} [Demands|Seeks] {money} [Ransom|Payment] After [Hitting|Crippling] {n} {C} [Hospitals|Schools|Offices]
[Data|Records|Details] of {nn} {K} [Customers|Users|Patients] [Stolen|Leaked|Exposed]
{K} Shares [Slide|Fall|Tumble] {pct} After [Data Breach|Hack|Outage]
{A} [Expels|Orders Out] {n} Diplomats Over [Hacking Campaign|Cyber Attacks|{H} Links]

markets
{A} Stocks [Fall|Slide|Drop] as {O} [Raises|Lifts|Hikes] Rates to {pct}
Shares of {K} [Drop|Plunge|Sink] {pct} After [Profit Warning|Weak Sales|CEO Exit]
[Inflation|Price Growth|Food Inflation] in {A} [Reaches|Climbs to|Rises to] {pct} in {month}
{cur} [Slides|Weakens|Tumbles] Against [Dollar|Euro|Yen] as [Investors Pull Out|Rates Fall|Reserves Shrink]
{K} [Agrees|Seals|Clinches] {money} [Takeover|Deal|Merger] With {firm}
[Economy|Output|GDP] of {A} [Grows|Shrinks|Expands] {pct} in [Quarter|Year|{year}]

health
{A} [Reports|Confirms|Records] {n} New Cases of {Z} in {town}
{Z} [Outbreak|Cases|Wave] [Fills|Strains|Overwhelms] Hospitals in {C}
{A} [Orders|Buys|Secures] {nn} [Vaccines|Doses|Test Kits] as {Z} [Spreads|Grows|Surges]
[Nurses|Doctors|Paramedics] in {A} [Strike|Walk Out|Protest] Over [Pay|Staff Shortages|Shifts]
{K} [Recalls|Withdraws] [Medicine|Syrup|Formula|Eye Drops] After {n} Children [Fall Ill|Sicken]
{A} [Closes|Shuts] {n} Border Crossings to [Contain|Stop|Slow] {Z}

transport
[Train|Tram|Freight Train] [Derails|Crashes] Near {town}, [Injuring|Hurting|Killing] {n}
{M} [Cancels|Scraps|Suspends] {n} Flights to {B} [Amid|After|Over] [Pilot Strike|Fuel Shortage|Storm]
{A} [Unveils|Announces|Approves] {money} Plan for [New Metro Line|Ring Road|Airport|Tram Network] in {C}
[Work|Construction] on {L} [Falls|Slips|Runs] {mo} Months Behind Schedule
[Ferry|Cargo Ship|Tanker] [Runs Aground|Catches Fire|Loses Power] Off {town} With {n} [Aboard|on Board]
[Bus|Tram|Metro|Train] Drivers in {C} [Strike|Walk Out] Over [Pay|Safety|Rosters]

agriculture
[Drought|Frost|Hail|Locusts|Floods] [Hits|Ruins|Damages] {a_crop} [Harvest|Crop] in {A}
{A} [Farmers|Growers|Herders] [Block Roads|Protest|March] Over [Subsidy Cuts|Fuel Prices|Imports From {B}]
{A} [Culls|Vaccinates|Tests] {nn} [Cattle|Sheep|Pigs|Birds] After [Disease|Outbreak] Near {town}
{A} [Bans|Curbs|Halts] {a_crop} Exports [Amid|After] [Drought|Poor Harvest|Price Surge]
{a_crop} Prices [Soar|Jump|Slump] in {A} After [Frost|Drought|Floods]
{K} [Buys|Leases] {nn} Hectares of Farmland [in the {area}|Near {town}]

education
Teachers in {A} [Strike|Walk Out] Over [Pay|Class Sizes|Reforms]
{A} [Scraps|Delays|Approves] [School Reform|New Curriculum|Grading Overhaul]
[Exam|Test] [Leak|Scandal|Error] Hits {nn} Students in {A}
{n} Schools in {town} [Shut|Stay Shut] [Amid|Over] [Teacher Shortage|Budget Cuts|Heating Failure]
Students in {C} [Protest|March] Over [Fees|Grants|Reform]
{A} [Raises|Freezes|Caps] University Fees [by {pct}|From {month}]

environment
[Smog|Pollution|Toxic Spill] in {C} [Reaches|Nears] Record [Level|High]
{K} [Fined|Sued] Over [Spill|Leak|Pollution] Near {town}
{A} [Pledges|Vows] to [Cut Emissions|Plant Trees|Ban Plastics] by {fyear}
[Fires|Loggers] [Destroy|Clear] {nn} Hectares of Forest in {A}
Activists [Block|Occupy] {K} [Site|Mine|Port] Near {town}
[Wolves|Bears|Storks|Turtles] Return to {A} as Numbers [Recover|Rise]

labour
{nn} Workers Strike at {K} [Over Pay|in {town}|as Talks Fail]
{A} [Raises|Freezes] Minimum Wage [by {pct}|to {money}]
{K} to Cut {nn} Jobs in {town}
Talks Between {K} and Union [Collapse|Resume]
{n} Workers [Killed|Injured] in Accident at {K} [Site|Plant]
Court Rules Strike at {K} [Illegal|Lawful]
""")
_SMALL = set(_w("a an the and of in to for on at as by with"))


def _synonyms(text: str) -> dict[str, tuple[str, ...]]:
    """'word>syn1,syn2 ...' pairs."""
    return {k: _w(v, ",") for k, v in (pair.split(">") for pair in text.split())}


# Re-issue edits: a subeditor's swaps, applied a few times per re-issue.
SYNONYMS = _synonyms("""
said>stated,noted stated>said announced>declared rose>increased,climbed fell>dropped,declined
attack>assault troops>soldiers soldiers>troops agreement>accord deal>pact talks>negotiations
officials>authorities about>around,roughly warned>cautioned plans>intends homes>houses hit>struck
imposed>introduced accused>blamed stole>took disrupted>interrupted strained>tense held>conducted
damage>destruction hackers>attackers drills>exercises weakened>slipped jumped>surged reached>hit
cut>reduced shares>stocks grew>expanded seized>confiscated pledged>promised deployed>sent
cancelled>scrapped delayed>postponed damaged>hit arrested>detained detained>held
complaints>grievances urged>pressed protesters>demonstrators
signed>concluded agreed>decided launched>started approved>endorsed rejected>dismissed
suspended>halted halted>stopped opened>launched ordered>commissioned bought>purchased
sold>offloaded offered>proposed received>got expelled>ordered_out released>freed freed>released
injured>hurt evacuated>moved destroyed>wrecked collapsed>gave_way
residents>locals villagers>locals customers>clients workers>employees employees>staff
hospitals>clinics lawmakers>legislators deputies>lawmakers suspects>defendants
raised>lifted lowered>cut plunged>tumbled slid>fell climbed>rose surged>jumped
near>close_to outside>just_outside nearly>almost roughly>about some>about
plan>scheme project>scheme dispute>row row>dispute crisis>emergency meeting>session
contract>deal investigation>inquiry inquiry>investigation study>report
warships>vessels aircraft>planes drones>unmanned_aircraft
journalists>reporters businessmen>executives activists>campaigners
highest>steepest lowest>weakest
""")
SYNONYMS = {k: tuple(v.replace("_", " ") for v in vs) for k, vs in SYNONYMS.items() if k not in vs}
SYNONYMS |= {k.capitalize(): tuple(v.capitalize() for v in vs) for k, vs in SYNONYMS.items()}
HEAD_SYNONYMS = _synonyms("""
Talks>Negotiations Resume>Restart Recalls>Withdraws Rise>Grow,Mount Says>States
Deal>Agreement,Pact Deploys>Sends Troops>Soldiers,Forces Warns>Cautions Drills>Exercises
Imposes>Introduces Tariffs>Duties Deepens>Widens,Escalates Cuts>Reduces,Slashes
Supplies>Deliveries Amid>Despite Announces>Unveils Major>Large,Big Leads>Tops
Early>Initial,Preliminary Alleges>Claims Close>Tight Overturns>Annuls,Voids Jails>Imprisons
Dozens>Scores Displaces>Uproots Hits>Strikes,Batters
Declares>Announces Reports>Confirms Latest>Newest Hackers>Attackers Hit>Target,Strike
Attack>Assault Blames>Faults Stocks>Shares,Equities Fall>Slide,Drop Raises>Lifts,Hikes
Drop>Fall,Slide Sharply>Steeply Frees>Releases Offers>Proposes Tests>Fires Wins>Secures
Files>Lodges Complaint>Case Delayed>Postponed Promises>Pledges Opens>Begins
Denies>Rejects Refuses>Declines Pledges>Promises Shelter>Take_Refuge Launches>Sends
Build>Make Delays>Postpones Problems>Faults Demands>Seeks Stolen>Leaked Slides>Weakens
Outbreak>Epidemic Fills>Strains Spreads>Grows Strike>Walk_Out Derails>Crashes Injuring>Hurting
Cancels>Scraps Unveils>Announces Falls>Slips Ruins>Destroys Bans>Blocks Soar>Surge
Protest>Rally Scraps>Drops Shut>Close Fined>Penalised Destroy>Ravage Recover>Rebound
Summons>Calls_In Rebukes>Scolds Envoy>Diplomat Ambassador>Envoy Consul>Diplomat
Remarks>Comments Arrests>Detentions Blackout>Outage Outage>Blackout Homes>Houses
Households>Homes Customers>Clients Bills>Costs Reach>Hit Record>All-Time Heads>Moves
Runoff>Second_Round Lacks>Misses Majority>Mandate Turnout>Participation Voters>Electors
Nears>Approaches Police>Officers Detain>Arrest Arrest>Detain Hold>Detain
Protesters>Demonstrators Activists>Campaigners Students>Youths Prosecutors>Investigators
Seize>Confiscate Freeze>Block Assets>Holdings Accounts>Funds Linked>Tied Tells>Informs
Handovers>Payments Bribes>Kickbacks Damage>Destruction Losses>Damage Expels>Ejects
Diplomats>Envoys Climbs>Rises Rises>Climbs Reaches>Hits Economy>Output Grows>Expands
Expands>Grows Shrinks>Contracts Closes>Shuts Shuts>Closes Crossings>Checkpoints
Contain>Curb Stop>Halt Slow>Curb Ferry>Boat Tanker>Vessel Leases>Rents Buys>Acquires
Farmland>Land Smog>Haze Block>Blockade Jobs>Posts Workers>Staff Injured>Hurt
Accident>Mishap Isolates>Cuts_Off Strands>Isolates Traps>Strands Villages>Hamlets
Dispute>Row Row>Dispute Widens>Deepens Escalates>Deepens Mobilises>Calls_Up
Reservists>Reserves Conscripts>Recruits Volunteers>Recruits Crisis>Tension Sentences>Jails
Convicts>Jails Work>Construction Construction>Work Runs>Falls Schedule>Plan Debris>Wreckage
Crashes>Falls Lands>Falls Damaging>Hitting Houses>Homes Records>Reports Cases>Infections
Axes>Cuts Sheds>Cuts Share>Pool Imagery>Images Clear>Raze Forest>Woodland Stalled>Delayed
Drivers>Workers Jump>Surge Slump>Fall Prices>Costs Freezes>Caps Caps>Limits Fees>Charges
Exports>Shipments Shipments>Exports Sales>Exports Plunge>Slump Bites>Deepens Upholds>Confirms
Sleep>Shelter Wait>Shelter Schools>Classrooms Tents>Camps Gyms>Halls Details>Data
Users>Customers Patients>People Exposed>Leaked Slide>Drop Tumble>Plunge Seals>Agrees
Clinches>Seals Takeover>Buyout Merger>Tie-Up Sign>Seal Agree>Sign Seal>Sign Scrap>Drop
Ease>Relax Quotas>Limits Licences>Permits Checks>Controls Blocks>Halts Approves>Backs
Extradition>Handover Transfer>Handover Suspects>Defendants Supply>Provide Lander>Probe
Farmers>Growers Growers>Farmers Herders>Farmers March>Rally Restart>Resume Revive>Resume
Dialogue>Talks Releases>Frees Pardons>Frees Ransom>Payment Payment>Ransom Hitting>Crippling
Crippling>Hitting Hospitals>Clinics Orders>Buys Secures>Gets Vaccines>Jabs Doses>Jabs
Sued>Fined Spill>Leak Leak>Spill Vows>Pledges Weakens>Slides Tumbles>Slides Teachers>Staff
Sink>Slump Curbs>Limits Halts>Stops Rejects>Denies Accusations>Charges Allegations>Charges
Trial>Case Begins>Opens Resumes>Restarts Wave>Surge Overwhelms>Swamps
Drones>Aircraft Relief>Aid Nurses>Staff Doctors>Medics Paramedics>Medics Proposes>Offers
Plan>Scheme Contract>Deal Order>Contract Claims>Alleges Cries>Alleges Withdraws>Recalls
Tops>Leads Slaps>Imposes Postpones>Delays Masses>Gathers Posts>Reports Profit>Earnings
Loss>Deficit
""")
HEAD_SYNONYMS = {k: tuple(v.replace("_", " ") for v in vs) for k, vs in HEAD_SYNONYMS.items()}


def _pct(r: Random, y: int) -> str:  # the unit follows the story's house style (e["%"])
    if r.random() < 0.5:
        return f"{r.randint(1, 30)}.{r.randint(1, 9)}"
    return str(r.randint(2, 75))


def _money(r: Random, y: int) -> str:
    if r.random() < 0.5:
        return f"${r.randint(11, 990) / 10:.1f} billion"
    return f"${r.randint(15, 950)} million"


def _given(r: Random) -> str:  # one given name, or two
    return r.choice(FIRST) if r.random() < 0.6 else f"{r.choice(FIRST)} {r.choice(FIRST)}"


def _cash(r: Random, y: int) -> str:  # prices, fees and wages, where billions would be absurd
    if r.random() < 0.7:
        return f"${r.randint(2, 950)}"
    return f"${r.randint(1, 90)},{r.randint(0, 999):03d}"


def _when(r: Random, y: int) -> str:
    k = r.random()
    if k < 0.35:
        return f"{r.choice(WHEN_DAY)} {r.choice(WEEKDAYS)}{r.choice(WHEN_PART)}"
    if k < 0.6:
        return f"on {r.choice(MONTHS)} {r.randint(1, 28)}"
    if k < 0.85:
        return r.choice(WHEN)
    return f"in {r.choice(MONTHS)}" if r.random() < 0.7 else f"in {r.choice(MONTHS)} {y - 1}"


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 11 <= n % 100 <= 13 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _place(r: Random, y: int) -> str:
    town = r.choice(TOWNS)
    kind = r.choice(("village", "town", "district", "port", "suburb", ""))
    return f"the {kind} of {town}" if kind else town


def _institute(r: Random) -> str:
    return r.choice(INSTITUTES).format(L=r.choice(LAST), c=r.choice(CITIES), k=r.choice(COMPANIES))


def _outlet(r: Random, y: int) -> str:
    if r.random() < 0.7:
        return f"the {r.choice(TOWNS)} {r.choice(OUTLETS)}"
    return f"{r.choice(COMPANIES)} {r.choice(('TV', 'Radio', 'News'))}"


# Slots drawn afresh for every use; story entities (A, B, P, ...) stay fixed within a story.
GEN: dict[str, Callable[[Random, int], str]] = {
    "n": lambda r, y: str(r.randint(3, 95)),
    "mo": lambda r, y: str(r.randint(2, 30)),
    "few": lambda r, y: str(r.randint(2, 9)),
    "nn": lambda r, y: f"{r.randint(120, 98000):,}",
    "pct": _pct,
    "money": _money,
    "cash": _cash,
    "km": lambda r, y: f"{r.randint(5, 1500):,} kilometers",
    "kmh": lambda r, y: str(r.randint(90, 290)),
    "seats": lambda r, y: str(r.randint(101, 450)),
    "idx": lambda r, y: f"{r.randint(1000, 40000):,}.{r.randint(10, 99)}",
    "when": _when,
    "year": lambda r, y: str(y - r.randint(1, 14)),
    "fyear": lambda r, y: str(y + r.randint(1, 6)),
    "month": lambda r, y: r.choice(MONTHS),
    "weekday": lambda r, y: r.choice(WEEKDAYS),
    "day": lambda r, y: str(r.randint(1, 28)),
    "said": lambda r, y: r.choice(("said", "stated", "announced", "told reporters", "confirmed")),
    "said2": lambda r, y: r.choice(("said", "added", "noted", "said in a statement")),
    "modal": lambda r, y: r.choice(("may", "could", "might", "would", "will")),
    "rep": lambda r, y: "reportedly " if r.random() < 0.2 else "",
    "neg": lambda r, y: r.choice(("did not", "declined to", "refused to", "would not")),
    # fresh names: places, people and bodies that no other story is likely to mention
    "town": lambda r, y: r.choice(TOWNS),
    "place": _place,
    "area": lambda r, y: f"{r.choice(TOWNS)} {r.choice(AREA_KINDS)}",
    "land": lambda r, y: r.choice(COUNTRIES),
    "person": lambda r, y: f"{_given(r)} {r.choice(LAST)}",
    "firm": lambda r, y: f"{r.choice(COMPANIES)} {r.choice(FIRM_KINDS)}",
    "outlet": _outlet,
    "nth": lambda r, y: _ordinal(r.randint(2, 12)),
    "code": lambda r, y: f"{r.choice(_CODE_A)} {r.choice(_CODE_B)}",
    "unit": lambda r, y: " ".join((_ordinal(r.randint(1, 150)), *map(r.choice, UNIT_KINDS))),
}
# Fresh places and people recur within a story: this share of them comes from the story's own
# three (e["town*"], ...), as a report keeps returning to the same villages and witnesses.
LOCAL = ("town", "person", "place")
LOCAL_SHARE = 0.3
# A compiled template: (literal, slot or None, alternatives) triples; alternatives is a tuple of
# compiled templates, one of which is filled in, or empty. Pools compile to alternatives.
Part = tuple[str, str | None, tuple["Parts", ...]]
Parts = tuple[Part, ...]
_POOLS: dict[str, tuple[Parts, ...]] = {}


def _brackets(template: str) -> list[tuple[int, int]]:
    """(start, end) of each outermost [...] group; groups may nest."""
    spans, depth, at = [], 0, 0
    for i, ch in enumerate(template):
        if ch == "[":
            at = i if not depth else at
            depth += 1
        elif ch == "]":
            depth -= 1
            if not depth:
                spans.append((at, i + 1))
    if depth:
        raise ValueError(f"unbalanced brackets in {template!r}")
    return spans


def _compile(template: str) -> Parts:
    parts: list[Part] = []
    at = 0
    for start, end in (*_brackets(template), (len(template), len(template))):
        for lit, key, _, _ in string.Formatter().parse(template[at:start]):
            parts.append((lit, None, ()))
            if key in _POOLS:
                parts.append(("", None, _POOLS[key]))
            elif key:
                parts.append(("", key, ()))
        if end > start:
            options = _options(template[start + 1 : end - 1])
            parts.append(("", None, tuple(_compile(o) for o in options)))
        at = end
    return tuple(p for p in parts if p != ("", None, ()))


def _keys(parts: Parts) -> set[str]:
    keys = {k for _, k, _ in parts if k}
    for _, _, alts in parts:
        for alt in alts:
            keys |= _keys(alt)
    return keys


for _line in POOLS_TEXT.strip().splitlines():  # in order: a pool may use those above it
    if _line and not _line.startswith("#"):
        _name, _text = _line.split(": ", 1)
        _POOLS[_name] = tuple(_compile(o) for o in _options(_text))
_WRAPS = tuple(map(_compile, WRAPPERS))
_NAMED = {"P", "PL", "Q", "QL", "O", "X"}
# (core, wrappers that do not name again a person or body the core names)
CORE_TABLE = {
    topic: tuple((c, tuple(w for w in _WRAPS if not _keys(w) & _keys(c) & _NAMED)) for c in cores)
    for topic, cores in ((t, tuple(map(_compile, cs))) for t, cs in CORES.items())
}
HEAD_TABLE = {topic: tuple(map(_compile, heads)) for topic, heads in HEADLINES.items()}


def _fill(parts: Parts, ents: dict[str, str], r: Random, y: int, core: str = "") -> str:
    out = []
    for lit, key, alts in parts:
        out.append(lit)
        if alts:
            out.append(_fill(r.choice(alts), ents, r, y, core))
        elif not key:
            continue
        elif key == "core":
            out.append(core)
        elif key in ents:
            out.append(ents[key])
        elif key in LOCAL and r.random() < LOCAL_SHARE:  # a place or person the story returns to
            out.append(r.choice(ents[key + "*"].split("|")))
        else:
            out.append(GEN[key](r, y))
            if key == "pct":
                out.append(ents["%"])
    return "".join(out)


def _title(words: str) -> str:
    return " ".join(
        w if i and w in _SMALL else w[0].upper() + w[1:] for i, w in enumerate(words.split())
    )


_ARTICLE = re.compile(r"\b([Aa]) (?=(?!uni|use|one|eu)[aeiouAEIOU])")
_ATTRIBUTED = re.compile(
    r"\b(according to|said|says|say|reported|told|found|show|shows|showed|estimates|suggests|"
    r"calculated|projected|revealed|published|obtained|argued|wrote)\b"
)


@dataclass(slots=True)
class _Story:
    day: int  # date ordinal
    headline: str
    paras: tuple[tuple[str, ...], ...]
    reissues: int = 0


def _entities(r: Random, topic: str) -> dict[str, str]:
    a, b = r.sample(COUNTRIES, 2)
    city, city2, pl, ql = r.choice(CITIES), r.choice(CITIES), r.choice(LAST), r.choice(LAST)
    e = {
        "A": a, "B": b, "C": city, "D": city2, "PL": pl, "QL": ql,
        "P": f"{_given(r)} {pl}", "Q": f"{_given(r)} {ql}",
        "O": f"the {a} {r.choice(TOPICS[topic][0].split('|'))}", "X": _institute(r), "pop": str(r.randint(2, 90)),
        "K": f"{r.choice(COMPANIES)} {r.choice(_w(SECTORS.get(topic, 'Group'), '|'))}",
        "G": r.choice(GOODS), "issue": r.choice(ISSUES), "crime": r.choice(CRIMES),
        "E": f"{r.choice(_CODE_A)} {r.choice(_CODE_B)}", "H": " ".join(map(r.choice, GROUP)),
        "Y": r.choice(PARTY_FORMS).format(*map(r.choice, PARTY), r.choice(LAST)),
        "T": f"the {r.choice(CITIES)} "
        + r.choice(_w("Accord Treaty Protocol Agreement Pact Convention Declaration Charter")),
        "F": r.choice(_ON) + r.choice(_MID) + r.choice(_w("stream line flow link")),
        "J": r.choice(COURTS).format(a=a, c=city),
        "W": f"{r.choice(_w('Storm|Cyclone|Typhoon|Hurricane|Tropical Storm', '|'))} {r.choice(FIRST)}",
        "V": f"the {r.choice(COMPANIES)}-{r.randint(1, 40)} "
        + r.choice(_w("rocket|launcher|carrier rocket|booster|heavy-lift rocket|light launcher", "|")),
        "I": f"{city} {r.choice(_w('Composite|All-Share|Blue Chip|General|Top 40|Main Board', '|'))} index",
        "cur": f"the {a} {r.choice(_w('krona mark lira dinar crown florin'))}",
        "Z": f"{r.choice(_ON)}{r.choice(_w('ra va lo ne ta ri go mu'))} "
        + r.choice(_w("fever flu virus syndrome disease pox")),
        "L": f"the {city}-{city2} "
        + r.choice(_w("railway|rail line|high-speed line|motorway|metro extension|tram line", "|")),
        "M": f"{r.choice(COMPANIES)} {r.choice(_w('Air Airways Airlines Aviation Wings Jet'))}",
    }  # fmt: skip
    e["PR"] = r.choice(TOPICS[topic][1].split("|")).format(**e)
    e["%"] = r.choice((" percent", "%"))  # house style
    for key in LOCAL:
        e[key + "*"] = "|".join(GEN[key](r, 0) for _ in range(3))
    e["QR"] = r.choice(Q_ROLES).format(**e)
    return e


def _new_story(r: Random) -> _Story:
    day = r.randint(date(2019, 1, 1).toordinal(), date(2024, 12, 26).toordinal())
    y = date.fromordinal(day).year
    topic = r.choice(tuple(TOPICS))
    e = _entities(r, topic)
    headline = _title(_fill(r.choice(HEAD_TABLE[topic]), e, r, y))
    sizes, left = [], r.randint(28, 32)
    while left > 4:
        sizes.append(r.randint(2, min(4, left - 2)))
        left -= sizes[-1]
    sizes.append(left)
    # a deck of distinct cores, topical ones first and most; when it runs out, topical facts
    # are restated (same clause, new attribution) as articles restate their lead
    topical = r.sample(CORE_TABLE[topic], TOPICAL_PER_STORY)
    generic = r.sample(CORE_TABLE["generic"], GENERIC_PER_STORY)
    deck = topical[:4] + r.sample(topical[4:] + generic, len(topical) - 4 + len(generic))
    deck += r.sample(topical, len(topical))
    facts: dict[int, str] = {}
    used: set[str] = set()
    paras, i = [], 0
    for size in sizes:
        para: list[str] = []
        while len(para) < size:
            parts, wraps = deck[i % len(deck)]
            i += 1
            again = id(parts) in facts
            s = core = facts[id(parts)] if again else _fill(parts, e, r, y)
            facts[id(parts)] = core
            if _ATTRIBUTED.search(core):  # "..., the Herald reported": not wrapped again
                if again and i < 3 * len(deck):
                    continue  # a restatement needs a new attribution
                wraps = ()
            for _ in range(3 if again and wraps else 1):  # a restatement must not repeat
                if wraps and (again or r.random() < WRAPPED_SHARE):
                    s = _fill(r.choice(wraps), e, r, y, core=core)
                if s not in used:
                    break
            used.add(s)
            s = _ARTICLE.sub(r"\1n ", " ".join(s.split()))  # "a early" -> "an early"
            para.append(s[0].upper() + s[1:] + ".")
        paras.append(tuple(para))
    return _Story(day, headline, tuple(paras))


_NUMBER = re.compile(r"(?<![\w.,-])\d+(?:,\d{3})*(?:\.\d+)?(?![\w-])")


def _nudge(r: Random, s: str) -> str | None:
    """A nearby number for the number s, or None for a year."""
    sep = "," if "," in s else ""
    if "." in s:
        digits = len(s) - s.index(".") - 1
        f = float(s.replace(",", "")) + r.choice((-1, 1)) * r.randint(1, 5) / 10**digits
        return f"{max(f, 10**-digits):{sep}.{digits}f}"
    v = int(s.replace(",", ""))
    if 1900 <= v <= 2100 and "," not in s:
        return None
    delta = max(1, round(v * r.uniform(0.03, 0.15)))
    v = v + delta if r.random() < 0.5 or v - delta < 1 else v - delta
    return f"{v:{sep}}"


def _edit_sentence(r: Random, paras: list[list[str]], numbers: bool) -> None:
    """Nudge one number, or swap one word for a synonym, in a random sentence."""
    for _ in range(6):  # a few tries to find a sentence the edit applies to
        para = r.choice(paras)
        i = r.randrange(len(para))
        s = para[i]
        if numbers:
            found = list(_NUMBER.finditer(s))
            m = r.choice(found) if found else None
            new = _nudge(r, m.group(0)) if m else None
            if m and new:
                para[i] = s[: m.start()] + new + s[m.end() :]
                return
        else:
            words = s.split(" ")
            spots = [j for j, w in enumerate(words) if w.rstrip(",.") in SYNONYMS]
            if spots:
                j = r.choice(spots)
                w = words[j].rstrip(",.")
                words[j] = r.choice(SYNONYMS[w]) + words[j][len(w) :]
                para[i] = " ".join(words)
                return


def _reissue(r: Random, story: _Story) -> tuple[int, str, list[list[str]]]:
    paras = [list(p) for p in story.paras]
    places = [(p, i) for p, para in enumerate(paras) for i in range(len(para))]
    drop = set(r.sample(places[1:], int(len(places) * r.uniform(0, 0.3))))  # keep the lead
    paras = [[s for i, s in enumerate(para) if (p, i) not in drop] for p, para in enumerate(paras)]
    paras = [para for para in paras if para]
    for _ in range(r.randint(1, 3)):  # swap adjacent sentences
        pairs = [para for para in paras if len(para) > 1]
        if pairs:
            para = r.choice(pairs)
            i = r.randrange(len(para) - 1)
            para[i], para[i + 1] = para[i + 1], para[i]
    if len(paras) > 2 and r.random() < 0.3:  # move a paragraph, never the lead
        moved = paras.pop(r.randint(1, len(paras) - 1))
        paras.insert(r.randint(1, len(paras)), moved)
    for numbers in (True, False):
        for _ in range(r.randint(0, 3)):
            _edit_sentence(r, paras, numbers)
    words = story.headline.split(" ")
    spots = [j for j, w in enumerate(words) if w in HEAD_SYNONYMS]
    for j in r.sample(spots, min(len(spots), r.randint(1, 2))):
        words[j] = r.choice(HEAD_SYNONYMS[words[j]])
    return story.day + r.randint(0, 5), " ".join(words), paras


def _render(day: int, headline: str, paras: list[list[str]] | tuple[tuple[str, ...], ...]) -> str:
    d = date.fromordinal(day)
    suffix = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    # English names by hand: strftime's %a and %b follow the locale
    dateline = f"{WEEKDAYS[d.weekday()][:3]}. {MONTHS[d.month - 1][:3]} {d.day}{suffix}, {d.year}"
    body = "\n\n".join(" ".join(p) for p in paras)
    return f"{dateline}\n{headline}\n\n{body}\n"


def _generate(n_articles: int, seed: int) -> Iterator[tuple[str, str, bool, int]]:
    """(file name, text, is_original, sentence count) in emission order."""
    r = Random(seed)
    originals_left = max(1, round(n_articles * ORIGINAL_SHARE))
    live: dict[int, _Story] = {}
    order: deque[int] = deque()
    tickets: list[int] = []  # story ids repeated by popularity: a uniform pick is Zipf-like
    for index in range(n_articles):
        pick = None
        if not originals_left or r.random() >= originals_left / (n_articles - index):
            while tickets and pick is None:
                j = r.randrange(len(tickets))
                if tickets[j] in live and live[tickets[j]].reissues < MAX_REISSUES:
                    pick = tickets[j]
                else:  # stale ticket (evicted or capped story): drop it in O(1)
                    tickets[j] = tickets[-1]
                    tickets.pop()
        name = f"{index:06d}.txt"
        if pick is None:  # an original, also when no story can be re-issued yet
            story = _new_story(r)
            sid = order[-1] + 1 if order else 0
            live[sid] = story
            order.append(sid)
            tickets.extend([sid] * min(MAX_REISSUES, int(r.paretovariate(1.0))))
            if len(order) > WINDOW:
                del live[order.popleft()]
            originals_left = max(0, originals_left - 1)
            text = _render(story.day, story.headline, story.paras)
            yield name, text, True, sum(map(len, story.paras))
        else:
            story = live[pick]
            story.reissues += 1
            day, headline, paras = _reissue(r, story)
            yield name, _render(day, headline, paras), False, sum(map(len, paras))


@dataclass(frozen=True)
class CorpusStats:
    articles: int  # files written
    stories: int  # base stories (originals)
    bytes: int  # total bytes written
    sentences: int  # total sentences written (approximate number of claims)


def iter_articles(n_articles: int, *, seed: int = 7) -> Iterator[tuple[str, str]]:
    """Yield (file_name, text) without writing, in the same order build() writes."""
    for name, text, _, _ in _generate(n_articles, seed):
        yield name, text


def build(out_dir: Path, n_articles: int, *, seed: int = 7) -> CorpusStats:
    """Write n_articles .txt files into out_dir (created if missing) and return stats."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    articles = stories = size = sentences = 0
    for name, text, original, count in _generate(n_articles, seed):
        data = text.encode("utf-8")
        (out_dir / name).write_bytes(data)
        articles += 1
        stories += original
        size += len(data)
        sentences += count
    return CorpusStats(articles, stories, size, sentences)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Write a synthetic news corpus for benchmarks.")
    parser.add_argument("out_dir", type=Path, help="folder for the .txt files")
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    print(build(args.out_dir, args.n, seed=args.seed))
