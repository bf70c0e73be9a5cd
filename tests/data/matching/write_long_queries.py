"""Long, conversational asks, written on 30 November 2026 after the hand-written catalogues:
a parent writing for their son, "not scared of heights lol, roofing or scaffolding", "honestly
i dont know, maybe something where i can use my hands", "i worked in a farm shop cutting meat
and really liked it". Each probe was read once before the changes it led to: the programme
one first (hit@1 0.829: "don't mind" read as a no, "don't know" as a rejection, a no carried
over to the next interest, "build up my confidence" read as building), then the vacancy one,
after those changes (0.920: lettings was in the retail group, rollercoasters unknown). So
they are dev only: there is no locked half. A third, in dropped-g slang against the directory
("fishin, wanna work on a trawler", "flyin drones", "acountancy"), read 0.932 after both, and
led to "-in" read as "-ing" and words for fishing, drones and accountancy.

    python tests/data/matching/write_long_queries.py
"""

from split_queries import write

PROGRAMME = [
    ("Thanet", 17, False, "honestly i dont know, maybe something where i can use my hands? not an office thats for sure", ["ignite"]),
    ("Thanet", 18, False, "my mum says i should be a chef cos i'm always cooking at home", ["galley"]),
    ("Canterbury", 19, False, "need to be able to get around, no buses where i live, want my moped licence", ["wheels to work"]),
    ("Sevenoaks", 18, False, "into computers, been teaching myself to code in python on youtube", ["digital futures"]),
    ("Tunbridge Wells", 20, False, "i like being outside, hate being stuck indoors, something with trees maybe", ["green skills"]),
    ("Maidstone", 19, True, "he would like to work with elderly people, he's very caring (his mum)", ["care ready"]),
    ("Swale", 16, False, "wanna join the fire brigade when im older", ["blue light"]),
    ("Maidstone", 17, False, "army or police, something with a uniform", ["blue light"]),
    ("Dartford", 17, False, "i make beats on my laptop and rap", ["studio 16"]),
    ("Gravesham", 16, False, "gaming!! want to make my own games one day", ["games lab"]),
    ("Dartford", 22, False, "anything with driving, got my car licence, want to do lorries", ["hgv ready"]),
    ("Sevenoaks", 19, False, "just need a job quick, warehouse or packing anything like that", ["warehouse works"]),
    ("Maidstone", 18, True, "she loves coffee shops and talking to people, she has autism (her dad)", ["café connect"]),
    ("Swale", 17, False, "horse mad, been riding since i was 6", ["stable lives"]),
    ("Dover", 20, False, "my grandad had a boat and i used to help fix it", ["marine skills"]),
    ("Folkestone and Hythe", 18, False, "i love music festivals, would love to work at them", ["event crew"]),
    ("Dover", 21, False, "door work, security, im a big lad", ["door supervisor"]),
    ("Dover", 16, False, "retail, like working in a clothes shop or something", ["pathway to retail"]),
    ("Ashford", 18, False, "i wanna do hair, colouring especially", ["aspire hair"]),
    ("Canterbury", 17, False, "barbering, i already cut my mates hair", ["fade factory"]),
    ("Canterbury", 19, False, "i want to work in a dentists", ["dental nursing"]),
    ("Canterbury", 18, False, "i was good at chemistry at school, want to do something with science", ["lab technician"]),
    ("Swale", 17, False, "i help out with my little cousins, maybe work in a school?", ["classroom assistant"]),
    ("Tonbridge and Malling", 18, False, "plastering, my uncle is a plasterer", ["plaster perfect"]),
    ("Maidstone", 21, False, "not scared of heights lol, roofing or scaffolding", ["roof & scaffold"]),
    ("Tunbridge Wells", 16, False, "plumbing or gas, want to fix boilers", ["heat pump"]),
    ("Sevenoaks", 16, False, "electrics, or solar panels, green energy stuff", ["solar & electrical"]),
    ("Tunbridge Wells", 20, False, "good with numbers, maybe accounting or bookkeeping", ["accounts assistant"]),
    ("Maidstone", 19, False, "i'd like to be a lawyer one day", ["legal admin"]),
    ("Ashford", 19, False, "dont mind being on the phone all day, customer service", ["contact centre"]),
    ("Tonbridge and Malling", 17, False, "i design clothes and sew, want to do fashion", ["fashion & textiles"]),
    ("Tonbridge and Malling", 19, False, "photographer, i take pics of everything", ["photography"]),
    ("Maidstone", 22, False, "trains! want to work on the railway", ["rail engineering"]),
    ("Dartford", 20, False, "i want to help other young people like i got helped", ["youth work"]),
    ("Gravesham", 18, False, "flower arranging, i love flowers", ["floristry"]),
    ("Thanet", 16, False, "air hostess", ["travel & tourism"]),
    ("Dover", 18, False, "im always at the gym, want to be a PT", ["fit for work"]),
    ("Gravesham", 19, False, "just need help getting a job, my cv is rubbish", ["next steps"]),
    ("Swale", 18, True, "i have bad anxiety and want to build up my confidence first", ["shape your future"]),
    ("Thanet", 17, False, "not construction, not cooking, maybe travel or airports", ["travel & tourism"]),
    ("Dover", 19, False, "nothing in a shop, i want to be on boats", ["marine skills"]),
    ("Sevenoaks", 17, False, "want to be a vet", None),
    ("Thanet", 19, False, "mechanic", None),
    ("Gravesham", 20, False, "hairdressing", None),
]

VACANCY = [
    ("Swale", 17, False, "my mum thinks i'd be good with animals, i've got 3 dogs and a snake lol", ["animal care"]),
    ("Thanet", 19, False, "i'm good at fixing things and i like machines, maybe engineering or something, not cars though", ["cnc machinist", "gas engineer"]),
    ("Dartford", 20, False, "i'd love to drive buses, been driving 2 years now", ["bus driver"]),
    ("Gravesham", 17, False, "she has always wanted to do hair, she does all her friends' hair for prom (her mum)", ["hairdresser"]),
    ("Tunbridge Wells", 18, False, "i worked in a farm shop cutting meat and really liked it", ["butcher"]),
    ("Folkestone and Hythe", 16, True, "i love baking cakes and bread with my nan, i have learning difficulties", ["bakery"]),
    ("Canterbury", 18, False, "flowers and plants, i'd like to make bouquets", ["florist"]),
    ("Sevenoaks", 19, True, "gardening, mowing, being outdoors, i can't do office work", ["grounds maintenance"]),
    ("Canterbury", 20, False, "i'm always on tiktok and instagram, could i do that as a job?", ["social media"]),
    ("Dover", 18, False, "festivals, concerts, setting up stages, that kind of thing", ["events crew"]),
    ("Thanet", 17, True, "rollercoasters!! i'd love to work at dreamland", ["ride operator"]),
    ("Ashford", 18, False, "fitness, i'm in the gym every day", ["gym floor"]),
    ("Thanet", 18, True, "cooking for kids in a school kitchen would be nice", ["school kitchen"]),
    ("Dover", 19, False, "my nan was in a care home and i'd like to look after people like her", ["care assistant"]),
    ("Maidstone", 18, False, "computers, fixing peoples laptops and helping with IT problems", ["it service desk"]),
    ("Dartford", 17, True, "boxes, warehouse, picking and packing, i'm happy doing anything like that", ["warehouse picker"]),
    ("Folkestone and Hythe", 17, False, "i like talking to people, working on a reception desk at a hotel maybe", ["front of house"]),
    ("Canterbury", 16, False, "cleaning cars, i do my dad's car every weekend", ["vehicle valeter"]),
    ("Maidstone", 17, True, "i want to be a police officer when i'm older", ["police cadets"]),
    ("Swale", 18, False, "electrician like my dad", ["electrician"]),
    ("Ashford", 20, False, "internet, broadband, cables, climbing poles, anything like that", ["broadband"]),
    ("Maidstone", 19, False, "science, i did chemistry and biology a levels", ["laboratory"]),
    ("Tunbridge Wells", 19, False, "houses and property, estate agents", ["lettings"]),
    ("Maidstone", 20, False, "i want to work in an office with lawyers", ["legal"]),
    ("Dover", 18, False, "plumbing", None),
    ("Sevenoaks", 18, False, "i want to be a chef", None),
    ("Gravesham", 19, True, "i don't really know what i want, i just need someone to help me get started", None, True),
]


DIRECTORY_SLANG = [
    ("Tonbridge and Malling", 17, False, "horsey stuff, i ride at the weekend", ["equine"]),
    ("Sevenoaks", 16, True, "nature n wildlife, bein outdoors", ["countryside"]),
    ("Swale", 18, True, "lookin after guinea pigs n rabbits", ["small animal"]),
    ("Maidstone", 19, False, "tree surgin, climbin trees wiv a chainsaw", ["arboriculture"]),
    ("Dover", 17, False, "boats n that", ["boatbuilding"]),
    ("Thanet", 20, False, "fishin, wanna work on a trawler", ["fishing"]),
    ("Canterbury", 17, True, "barberin innit, fades", ["barbering"]),
    ("Thanet", 19, False, "nails n lashes", ["nail"]),
    ("Canterbury", 16, False, "special effects makeup for films", ["make-up"]),
    ("Ashford", 18, True, "forklift drivin or warehouse", ["warehouse"]),
    ("Ashford", 17, True, "workin in shops, like primark", ["retail"]),
    ("Swale", 19, False, "wanna get my cscs card for site work", ["cscs"]),
    ("Maidstone", 18, False, "dental nurse", ["dental"]),
    ("Tunbridge Wells", 20, False, "pharmacy, like boots behind the counter", ["pharmacy"]),
    ("Canterbury", 17, False, "workin in a nursery wiv babies", ["early years"]),
    ("Gravesham", 19, False, "TA in a primary school", ["teaching assistant"]),
    ("Maidstone", 20, False, "rooferr", ["roofer"]),
    ("Dartford", 18, False, "scafolding", ["scaffolder"]),
    ("Canterbury", 18, False, "fixin bikes", ["cycle"]),
    ("Maidstone", 21, False, "acountancy", ["accounts"]),
    ("Sevenoaks", 19, False, "hackin n cyber security", ["cyber"]),
    ("Dover", 18, False, "lifeguard at the pool", ["lifeguard"]),
    ("Dartford", 16, False, "makin beats, djin", ["music production"]),
    ("Gravesham", 17, False, "streamin on twitch n gamin", ["esports"]),
    ("Gravesham", 16, False, "designin clothes", ["fashion"]),
    ("Sevenoaks", 17, True, "actin n singin on stage", ["acting"]),
    ("Sevenoaks", 18, False, "drawin, graphic design, illustratin", ["graphic design"]),
    ("Dover", 19, False, "maths n english, i failed my gcses", ["functional skills"]),
    ("Thanet", 22, False, "sign language", ["sign language"]),
    ("Sevenoaks", 20, False, "personal trainin", ["personal trainer"]),
    ("Tunbridge Wells", 17, True, "footie coachin", ["football"]),
    ("Tunbridge Wells", 18, False, "bakin cakes n pastries", ["bakery"]),
    ("Sevenoaks", 17, True, "makin coffees in a cafe", ["barista"]),
    ("Canterbury", 16, False, "paintin n decoratin", ["painting and decorating"]),
    ("Swale", 18, False, "care work wiv old ppl", ["care worker"]),
    ("Thanet", 16, False, "army or police or summat", ["uniformed"]),
    ("Maidstone", 20, True, "codin", ["coding"]),
    ("Ashford", 19, False, "flyin drones", ["drone"]),
    ("Dartford", 19, False, "office work, admin", ["business administration"]),
    ("Gravesham", 21, False, "hgv drivin", ["large goods"]),
    ("Gravesham", 17, False, "mechanic, fixin cars", ["motor vehicle"]),
    ("Ashford", 20, False, "bouncer", ["security officer"]),
    ("Dover", 17, False, "workin on cruise ships", ["cruise"]),
    ("Canterbury", 18, True, "working in a hospital", ["hospital portering"]),
]


if __name__ == "__main__":
    write("programme", PROGRAMME, "long")
    write("vacancy", VACANCY, "long")
    write("directory", DIRECTORY_SLANG, "slang")
