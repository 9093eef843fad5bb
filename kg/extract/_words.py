"""Word lists of the ``patterns.v1`` extractor (private; the rules that use them say why)."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import NamedTuple

import yaml

from kg.gazetteer import place_nouns, reporting_verbs
from kg.model import EntityType

_TRIGGER_WEIGHT = {"verb": 0.85, "noun": 0.75, "adjective": 0.7}
_PLACE_PREPS = {"along", "near", "around", "toward", "towards", "to", "at", "on"}
_OBJECT_PREPS = {"along", "near", "around", "between", "among", "to", "with", "against", "on", "for", "in", "into", "inside", "at", "over", "toward", "towards", "from", "about", "of"}
#: Verbs of a reporting clause ("X said that ...", "quoted Y as saying"): ``kg/data/reporting.yaml``.
_REPORTING = reporting_verbs()[0]
_INTEND = {"plan", "intend", "want", "like", "wish", "hope", "seek", "aim", "expect", "prepare", "ready", "agree", "pledge", "promise", "vow", "swear", "decide", "going", "try", "threaten", "offer"}
#: Verbs of asking to be admitted or striving for a thing whose infinitive is still to come ("applied to join Y",
#: "aspires to join Y", "lobbied to host the summit", "bid to join Y"): intended, but only with their infinitive
#: complement ("applied pressure to force Y" states its act).
_STRIVING = {"apply", "aspire", "bid", "lobby", "campaign", "strive"}
_THREATEN = {"threaten", "warn"}
_REQUESTING = {"invite", "urge", "ask", "call", "press", "request", "demand", "encourage", "appeal", "order", "lobby", "implore",
               "exhort", "petition", "pressure"}
_NEGATE = {"refuse", "decline", "deny", "refute", "fail", "reject"}
#: Words that, as a subject, name no one: "neither would attack", "none of them signed", "nobody came".
_NOBODY = {"neither", "none", "nobody", "nothing", "noone", "no-one"}
#: Verbs of harm suffered in an attack: PETRARCH2's CAMEO 18-19 verbs with patterns of the attack they suffer it in
#: ("DIE * (IN RAID)", "HURT * (IN ATTACK)", "KILL", "WOUND", "INJURE") and the taking of people in one (CAMEO 181
#: "abduct, hijack, take hostage": capture, abduct, kidnap); their subject is the attack's target, and a passive
#: participle of theirs describes its target ("five soldiers, killed in an ambush by Y").
HARMED_IN = frozenset({"die", "kill", "hurt", "wound", "injure", "capture", "abduct", "kidnap"})
#: Verbs that end an ongoing act named by their gerund ("stopped supporting Y", "ceased shelling Y").
_CEASE = {"stop", "cease", "halt", "quit", "discontinue"}
#: Nouns whose "that" clause is what someone says happened ("claims that X attacked Y", "reports that ...").
_CLAIM_NOUNS = {"claim", "report", "allegation", "accusation", "charge", "rumour", "rumor", "assertion", "suggestion", "speculation", "story", "suspicion"}
#: Verbs that dispute a claim noun ("rejected claims that ...", "dismissed reports that ..."): its clause is denied.
_DISPUTE = {"deny", "reject", "dismiss", "refute", "rebut", "debunk", "disprove", "dispute", "contest", "discount"}
#: Verbs that deny a fact: with a gerund ("denied shelling Y", "denies having sent troops to Y") the act denied is
#: the subject's own, not a refusal of Y.
_DENY_FACT = {"deny", "refute"}
_POSSIBLE = {"can", "could", "may", "might", "ca"}
#: Words that govern an act as likely, refused or scheduled rather than done ("is unlikely to attack Y",
#: "seems unwilling to sanction Y", "is due to sign", "is set to sign"), and verbs of belief or fear whose
#: clause with its own subject is a third party's guess ("worries that Y will sanction Z").
_LIKELY = {"likely", "unlikely", "probable", "improbable"}
_UNWILLING = {"unwilling", "reluctant", "loath", "loth", "hesitant", "disinclined"}
_SCHEDULED = {"due", "poised", "scheduled", "slated", "set"}
_SUPPOSE = {"fear", "worry", "suspect", "believe", "think", "predict", "anticipate", "assume", "speculate", "estimate"}
#: Adverbs that deny a clause short of "not": a near miss ("nearly attacked Y", "almost signed") or a rarity
#: ("seldom criticizes Y", "has hardly ever met Y"): the act is not stated as done.
_SCARCELY = {"nearly", "almost", "seldom", "rarely", "hardly", "scarcely", "barely"}
#: Adverbs that hedge a clause: the writer does not vouch for it ("X allegedly shelled Y", "reportedly signed").
_HEDGES = {"allegedly", "reportedly", "purportedly", "supposedly", "possibly", "perhaps", "maybe", "probably"}
_WILL = {"will", "shall", "would", "'ll", "wo", "'d"}
_OBJECT_CONTROL = {"urge", "ask", "call", "invite", "press", "force", "push", "encourage", "order", "demand", "request", "persuade", "allow"}
_DYAD_NOUNS = {"side", "country", "nation", "neighbour", "neighbor", "government", "leader", "president", "minister", "party", "state", "rival", "capital"}
#: Verbs of building a work (kg/data/lexicon.yaml: works built for another are aid): "built a school for Y".
_BUILDING = {"build", "construct", "rebuild", "renovate", "refurbish", "restore"}
# Verbs whose object noun carries the event ("lodged a protest", "sent a congratulatory message",
# "made a contribution"): the verb's subject is the noun's subject. Other verbs ("discussed the
# conflict", "reviewed cooperation") only talk about the event.
_LIGHT_VERBS = {
    "make", "hold", "have", "give", "provide", "lodge", "send", "express", "conduct", "carry", "wage",
    "launch", "offer", "extend", "reach", "pay", "impose", "issue", "deliver", "take", "voice",
    "file", "stage", "mount", "declare", "level", "begin", "start", "resume", "continue",
    "grant", "strengthen", "deepen", "expand", "enhance", "boost", "promote", "establish", "build",
    "maintain", "finalize", "finalise", "enter", "undertake", "step", "order", "open",
    "announce", "intensify", "broaden", "increase", "seal", "strike", "forge", "renew",
    "initiate", "carry", "play", "put", "bring", "perform", "allocate", "earmark", "unveil", "approve", "adopt", "agree",
    "conclude", "complete", "ink", "hand", "present", "register", "submit", "convey", "transmit", "lead", "spearhead", "join",
    # setting a body or a pact up: "formed a joint commission with Y", "set up a task force with Y", "created a fund with Y"
    "form", "create", "set", "found", "institute",
    # putting a measure on someone, or making it heavier: "slapped duties on Y", "raised tariffs on Y", "tightened export
    # controls on Y", "levied a tax on Y's firms", "doubled its aid to Y"
    "slap", "levy", "raise", "hike", "tighten", "double", "triple",
    # "laid siege to Y"
    "lay",
    # restating or showing one's own act or stance: "reiterated support for Y", "reaffirmed solidarity with Y", "showed
    # support for Y" (not "confirm", said of another's act too: "NATO confirmed a drone attack on Y")
    "reiterate", "reaffirm", "restate", "repeat", "underline", "underscore", "stress", "emphasise", "emphasize", "affirm",
    "show", "demonstrate", "signal",
    # a legislature's act voted into force: "passed sanctions against Y", "enacted tariffs on Y" (PETRARCH2 ENACT;
    # "approve" and "adopt" above)
    "pass", "enact",
    # "voted new sanctions on Y" (and, through its "for" or "in favour of" phrase, "voted for sanctions against Y":
    # _arguments.act_voted_for)
    "vote",
}
#: Verbs that make a standing tie named by their object ("signed a strategic partnership with Y", "formed an
#: alliance with Y"): not light verbs (their own act is read too), but the tie is their subject's.
_MAKING_TIES = {"sign", "ratify", "countersign", "form", "agree"}
#: Verbs of promising whose object noun names the act promised ("pledged aid to Y", "promised a loan to Y", "vowed
#: retaliation against Y"): like a light verb's, the noun's doer is the verb's subject, and the act is intended.
_PROMISING = {"promise", "pledge", "vow", "guarantee"}
#: Verbs of assuring someone of an act, which the "of" phrase names ("assured Y of its support"): a promise to Y.
_ASSURING = {"assure", "reassure"}
# Verbs whose subject benefits from the event their object names ("welcomed the support by X").
_RECEIVING = {"welcome", "appreciate", "praise", "value", "hail", "acknowledge", "receive", "accept", "commend", "laud", "applaud", "thank"}
#: Verbs of getting a thing from someone ("received aid from Y", "secured a loan from Y", "got a warning from Y"): the
#: "from" party does the act the thing names, to the one who gets it.
_GETTING = {"receive", "get", "obtain", "secure", "accept", "win"}
#: People who arrive to stay or pass through: "welcomed refugees from Y", "received migrants" is taking them
#: in, not praise of Y (nor a visit by Y).
_ARRIVALS = {"refugee", "migrant", "immigrant", "evacuee", "asylum-seeker", "seeker", "exile", "returnee", "expatriate",
             "worker", "newcomer", "settler", "deportee", "orphan", "child", "family", "survivor", "displaced",
             "tourist", "student", "pilgrim", "traveller", "traveler", "holidaymaker"}
# Predicates whose object may come through "in" ("invest in Kenya", "take part in the mission").
_IN_PREDICATES = {"threatens", "investsIn", "participatesIn", "partnerIn", "mediates", "mobilizes", "attacks", "occupies", "memberOf", "contributesTo", "providesAidTo", "concedes", "coerces"}
#: Verbs that judge, warn against or ask for an act ("condemned the treatment of Y-ian prisoners", "warned against the
#: transfer of Y-ians", "called for the release of Y-ian hostages"): the people the act is done to are no target.
_JUDGING = {"condemn", "criticise", "criticize", "denounce", "deplore", "decry", "slam", "protest", "warn", "caution",
            "praise", "welcome", "thank", "hail", "commend", "applaud", "laud", "reject", "blame", "accuse", "urge",
            "demand", "call", "appeal", "complain"}
#: Plain nouns that name again an act just stated ("X closed the border, a move Y criticised", "a step that Y
#: welcomed", "in a decision Y condemned"): they say nothing of the act but that it was done (kg/extract/_renamed.py).
_ACT_NAMES = {"move", "step", "decision", "measure", "action", "act", "gesture"}
#: People held by another, who are the patients of the acts done to them ("the release of Y-ian hostages").
_HELD = {"prisoner", "hostage", "detainee", "captive", "abductee"}
# Groups of private people: named after a country, they still do not act for it.
_CIVILIANS = {"team", "tourist", "student", "fan", "player", "athlete", "runner", "author", "writer", "chef", "scientist", "researcher", "artist", "pilgrim", "traveller", "traveler", "visitor", "diner", "club", "squad", "band", "singer", "actor", "firm", "company", "investor", "businessman", "businesswoman", "consumer", "shopper", "customer"}
_PLACE_NOUNS = {"border", "boundary", "frontier", "region", "territory", "water", "waters", "city", "town", "village", "capital", "coast", "island", "province", "state", "area", "zone", "soil", "airspace", "side", "north", "south", "east", "west", "port", "airport", "base"}
# Predicates whose object may be a place named after an actor ("shelled the X border", "massed troops on the frontier with Y").
_PLACE_PREDICATES = {"attacks", "occupies", "mobilizes", "withdrawsFrom", "visits", "coerces", "fightsWith", "concedes", "investsIn"}
_BILATERAL = {"bilateral", "mutual", "joint"}
#: Words that make coordinated subjects act each on their own ("X and Y each reached a deal", "separately signed").
_APART = {"each", "separately", "respectively", "individually", "independently", "unilaterally"}
#: Nouns after "with" that name a manner or a helper, not a partner ("signed a deal with the help of Z").
_WITH_MANNER = {"aim", "view", "goal", "purpose", "intention", "help", "support", "assistance", "mediation", "backing",
                "participation", "blessing", "approval", "consent", "fanfare", "ceremony", "delay", "reservation",
                "reservations", "condition", "conditions", "caveat", "caveats", "exception", "exceptions", "effect", "eye"}
#: Secondary predicates of captivity ("held the crew hostage", "took them prisoner", "kept them captive").
_CAPTIVE = {"hostage", "hostages", "captive", "captives", "prisoner", "prisoners"}
#: Head nouns of a member's kind: "a member state of Y", "a member economy of Y" (the head carries the arguments).
_MEMBER_HEADS = {"state", "country", "nation", "economy", "government"}
# Head nouns that carry the arguments of an event noun before them ("mediation effort", "aid package").
_CARRIERS = {"effort", "efforts", "package", "program", "programme", "mission", "deal", "process", "initiative", "plan", "offer", "agreement", "accord", "campaign", "operation", "team", "talks", "drive", "bid", "project", "pact", "note", "letter", "message", "telegram", "statement"}
# Acts that, promised under a condition, are threats.
_THREAT_ACTS = {"sanctions", "withdrawsFrom", "attacks", "coerces", "mobilizes", "occupies", "protests", "rejects", "fightsWith"}
#: Words that rank a state among the doers of an act, which it did ("the first country to recognise Y", "the only
#: member to vote against").
_RANKS = {"first", "second", "third", "fourth", "fifth", "last", "latest", "only", "sole", "newest", "earliest"}
#: Linking verbs whose predicate adjective says the subject's stance ("remains opposed to Y").
_LINKING = {"be", "remain", "stay", "become", "seem", "appear", "grow"}
#: Words that tie a hostile act's targets to an actor, with "to" or "with" ("individuals linked to Y", "firms tied to Y",
#: "militias affiliated with Y", "businessmen close to Y", "groups loyal to Y"); and the nouns of ties ("with ties to Y").
_TIED_TO = {"link", "linked", "tie", "tied", "connect", "connected", "affiliate", "affiliated", "associate", "associated", "close", "loyal"}
_TIE_NOUNS = {"tie", "link", "connection"}
#: Goods named by the country they come from ("tariffs on imports from Y", "a ban on products from Y"): they stand for
#: that country as "Y-ian goods" do.
#: Nouns of a share of a whole ("60 percent of Y's exports", "most of its oil", "half of its gas"): a quantity of the
#: whole (patterns._QUANTITY_NOUNS) and the share one state takes of another's trade (_arguments._share_takers).
_PORTIONS = frozenset({"percent", "most", "half", "part", "share", "bulk", "majority", "third", "quarter"})
_TRADED = {"import", "imports", "export", "exports", "good", "goods", "product", "products", "commodity", "commodities", "shipment", "shipments"}
#: Capital named by the country it comes from, only as what a measure falls on ("curbs on investment from Y"; not
#: "welcomed investment from Y", whose investors are no party the act is done to).
_INVESTED = {"investment", "investments"}
#: Goods named by the country they go to ("curbs on exports to Y", "a ban on shipments to Y"): a measure on them falls on that country.
_SENT_GOODS = {"export", "exports", "shipment", "shipments"}
#: Participles that tie a ship, an aircraft or a firm to a country joined to it by a hyphen ("a British-flagged tanker",
#: "a Greek-owned ship", "a Panama-registered vessel"): the thing stands for that country as "a British tanker" does.
_BELONGING = {"flag", "flagged", "register", "registered", "own", "owned", "operate", "operated", "crew", "crewed", "charter", "chartered"}
#: Verbs that give their subject a role through "as" ("acted as a mediator between Y and Z", "served as guarantor"):
#: the role noun is the subject's, as after a linking verb ("is a mediator").
_SERVING_AS = {"act", "serve", "function", "emerge", "remain", "stay", "continue", "operate"}
#: Words of devotion to an act named by a gerund after "to": "committed to sending troops", "dedicated to rebuilding".
_COMMITTED = {"commit", "committed", "dedicate", "dedicated", "devote", "devoted", "pledge", "pledged"}
#: Nouns of a "with the N of Z" phrase that names who helps an act along, no party to it ("signed a truce
#: with the mediation of Z", "reached a deal with the backing of Z").
#: Kinds of international organisations (kg/data/organizations.tsv: intergovernmental bodies, their organs, forums):
#: their bodies act for them ("a UN team"), a state is removed from one ("suspended from the AU"), "at" one is a venue.
_INTERNATIONAL_BODIES = frozenset({"igo", "organ", "forum"})
#: Verbs whose "to" phrase names an act decided on ("agreed to new sanctions on Y", "consented to the deployment").
_AGREEING_TO = frozenset({"agree", "consent"})
#: Verbs whose "for" or "in favour of" phrase names an act voted for, the voter's as one voted to do ("voted for
#: sanctions against Y", "voted in favour of new sanctions on Y", as "voted to impose sanctions on Y").
_VOTING = frozenset({"vote"})
#: Nouns of a chamber's members that are no sector noun of their own (a demonym on "deputies" or "MPs" names the
#: country): "deputies in the State Duma", "MPs in the Sejm", "members in the Knesset" act for the chamber
#: (_arguments._sitting_chamber; the others are kg.gazetteer.legislator_nouns).
_CHAMBER_MEMBERS = frozenset({"mp", "mps", "deputy", "member", "representative"})
#: Nouns of asking whose "of" phrase, after "at" or "on", names who asked for an act ("at the request of Y", "at
#: the invitation of Y", "on the orders of Y"): the asker is neither the act's target nor its topic.
_ASKING_NOUNS = {"request", "invitation", "urging", "behest", "demand", "insistence", "suggestion", "initiative", "order", "advice", "instruction", "instigation", "call"}
_HELP_NOUNS = {"help", "aid", "assistance", "support", "backing", "cooperation", "collaboration", "mediation", "facilitation", "encouragement", "blessing"}
#: Nouns of a commitment whose "to" gerund is the committed side's own act ("its commitment to supporting Y").
_COMMITMENT_NOUNS = {"commitment", "pledge", "dedication", "determination", "resolve", "promise", "vow", "undertaking"}
_STATIVE = {"oppose", "commit", "dedicate", "devote", "attach", "open", "commit", "opposed", "committed"}
#: Verbs of coming together whose "for" names the event the subjects take part in ("gathered for a rally");
#: after other verbs "for" names what is wanted ("asked for talks").
_GATHERING = {"gather", "assemble", "converge", "mass", "congregate", "turn", "come", "throng", "crowd", "flock",
              # travelling to the event: "flew to Baghdad for talks", "arrived in Y for a summit"
              "arrive", "travel", "fly", "head", "journey", "land"}
#: Parts of a building that stand for it when a crowd gathers at them ("at the gates of the Y embassy", "outside the
#: compound of the Y consulate"): WordNet 3.0 part meronyms of building n.1 and of embassy's hypernyms (gate n.1,
#: entrance n.1, wall n.1, fence n.1, compound n.1, perimeter n.1, premises n.1, grounds n.1, steps).
_BUILDING_PARTS = {"gate", "gates", "entrance", "entrances", "door", "doors", "wall", "walls", "fence", "fences", "compound",
                   "perimeter", "premises", "grounds", "step", "steps", "gateway", "doorstep", "facade", "fa\u00e7ade"}
#: Verbs of a third party that arranges or watches an event between others (CAMEO 045 mediate, hosting):
#: "talks between Y and Z, mediated by X" (X is no party to the talks).
_THIRD_PARTY = {"mediate", "broker", "host", "facilitate", "sponsor", "chair", "convene", "organise", "organize",
                "arrange", "moderate", "oversee", "supervise", "monitor", "witness", "observe"}
#: Words that make a "with" phrase an onlooker or a third party, not a party: "with Y in attendance", "with Y present",
#: "with Y looking on", "with Y as an observer", "with Y as mediator" (Y mediates: _constructions._mediated_sides).
_ONLOOKING = {"attendance", "present", "attending", "looking", "watching", "observing", "observer", "observers",
              "witness", "witnesses", "guest", "guests", "onlooker", "onlookers",
              "mediator", "mediators", "facilitator", "facilitators", "broker", "brokers", "guarantor", "guarantors", "host", "hosts"}
_WHILE_PREPS = {"after", "before", "during", "following", "on", "at", "amid", "in"}
#: Prepositions of the cause or matter of a clause's act ("recalled its envoy over the war", "cut ties amid the
#: conflict", "left the talks because of the war"): what the act answers, not an act its doer takes part in; and the
#: two-word ones, a word before "of" or "to" ("because of", "due to"), and the nouns of answering or protest inside
#: an "in" phrase ("in response to", "in protest at", "in light of"); the parse may make "because" the preposition.
_MATTER_PREPS = {"over", "about", "amid", "amidst", "despite", "concerning", "regarding", "following", "because"}
_MATTER_PHRASES = {"because of", "due to", "owing to", "regardless of", "in view of"}
#: Nouns of answering another's act ("in response to Y's drills", "in retaliation for ...").
_RESPONSES = {"response", "reaction", "retaliation", "answer", "reply"}
_MATTER_NOUNS = _RESPONSES | {"protest", "light", "view", "solidarity"}
_MUST = {"must", "should"}
#: Verbs and participles that call an event named by a noun off ("cancelled the summit", "the summit was
#: called off", "a scrapped visit"): the event did not take place.
_CALLED_OFF = {"cancel", "scrap", "abort", "abandon", "shelve", "call",
               # prevented by another: "Y blocked (vetoed, thwarted) X's aid package" (the act did not happen)
               "block", "veto", "thwart", "derail", "scupper", "torpedo"}
#: Verbs and participles that put an event named by a noun ahead ("the talks are planned for June", "a
#: proposed summit", "postponed the visit"): the event is intended, not reported as having happened.
#: Verbs and participles that say an agreement came to nothing ("the accord collapsed", "a failed deal",
#: "the treaty fell apart" is read by its verb alone): no agreement holds.
_COLLAPSED = {"collapse", "fail", "founder", "unravel", "crumble", "derail", "scuttle", "torpedo", "sink"}
_AHEAD = {"plan", "schedule", "propose", "postpone", "delay", "defer", "reschedule", "arrange"}
#: Verbs of a periphrastic obligation with an infinitive: "has to", "needs to", "ought to".
_MUST_PERIPHRASTIC = {"have", "need", "ought"}
_DOCUMENTS = {"letter", "message", "statement", "note", "communique", "declaration", "cable", "telegram", "address", "speech"}
_WISH = {"like", "want", "wish", "hope", "love"}
_REPORT_DEMAND = {"reiterate", "insist", "demand", "warn", "repeat", "argue", "maintain"}
_FIRST_PERSON = {"we", "our", "us", "ours"}
_TIES = {"tie", "ties", "relation", "relationship"}
#: Nouns of a standing relation or a quarrel that name its other side after "with" ("the dispute with Y",
#: "tensions with Y"): talked about, that side is no partner of the talk.
_PARTNER_NOUNS = _TIES | {"dispute", "tension", "rift", "row", "standoff", "feud", "rivalry", "contact", "link", "friendship", "quarrel", "spat"}
_SELF = {"i", "my", "me"}
_RELATIVE = {"which", "who", "that", "whom", "whose"}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_ACTOR_TYPES = {EntityType.COUNTRY, EntityType.ORGANIZATION, EntityType.PERSON, EntityType.SECTOR_ACTOR}
_EVENT_WORDS = {"conference", "games", "summit", "forum", "olympics", "cup", "session", "championship", "championships", "festival", "expo", "exhibition", "talks", "meeting", "week", "day", "year"}
# A name cut after a function word ("Office of the President of") is a fragment, not an actor.
_DANGLING = (" of", " for", " and", " the", " to", "-")
# A bare institution word found by NER, with no country: whose cabinet is not known.
_INSTITUTIONS = {"cabinet", "parliament", "government", "ministry", "council", "court", "senate", "congress", "assembly", "presidency", "administration", "secretariat", "commission"}
_KEEP_PREPS = {"of", "between", "for", "in", "on", "to", "with"}
_DROP_DEPS = {"det", "punct", "relcl", "acl", "advcl", "appos", "cc", "conj", "predet", "preconj", "case", "nsubj", "aux", "neg", "advmod", "mark"}
# "in attendance", "in charge", "in effect": not what the event is about.
_IDIOM_NOUNS = {"attendance", "charge", "power", "office", "place", "touch", "effect", "fact", "general", "particular", "detail", "turn", "return", "principle", "practice", "theory", "contrast", "total", "person", "time", "part", "addition", "public", "private"}
_FORCES = {"troop", "force", "soldier", "contingent", "personnel", "unit", "army", "military", "police", "officer", "peacekeeper", "ambassador", "diplomat", "envoy", "they", "them"}
#: Nouns of a strife: settling one is cooperation (PETRARCH2 "RESOLVE * &DISPUTE", 050), but no one supports the strife
#: itself, so they are never the topic a word of support is about ("worked to resolve the long dispute").
_STRIFE = {"dispute", "disagreement", "conflict", "crisis", "deadlock", "standoff", "stand-off", "tension", "row", "quarrel",
           "feud", "rift", "impasse", "war", "violence", "hostility", "fighting", "stalemate"}
_VAGUE = {"statement", "measure", "effort", "step", "move", "action", "decision", "plan", "proposal", "idea", "document", "issue", "matter", "situation", "process", "thing", "way", "call", "remark", "comment", "view", "position", "stance", "it", "this", "that", "one", "development", "progress", "agreement", "deal", "accord", "treaty", "pact", "memorandum"}
_TIME_WORDS = {"year", "month", "week", "day", "decade", "century", "time", "today", "yesterday", "tomorrow", "morning", "evening", "night", "weekend", "period", "moment", "hour", "minute"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
# Nouns of complex prepositions ("in accordance with", "in line with", "in response to"): never a topic.
_PREP_NOUNS = {"accordance", "line", "response", "addition", "view", "spite", "light", "order", "terms", "case", "place", "front", "favour", "favor", "regard", "respect", "behalf", "part", "way", "sideline", "sidelines", "framework", "course", "absence", "wake", "face", "name"}

#: Sectors of groups that a place names ("demonstrators in Baghdad", "rebels across Chad", "traders in Lagos") or that a
#: country's police act on at home ("police dispersed demonstrators"): unmarked, they belong to that country.
_GROUP_SECTORS = {"opposition", "rebels", "armed groups", "labour", "agriculture", "education", "commentators", "business"}

#: Prepositions that place a group in a country ("demonstrators in Baghdad").
_GROUP_PLACE_PREPS = {"in", "throughout", "across"}

#: Ways a protest blocks ("blocked a road"): the object of such a trigger is a place, not the target.
_PASSAGES = {"road", "roads", "street", "streets", "highway", "highways", "bridge", "railway", "traffic", "motorway"}

#: Weapons that, as a side of a verb of striking, make it an attack: "Y's missiles hit the city".
_WEAPONS = {"missile", "rocket", "drone", "shell", "bomb", "mortar", "artillery", "warplane", "jet", "aircraft", "helicopter", "gunship", "airstrike", "strike", "tank", "howitzer", "warship", "gunboat", "frigate", "destroyer", "corvette", "submarine", "bomber"}

#: Participles after a hyphen that make the name before it the leader of a group or an act ("the US-led coalition", "a
#: Saudi-headed alliance"); "Y-backed", "Y-funded", "Y-sponsored" name a supporter, who is no side of what the group does.
_LEADING = {"led", "headed"}

#: Acts and bodies of force that act for the one who leads them, as "Israeli air strikes" act for Israel (CAMEO 19
#: fight, 190 use conventional military force, 191 impose blockade, 195 employ aerial weapons; PLOVER ASSAULT):
#: "US-led strikes hit Y", "a French-led mission attacked Y", "the Saudi-led blockade of Y". Not talks or a mediation
#: (a mediator is no party), nor a study or a team, which do no act of state.
_LED_ACTS = {"strike", "airstrike", "raid", "offensive", "operation", "mission", "campaign", "bombardment", "bombing",
             "shelling", "assault", "attack", "blockade", "incursion", "invasion", "intervention", "counteroffensive"}
#: Inquiries that act for the one who leads them, as "a UN inquiry" acts for the UN (CAMEO 09 investigate; its findings
#: accuse, 112): "a UN-led inquiry accused Y", "the Dutch-led investigation into Y's role".
_LED_INQUIRIES = {"inquiry", "investigation", "probe"}

#: Objects of "mobilize" that make it a show of force, besides the military and police sector nouns.
_FORCE_WORDS = {"reserve", "reservist", "unit", "division", "conscript", "recruit", "fighter", "volunteer", "militia", "hardware", "weapon", "tank"}

#: Modifiers of "force" that name an armed service ("air force", "task force", "armed forces"); any other
#: ("sales force", "labour force") makes a workforce, whose growth is no show of force.
_ARMED_MODIFIERS = {
    "air", "ground", "land", "sea", "naval", "navy", "army", "police", "security", "task", "border", "defence", "defense",
    "peacekeeping", "reaction", "response", "strike", "special", "expeditionary", "rocket", "missile", "militia",
    "coalition", "protection", "armed", "military", "paramilitary", "rapid", "allied", "elite", "airborne", "regular",
    "nuclear", "strategic", "joint", "combined", "federal", "own", "its", "their",
}

#: Verbs that call an actor something ("described Y as a threat", "called Y's move unacceptable").
_EVALUATING = {
    "call", "describe", "brand", "label", "term", "dub", "characterize", "characterise", "consider",
    "regard", "view", "deem", "portray", "depict",
}
#: Verbs that evaluate only with an "as" label ("sees Y as a partner", "perceives Y as a threat"); alone they are
#: perception ("saw Y's troops").
_EVALUATING_AS = {"see", "perceive", "treat"}
#: Labels that name a crime: calling an act one is an accusation (CAMEO 112), "called Y's offensive a genocide".
_CRIME_LABELS = {"genocide", "massacre", "atrocity", "crime", "slaughter", "cleansing", "murder"}
#: Labels that make an evaluation a criticism (CAMEO 111).
_NEGATIVE_LABELS = {
    "threat", "danger", "menace", "enemy", "adversary", "aggressor", "provocation", "violation", "aggression",
    "interference", "blackmail", "terrorist", "terrorism", "rogue", "pariah", "occupier", "invader", "lie",
    "unacceptable", "reckless", "irresponsible", "illegal", "unlawful", "illegitimate", "hostile", "provocative",
    "dangerous", "destabilizing", "destabilising", "aggressive", "outrageous", "baseless", "unfounded",
    "absurd", "hypocritical", "unjustified", "unwarranted", "regrettable", "deplorable", "unfriendly", "null",
    # nouns of a failure, a fraud or an affront ("called the vote a sham", "described the deal as a betrayal")
    "rival", "failure", "mistake", "blunder", "disaster", "fiasco", "farce", "sham", "fraud", "travesty", "disgrace",
    "insult", "affront", "betrayal", "puppet",
}
#: Labels that make an evaluation praise (CAMEO 051).
_POSITIVE_LABELS = {
    "friend", "partner", "model", "example", "brother", "pillar", "champion", "leader", "anchor",
    "reliable", "trustworthy", "constructive", "positive", "valuable", "important", "exemplary", "friendly",
    "responsible", "successful", "historic", "commendable", "welcome",
    # nouns of an achievement ("called the accord a milestone", "hailed the deal as a breakthrough")
    "success", "breakthrough", "milestone", "achievement", "triumph", "landmark",
}
#: Feelings of an experiencer towards what caused them ("appalled by Y's attack", "encouraged by the
#: decision of Y"): dismay is a criticism (CAMEO 111), encouragement praise (051). Past-participle
#: forms are listed too, as the tagger may read them as adjectives.
_DISMAYED = {
    "appal", "appall", "appalled", "outrage", "outraged", "horrify", "horrified", "dismay", "dismayed",
    "disgust", "disgusted", "shock", "shocked", "sicken", "sickened", "anger", "angered", "incense", "incensed",
    "disappoint", "disappointed", "displease", "displeased", "infuriate", "infuriated", "enrage", "enraged",
    "irritate", "irritated", "upset", "annoy", "annoyed",
}
_HEARTENED = {
    "encourage", "encouraged", "hearten", "heartened", "please", "pleased", "delight", "delighted",
    "gratify", "gratified", "reassure", "reassured",
}
#: Prepositions of the cause of a feeling ("appalled by", "outraged at", "pleased with", "angered over").
_CAUSE_PREPS = {"by", "at", "with", "over"}
#: Labels that state an alliance or strategic partnership.
_ALLY_LABELS = {"ally", "alliance"}
_STRATEGIC = {"strategic", "all-weather", "comprehensive", "privileged", "special"}


class JudgingWords(NamedTuple):
    """The words of a judgement of another's act (``kg/data/judgements.yaml``)."""

    condemning: frozenset[str]  # labels of condemnation, beside _NEGATIVE_LABELS ("an outrage", "barbaric")
    misfortunes: frozenset[str]  # labels of a misfortune, that blame only an act's doer ("a tragedy")
    showing: frozenset[str]  # verbs that make a quality plain ("shows", "demonstrates")
    qualities: frozenset[str]  # nouns of a wrongful quality of a party ("brutality", "contempt")
    doer_of: frozenset[str]  # nouns of an act whose "of" phrase names its doer ("the presence of Y's troops")
    insults: frozenset[str]  # names of a wrongdoer said of a leader or a state ("a liar", "a dictator")
    wrongs: frozenset[str]  # nouns of a wrong one may allege another's part in ("Y's role in the bombing")


@cache
def judging_words() -> JudgingWords:
    """The words of a speaker's copular or showing judgement of another's act: ``kg/data/judgements.yaml``."""
    data = yaml.safe_load(resources.files("kg.data").joinpath("judgements.yaml").read_text(encoding="utf-8"))
    return JudgingWords(*(frozenset(data[field]) for field in JudgingWords._fields))


@cache
def _event_doers_yaml() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("event_doers.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def event_doers() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs of reacting to an event, the prepositions of its topic after them, and the PLOVER categories
    of events one takes part in (``kg/data/event_doers.yaml``): who does an event named by a noun without a
    doer of its own."""
    data = _event_doers_yaml()
    return frozenset(data["reacting"]), frozenset(data["topic_preps"]), frozenset(data["occasions"])


@cache
def journeys() -> frozenset[str]:
    """Nouns of a journey, whose "on" phrase is the subject's occasion ("on a visit to Y"): ``journeys`` of
    ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("journeys") or ())


@cache
def claiming_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The verbs whose object is an act the subject owns ("claimed the attack on Y"), the verbs that own an act
    through a noun of answering for it, and those nouns ("claimed responsibility for the bombing of Y"):
    ``claiming``, ``owning`` and ``owned`` of ``kg/data/event_doers.yaml``."""
    data = _event_doers_yaml()
    return frozenset(data["claiming"]), frozenset(data["owning"]), frozenset(data["owned"])


@cache
def disowning_verbs() -> frozenset[str]:
    """The verbs that deny an act through a noun of answering for it ("denied responsibility for the strike on Y"):
    ``disowning`` of ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("disowning") or ())


@cache
def undergoing_verbs() -> frozenset[str]:
    """Verbs whose subject draws on itself or meets the act its object names, done by the object's "from" party
    ("X drew criticism from Y", "X's move sparked protests from Y"): ``undergoing`` of ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("undergoing") or ())


@cache
def undergoing_phrases() -> frozenset[str]:
    """The verbs with the preposition of the act their subject meets ("came under criticism from Y", "met with
    protests from Y"): ``undergoing_phrases`` of ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("undergoing_phrases") or ())


@cache
def done_to_categories() -> tuple[frozenset[str], frozenset[str]]:
    """PLOVER categories of acts done to a target, and of the verbs that judge such an act named by their
    object (``done_to`` and ``judging`` of ``kg/data/event_doers.yaml``)."""
    data = _event_doers_yaml()
    return frozenset(data["done_to"]), frozenset(data["judging"])


@cache
def pledge_nouns() -> frozenset[str]:
    """Nouns of pledging whose "of" object is the act pledged (``pledge_nouns`` of ``kg/data/event_doers.yaml``)."""
    return frozenset(_event_doers_yaml()["pledge_nouns"])


def pledge_of(noun: Token) -> Token | None:
    """The pledge noun whose "of" object a noun is ("X's pledge of aid to Y": "pledge" for "aid"), else None."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and noun.head.head.lemma_.lower() in pledge_nouns():
        return noun.head.head
    return None


@cache
def aimed_categories() -> frozenset[str]:
    """PLOVER categories of acts aimed at a target, whose welcomer is no target (``aimed_at`` of ``kg/data/event_doers.yaml``)."""
    return frozenset(_event_doers_yaml()["aimed_at"])


@cache
def responding_verbs() -> frozenset[str]:
    """Verbs of answering an act whose "with" phrase names the act answered with ("X retaliated with strikes on Y"):
    ``responding`` and ``responding_phrasal`` ("hit back") of ``kg/data/event_doers.yaml``."""
    data = _event_doers_yaml()
    return frozenset([*(data.get("responding") or ()), *(data.get("responding_phrasal") or ())])


@cache
def punishing_verbs() -> frozenset[str]:
    """Verbs of punishing another whose "with" or "by" phrase names the punishment ("X punished Y by expelling its
    diplomats"): ``punishing`` of ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("punishing") or ())


def assuring_verb(noun: Token) -> Token | None:
    """The verb of assuring whose "of" phrase ``noun`` heads ("assured Y of its support"), also when the parse hangs the
    phrase on the verb's direct object ("assured [the Sudian president of continued support]"); else None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return None
    verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in _ASSURING and verb.i != noun.i else None


@cache
def _helping() -> tuple[dict[str, frozenset[str]], frozenset[str], frozenset[str], frozenset[str]]:
    data = _event_doers_yaml()
    helping: object = data.get("helping") or {}  # verbs mapped to their prepositions
    phrases = {str(verb): frozenset(preps) for verb, preps in helping.items()} if isinstance(helping, dict) else {}
    return (phrases, frozenset(data.get("helping_objects") or ()), frozenset(data.get("helping_purposes") or ()),
            frozenset(data.get("sending_helpers") or ()))


def helping_verb(noun: Token) -> Token | None:
    """The verb of helping whose phrase or direct object ``noun`` heads (``helping`` of ``kg/data/event_doers.yaml``):
    "helped [with the training of Y's army]", "assisted [in training for Y's troops]", "took part [in the equipping of
    Y's forces]", "assisted [the training of Y's police]", "sent instructors to support [the training of Y's army]" (a
    purpose of sending or giving only); a later conjunct shares the first one's ("helped with the training and
    [equipping] of ..."). Else None.
    """
    phrases, objects, purposes, senders = _helping()
    while noun.dep_ == "conj" and noun.head.pos_ == "NOUN" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "pobj" or (noun.dep_ == "pcomp" and noun.tag_ == "VBG"):  # "assisted in arming Y": a gerund the same
        verb = head.head
        lemma = verb.lemma_.lower()
        if verb.pos_ == "NOUN" and lemma == "part" and verb.dep_ == "dobj":
            verb, lemma = verb.head, f"{verb.head.lemma_.lower()} part"  # "took part in ...": the parse may hang "in" on "part"
        elif any(c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children):
            lemma = f"{lemma} part"
        found = verb.pos_ in ("VERB", "AUX") and head.lower_ in phrases.get(lemma, ())
        return verb if found else None
    if noun.dep_ != "dobj" or head.pos_ != "VERB":
        return None
    lemma = head.lemma_.lower()
    if lemma in objects:
        return head
    purpose = head.dep_ in ("xcomp", "advcl") and any(c.tag_ == "TO" for c in head.children)
    return head if lemma in purposes and purpose and head.head.lemma_.lower() in senders else None


@cache
def supplying_verbs() -> frozenset[str]:
    """Verbs whose "with" phrase names what their direct object is given ("X provided Y with support"):
    ``supplying`` of ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("supplying") or ())


@cache
def giving_verbs() -> frozenset[str]:
    """Verbs of giving that take the receiver before the thing given ("X gave Y support"): ``giving`` of
    ``kg/data/event_doers.yaml``."""
    return frozenset(_event_doers_yaml().get("giving") or ())


@cache
def faring_nouns() -> frozenset[str]:
    """Nouns of how one fares in an act or of one's share in it ("Y's progress in the fight against Z"): their owner
    is a party to the act of their "in" phrase (``faring`` of ``kg/data/event_doers.yaml``)."""
    return frozenset(_event_doers_yaml().get("faring") or ())


@cache
def light_nouns() -> frozenset[str]:
    """Nouns of the light verbs ("conclusion", "imposition", "launch"): like the verb, the noun hands its doer to
    the event its "of" object names (``light_nouns`` of ``kg/data/event_doers.yaml``)."""
    return frozenset(_event_doers_yaml().get("light_nouns") or ())


@cache
def sent_objects() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The sectors whose people, sent, go for their own ends, the words of relief that make a group sent aid, and the
    words of an armed service that make people sent military aid (``own_sectors``, ``aid_words`` and
    ``service_words`` of ``kg/data/sent_objects.yaml``): "sent its cricket team to Y" is no aid, "sent a rescue team
    to Y" and "sent military trainers to Y" are."""
    data = yaml.safe_load(resources.files("kg.data").joinpath("sent_objects.yaml").read_text(encoding="utf-8"))
    return frozenset(data["own_sectors"]), frozenset(data["aid_words"]), frozenset(data["service_words"])


@cache
def origin_groups() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The sectors of groups named by where they come from, the verbs of leaving that say it ("fleeing Y"), and
    the verbs whose own "from" is a place left or a danger kept off, not an origin (``kg/data/origin_groups.yaml``)."""
    data = yaml.safe_load(resources.files("kg.data").joinpath("origin_groups.yaml").read_text(encoding="utf-8"))
    return frozenset(data["origin_sectors"]), frozenset(data["leaving_verbs"]), frozenset(data["from_verbs"])


@cache
def contest_modifiers() -> tuple[frozenset[str], frozenset[str]]:
    """The modifiers that make a noun of any contest armed ("a ground operation") and those that make it a struggle
    of another kind ("a trade war", "a war of words"): ``combat`` and ``figurative`` of ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    return frozenset(data["combat"]), frozenset(data["figurative"])


@cache
def refined_adversaries_words() -> tuple[frozenset[str], frozenset[str], frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    """The abstract adversaries of a fight ("terrorism"), the group nouns an armed kind makes one ("terrorist groups"),
    those kinds, the focusing words that narrow such an adversary down to a named one ("in particular", "notably"),
    longest first, as word tuples, and the prepositions of its examples ("such as"): ``refined_*`` of
    ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    focus = tuple(sorted((tuple(f.split()) for f in data["refined_focus"]), key=len, reverse=True))
    return (frozenset(data["refined_abstractions"]), frozenset(data["refined_groups"]), frozenset(data["refined_kinds"]),
            focus, frozenset(data["refined_examples"]))


@cache
def aggression_nouns() -> frozenset[str]:
    """The nouns of an armed act by which a helped party's adversary is named ("X backs Y in its fight against Z-ian
    aggression"): ``aggressions`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["aggressions"])


@cache
def split_fight_nouns() -> frozenset[str]:
    """The nouns of fighting whose adversary phrase the parse may hang on a word of help ("UK backs Kenya in war on Z"):
    ``split_fights`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["split_fights"])


@cache
def _contests_yaml() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("contests.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def contest_vote_nouns() -> frozenset[str]:
    """The nouns of a contest between rivals whose votes are no rejection or support of a side ("voted against Y in
    the song contest"): ``votes`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["votes"])


@cache
def named_wars() -> frozenset[str]:
    """The nouns of a war whose proper-noun compound names the war by its place or one of its sides ("the Y war",
    "the Y conflict"), not the doer of an act the war is the matter of: ``named_wars`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["named_wars"])


@cache
def ground_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of ground an armed force takes or drives another out of ("retook the town from Y"), with the
    settlements of :func:`kg.gazetteer.place_nouns`, and the nouns of holding it or of a part of it, whose "of" object
    is the ground ("seized control of the town", "retook parts of the city"): ``ground``, ``ground_holders`` and
    ``ground_parts`` of ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    settlements = {word for word, kind in place_nouns().items() if kind == "settlement"}
    return frozenset(data["ground"]) | settlements, frozenset(data["ground_holders"]) | frozenset(data["ground_parts"])


@cache
def holding_words() -> tuple[frozenset[str], frozenset[str]]:
    """The participles that name ground by its holder ("Y-held towns", "areas controlled by Y") and the nouns of holding
    whose "under" phrase names one ("territory under Y's control"): ``holding`` and ``held_under`` of
    ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    return frozenset(data["holding"]), frozenset(data["held_under"])


@cache
def launch_words() -> tuple[frozenset[str], frozenset[str]]:
    """The participles of launching a weapon whose "from" names its launch site ("rockets fired from Y positions") and
    the nouns of a force's own emplacements ("Y positions", "a Y base"): ``launching`` and ``launch_sites`` of
    ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    return frozenset(data["launching"]), frozenset(data["launch_sites"])


@cache
def struck_sites() -> frozenset[str]:
    """The nouns of military targets and sites an attack is made on, whose place names whose they are ("strikes on
    targets in Y", "raids on positions across Y"): ``struck_sites`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["struck_sites"])


@cache
def intent_stating_verbs() -> frozenset[str]:
    """The verbs by which a party states or pursues an intent of its own ("announced a plan to bomb Y"): ``stating`` of
    ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["stating"])


@cache
def contest_intents() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The nouns of an intent whose infinitive is their owner's act still to come ("X's determination to defeat Y"),
    the words of a resolve that govern one ("X is determined to defeat Y"), and the words of help whose "in" phrase
    names the helped party's contest ("supported Y in its fight against Z"): ``intentions``, ``resolved`` and
    ``helping`` of ``kg/data/contests.yaml``."""
    data = _contests_yaml()
    return frozenset(data["intentions"]), frozenset(data["resolved"]), frozenset(data["helping"])


@cache
def stance_nouns() -> frozenset[str]:
    """The nouns of one's own resolve whose restatement is no agreement ("reaffirmed its determination to defeat Y"):
    ``stances`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["stances"])


@cache
def praising_verbs() -> frozenset[str]:
    """The verbs of praise whose "for" phrase names the praised party's own contest ("praised Y for its fight against
    Z"): ``praising`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["praising"])


@cache
def operation_nouns() -> frozenset[str]:
    """The nouns of an armed operation a helped party takes part in without a possessive pronoun ("assisted Y in
    operations against Z"): ``operations`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["operations"])


@cache
def joining_verbs() -> frozenset[str]:
    """The verbs by which a party joins another in an act its "in" phrase names ("X joined Y in the fight against
    Z"): ``joining`` of ``kg/data/contests.yaml``."""
    return frozenset(_contests_yaml()["joining"])


@cache
def blocking_verbs() -> frozenset[str]:
    """Verbs that stop a proposed text or act before it takes effect ("vetoed a resolution condemning Y"):
    ``blocking_verbs`` of ``kg/data/blocked_acts.yaml``."""
    data = yaml.safe_load(resources.files("kg.data").joinpath("blocked_acts.yaml").read_text(encoding="utf-8"))
    return frozenset(data["blocking_verbs"])


@cache
def issued_documents() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns of documents whose clause is their issuer's act, and the verbs that issue them ("adopted a
    resolution condemning Y", "issued a statement urging Y"): ``kg/data/issued_documents.yaml``."""
    data = yaml.safe_load(resources.files("kg.data").joinpath("issued_documents.yaml").read_text(encoding="utf-8"))
    return frozenset(data["documents"]), frozenset(data["issuing_verbs"])


@cache
def _state_acts_yaml() -> dict[str, list[str]]:
    loaded: dict[str, list[str]] = yaml.safe_load(resources.files("kg.data").joinpath("state_acts.yaml").read_text(encoding="utf-8"))
    return loaded


@cache
def state_acts() -> dict[str, frozenset[str]]:
    """For each verb of an act only a state performs on a person, the prepositions whose country is that state in a
    passive without an agent ("was arrested in Y", "was deported from Y"): ``kg/data/state_acts.yaml``. "Inside"
    places as "in" does ("was detained inside Y")."""
    preps: dict[str, set[str]] = {}
    for prep, verbs in _state_acts_yaml().items():
        if prep in ("envoy_host", "envoys"):
            continue
        for verb in verbs:
            preps.setdefault(verb, set()).update(("in", "inside") if prep in ("in", "placed_under") else (prep,))
    return {verb: frozenset(found) for verb, found in preps.items()}


@cache
def envoy_summons() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of summoning an envoy, which only the host state does, and the words of an envoy ("ambassador",
    "charge d'affaires"): ``envoy_host`` and ``envoys`` of ``kg/data/state_acts.yaml``."""
    data = _state_acts_yaml()
    return frozenset(data["envoy_host"]), frozenset(data["envoys"])


@cache
def placed_under() -> frozenset[str]:
    """The verbs of ``state_acts()`` that are a state's act only with their "under" phrase ("put under arrest")."""
    return frozenset(_state_acts_yaml()["placed_under"])
