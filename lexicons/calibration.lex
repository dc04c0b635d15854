# calibration.lex - words that calibrate a claim. Hedges and boosters are kept apart
# (boosters live in claims.lex): a hedge lowers the claim to "hedged" (level 2).
#
# modal: a modal verb caps the level of a claim that follows within a few words.
# hedge: a sentence-level hedge caps every claim of the sentence at its level.

modal   2   may
modal   2   might
modal   2   could
modal   2   would
modal   2   should
modal   2   may be able to
modal   2   {tend,tends,tended} to
modal   2   {aims,aim,aimed} to
modal   2   {designed,intended,meant} to
modal   2   {hope,hopes,hoped} to
# a wish, not a claim: "I'm hoping the PRP will sort out the pain", "we hope stem cells help"
modal   2   {i'm,i am,we're,we are} hoping
modal   2   {i,we} hope
modal   3   can
modal   3   {is,are,was,were} able to
modal   3   {has,have,had} the {ability,capacity,power} to
modal   3   capable of
modal   4   will
modal   4   {is,are} going to

hedge   2   possibl{e,y}
hedge   2   potential{,ly}
hedge   2   perhaps
hedge   2   maybe
hedge   2   likely
hedge   2   probably
hedge   2   suggest{,s,ed,ing}
hedge   2   {appear,appears,appeared,seem,seems,seemed} to
hedge   2   early {evidence,results,data,study,studies,research,findings,trials,work,signs,experience}
hedge   2   earlier research
hedge   2   preliminary
hedge   2   promising
hedge   2   emerging
hedge   2   investigational
hedge   2   experimental
# the thing ours is set against is the experimental one: "Unlike the experimental drugs
# they often replace, the amniotic injections pose no danger" (twenty-first blind round)
shield   -   {unlike,than,over,versus,vs} {the,other,} experimental
hedge   2   unproven
hedge   2   {limited,mixed,inconsistent,conflicting,weak,modest,sparse,thin,low quality} {evidence,data,results,benefit,benefits}
hedge   2   {more,further,additional,larger} {research,studies,trials,data} {is,are} needed
hedge   2   {more,further,additional,larger} {research,studies,trials}
hedge   2   remains to be seen
hedge   2   {unclear,uncertain,unknown,inconclusive,debated,controversial}
hedge   2   not yet {known,clear,established}
hedge   2   {in,for} some {patients,people,cases,athletes,users,men,women,adults,children,runners,knees}
hedge   2   some patients
hedge   2   {plausible,plausibly,conceivable,conceivably}
hedge   2   results {vary,varied,differ}
hedge   2   {individual,your} results may vary
hedge   2   in theory
hedge   2   theoretical{,ly}
hedge   2   hypothes{is,ize,ized,ise,ised}
hedge   2   {being,still being} {studied,tested,investigated,researched}
hedge   2   under {investigation,study}
hedge   2   {small,modest,slight,short term} {improvement,improvements,benefit,benefits,effect,effects}
hedge   2   to some extent
hedge   2   {somewhat,partly}
hedge   2   we think
hedge   2   i think
hedge   2   {i'd,we'd} say
hedge   2   {believe,believed} to
# "they are thought to regrow cartilage" (present tense: "once thought to be incurable"
# is the hype that follows, not a hedge)
hedge   2   {is,are} {widely,generally,} thought to
hedge   2   hopeful{,ly}
hedge   2   anecdotal
hedge   2   early days
hedge   2   {not,no} guarantee
hedge   2   {encouraging,intriguing} {results,signs,data}
# seventeenth blind round: "could turn out to be a real game changer" is hedged
modal   2   {could,might,may} turn out to be
