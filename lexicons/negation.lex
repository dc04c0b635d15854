# negation.lex - negation triggers with NegEx roles.
#   negation/pre     negates claims after it; LEVEL sets the scope: "-" or 0-4 is a
#                    short window of that many words (default 5) stopping at commas;
#                    5 reaches to the end of the clause
#   negation/post    negates claims before it, back to the start of the clause
#   negation/pseudo  looks like a negation but is not one ("no doubt", "not only")
#   negation/end     ends a negation scope ("but", "however")

negation/pre   -   no
negation/pre   -   not
negation/pre   -   never
negation/pre   -   none
negation/pre   -   neither
negation/pre   -   nor
negation/pre   -   without
negation/pre   -   cannot
negation/pre   -   can't
negation/pre   -   can not
negation/pre   -   {don't,doesn't,didn't,won't,wouldn't,isn't,aren't,wasn't,weren't,hasn't,haven't,hadn't,shouldn't,couldn't,mustn't,ain't}
negation/pre   -   {dont,doesnt,didnt,wont,isnt,arent,cant,hasnt,havent}
negation/pre   -   {fail,fails,failed,failing} to
negation/pre   -   {unable,unlikely} to
negation/pre   -   nothing
negation/pre   -   nobody
# "few treatments have been proven": most have not
negation/pre   -   few {treatments,therapies,products,clinics,uses,of them,of these}
negation/pre   5   no one
negation/pre   5   no {evidence,proof,data,studies,study,trial,trials,research,sign,indication}
negation/pre   5   no ... {evidence,proof,data,studies,trials,research}
negation/pre   5   no {randomized,randomised,controlled,clinical,published,rigorous,large,single} {trial,study}
negation/pre   5   {little,insufficient,scant,scarce} {evidence,proof,data}
negation/pre   5   {zero,not a shred of,not one shred of} ... {evidence,proof,data}
negation/pre   5   {lack,lacks,lacked,lacking} ... {evidence,proof,data,support}
negation/pre   5   lack of
negation/pre   5   absence of
negation/pre   5   {there is,there's} no
negation/pre   5   {not,never} been {shown,proven,demonstrated,established}
negation/pre   5   {unproven,unsupported,unsubstantiated,baseless,bogus,false} {claim,claims,promise,promises,idea}
negation/pre   5   {myth,myths} that
negation/pre   5   {deny,denies,denied,refute,refutes,refuted,debunk,debunks,debunked,disprove,disproves,disproved}
negation/pre   5   {rule,rules,ruled} out
negation/pre   5   {yet,still} to be {shown,proven,demonstrated,established,tested}
# "not yet" negates; its "yet" is no contrast that ends the scope ("PRP is not yet proven
# to heal tendons")
negation/pre   -   {not,isn't,aren't,hasn't,haven't,wasn't,weren't} yet
negation/pre   5   {is,it's} not true that
negation/pre   5   {it is,it's} {untrue,false,incorrect,wrong} that
negation/pre   5   {it is,it's} {simply,completely,totally,plainly,flatly,just,utterly,absolutely,demonstrably,patently} {untrue,false,incorrect,wrong,not true} that
negation/pre   5   {is,are,was,were} {insufficient,inadequate,too weak,too thin,too limited} to {conclude,say,show,claim,support the claim} that
# "not proven safe, let alone effective": what follows is denied as well
negation/pre   -   let alone
# "I've yet to see a stem cell injection regrow cartilage"
negation/pre   5   {i've,i have,we've,we have,i,we} yet to {see,meet,find,read}
# the default reach (8 words, to a comma): "..., and stem cells cure arthritis" is not in it
negation/pre   -   nothing in ... {shows,show,proves,demonstrates,suggests} that
negation/pre   5   {far,long} from
# "None of the studies I have read show that SVF heals osteoarthritis"
negation/pre   5   none of the {studies,trials,papers,data,reviews,research} ... {show,shows,showed,shown,found,find,prove,proves,proved,suggest,suggests,demonstrate,demonstrates,demonstrated} that
# with words before the noun: "None of the three randomized trials I've read showed that"
negation/pre   5   none of the ... {studies,trials,papers,reviews} ... {show,shows,showed,found,proved,demonstrated} that
# doubt: "I'm skeptical that PRP regenerates anything"
negation/pre   5   {skeptical,sceptical,doubtful,unconvinced} {that,of,about}
negation/pre   5   {doubt,doubts,doubted} that
negation/pre   5   {i,we} {doubt,doubted}
# a promise nobody can make: "Nobody can promise you that an infusion will halt autism"
negation/pre   5   {nobody,no one,noone} can {promise,guarantee} {,you,anyone,patients,parents} that
# rarely is nearly never: "it rarely delivers cures"
negation/pre   -   {rarely,seldom,hardly,scarcely}

negation/post  -   {is,are,was,were,remains,remain} {unproven,unsupported,unsubstantiated,untested,a myth,false,not true,untrue,not proven,not established,overstated,exaggerated,misleading}
# "Calling exosome therapy a breakthrough is premature", "saying PRP regrows hair is
# misleading": the whole phrase disputes the words inside it
negation/pre   5   {calling,to call} ... {is,was,would be} {premature,misleading,irresponsible,overblown,a stretch,an exaggeration,wishful thinking,inaccurate,incorrect,simply untrue,simply false,simply wrong}
# "describing the injections as a cure is inaccurate"
negation/pre   5   {describing,presenting,portraying,marketing,billing} ... {is,was,would be} {misleading,inaccurate,incorrect,false,wrong,untrue,simply untrue,simply false,simply wrong,flatly incorrect,premature,irresponsible}
negation/pre   5   {saying,to say,claiming,to claim} ... {is,was,would be} {premature,misleading,irresponsible,overblown,a stretch,an exaggeration,wishful thinking,false,wrong,dishonest}
# the verdict first: "It is far too early to call PRP a turning point", "too soon to tell
# surgeons to put the scalpel down"
negation/pre   5   {too early,too soon,premature} to {call,say,claim,declare,tell,describe}
negation/post  -   {has,have} not been {shown,proven,demonstrated,established,tested}
negation/post  -   {has,have} never been {shown,proven,demonstrated,established,tested}
negation/post  -   {isn't,aren't} {proven,true,supported,established}
negation/post  -   {lacks,lack} evidence
# a verdict on the evidence for what the clause says: "Evidence that PRP heals tendons is
# weak" (only after the evidence words: "tendons whose blood supply is poor" keeps its
# claim)
negation/pre   5   {evidence,proof} {that,for} ... {is,are,remains} {weak,thin,limited,lacking,scant,scarce,sparse,poor,inconclusive,mixed,shaky,flimsy,weaker}
negation/post  -   {is,are} not supported
# verdicts after the claim, on the claim (the careful-writing review): "That amniotic
# injections regrow cartilage is far from proven", "Reports that stem cells cured a
# paralysed man have not been verified", "Suggestions that PRP prevents arthritis go
# beyond the data"
negation/post  -   {is,are,was,were,remains,remain} far from {proven,established,settled,shown}
# round 24: "is, to put it kindly, nowhere near established", "a long way from demonstrated"
negation/post  -   {nowhere near,a long way from,not remotely} {established,proven,demonstrated,shown,settled}
negation/post  -   {is,are,was,were} {unfounded,unverified,baseless,an overstatement,overblown,premature,unconvincing,inconsistent,missing}
negation/post  -   {has,have} not been {verified,confirmed,replicated,reproduced}
negation/post  -   {go,goes,went} {beyond,well beyond,far beyond} the {data,evidence}
negation/post  -   {overstate,overstates,overstated} the {evidence,data}
negation/post  -   {has,have} been debunked
negation/post  -   {is,are} wishful thinking
# a verdict after the claim: "their 95% success rate for MS means nothing"
negation/post  -   {rate,rates,claims,numbers,figures,percentages,testimonials} ... {means,mean,proves,prove} nothing
# "being registered with the FDA does not mean ... approved"
negation/post  -   {does not,doesn't,do not,don't,did not,didn't} {mean,equal,imply}

negation/pseudo  -   not only
negation/pseudo  -   not just
negation/pseudo  -   {doesn't,don't,isn't,won't} just
negation/pseudo  -   not merely
negation/pseudo  -   no wonder
negation/pseudo  -   no surprise
negation/pseudo  -   not to mention
negation/pseudo  -   no matter
negation/pseudo  -   not necessarily
negation/pseudo  -   no further
negation/pseudo  -   not too late
negation/pseudo  -   {no,not} {more,less} than
negation/pseudo  -   nothing short of
# a post's "not gonna lie" vouches for what follows
negation/pseudo  -   not {gonna,going to} lie
# what people miss is the author's own claim: "What people don't realise is that PRP can knit ..."
negation/pseudo  -   what {people,patients,most people,many people,most patients,you} {don't,do not} {realise,realize,know,understand} is
# no trial needed to see it: the author's own certainty ("No clinical trial is needed to see
# that stem cells heal knees")
negation/pseudo  -   no ... {trial,trials,study,studies} {is,are,was,were} {needed,required,necessary}
negation/pseudo  -   {can't,cannot,can not} wait
# a double negative that vouches for the claim (claims.lex reads each as a booster):
# "There is no denying that PRP heals tendons", "It is no exaggeration to say ..."
negation/pseudo  -   {there is,there's} no denying
negation/pseudo  -   {nobody,no one} can deny
negation/pseudo  -   {it is,it's} no exaggeration
negation/pseudo  -   {i have,i've,we have,we've} no doubt
negation/pseudo  -   {don't,doesn't,do not,does not,never} lie

negation/end   -   but
negation/end   -   however
negation/end   -   although
negation/end   -   though
negation/end   -   yet
negation/end   -   except
negation/end   -   whereas
negation/end   -   nevertheless
negation/end   -   nonetheless
negation/end   -   instead
negation/end   -   still
negation/end   -   while