@# calibration.lex - words that calibrate a claim. Hedges and boosters are kept apart
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
hedge   2   unproven
hedge   2   {limited,mixed,inconsistent,conflicting,weak,modest,sparse,thin,low quality} {evidence,data,results,benefit,benefits}