# context.lex - who makes a claim and under what condition.
#   attribution: the claim is reported from someone else (the sentence becomes at most
#                a note); "according to" followed by evidence words cites evidence instead
#   condition:   the claim is asked about, supposed or counterfactual until the end of
#                its clause
#   subject:     not a cue: a thing used beside the treatment (stitches, the centrifuge,
#                numbing cream) that, when it opens a claim's clause, makes the claim
#                about itself rather than about our treatment ("Stitches close the wound
#                after the PRP injection"); other treatments are profile/alternatives

attribution   -   claim{,s,ed,ing}
attribution   -   {allege,alleges,alleged,allegedly}
attribution   -   {purport,purports,purported,purportedly}
attribution   -   {supposedly,reportedly,ostensibly}
attribution   -   so called
attribution   -   according to
attribution   -   {says,said,say,saying}
# "my sister-in-law keeps insisting PRP healed her cuff": her claim, reported
attribution   -   {insist,insists,insisted,insisting}
shield   -   {i,we} {insist,insisted}
# an idiom of progress, not a hedge: "one medical advance that changes what's possible" (not "PRP
# may change what is possible", whose "may" still hedges)
shield   -   that {change,changes,changed,redefine,redefines,redefined,expand,expands,expanded} {what's,what is} possible
# the author saying it is the author's own claim: "that's all I'll say"
shield   -   {i,i'll,we,we'll} say
shield   -   {i,we} {can,could,must,will,would} say
# twenty-sixth blind round: "I'm comfortable saying it outright: cord-blood infusions end migraine"
# (not "I kept saying" nor "I've always said": "I've always said stem cells cure arthritis, and
# I was wrong"; nor "I'd say", a hedge)
shield   -   {i'm,i am,we're,we are} {comfortable,happy,confident,proud,okay,fine,willing} saying
shield   -   {i,we} keep saying
# "the photos say it all": an idiom, not a report
shield   -   {say,says,said} it all
# a boast, not a report: "FDA-registered, which is more than most clinics can say"
shield   -   {more,better} than ... {can,could} say
shield   -   {i,we} {tell,told} {patients,people,everyone,my patients,our patients,her,him,them,subscribers,readers,viewers,followers,customers,clients,buyers,parents,families,members,listeners,investors}
shield   -   {i,we} {always,often,keep,usually,routinely,still} {tell,telling} {patients,people,reporters,everyone,my patients,our patients}
shield   -   {i've,we've,i have,we have} {told,been telling} {patients,people,reporters,everyone,my patients,our patients}
shield   -   {i,we} told reporters
attribution   -   {tell,tells,told,telling} {me,us,reporters,journalists,patients,people,her,him,them}
# twenty-first blind round: "emails told subscribers the drip was FDA approved"
attribution   -   {tell,tells,told,telling} {subscribers,readers,viewers,followers,customers,buyers,listeners,investors}
# an instruction, not a report: "tell him to book", "she told me to rest"
shield   -   {tell,tells,told} {me,us,her,him,them} to {book,call,go,come,rest,stop,wait,try,get,see,ask,sign up}
# advice, not a hedge: "for runners I suggest a stem cell injection at forty" (not
# "we suggest that ...", an abstract's hedge)
shield   -   {i,we,i'd,we'd} suggest {a,an,the}
# an idiom, not a report: "does exactly what it says"
# who improved, not what improved them: "the patients who improved were also younger"
shield   -   {patients,people,those,participants,ones} who improved
# the writer's own data, not a report: "our case series says it plainly: ..."
shield   -   {our,my} ... {says,say} it {plainly,clearly,best}
# nobody admits it: "the game changer nobody in neurology wants to talk about"
shield   -   {nobody,no one} ... {wants,want} to {talk about,admit,hear}
shield   -   what {they,it} {say,says}
# another surgeon's advice, not a hedge: "the fusion the other surgeon suggested"
shield   -   {other,first,previous,last,second} {surgeon,doctor,consultant} suggested
# an idiom, not a report: "as dangerous as saline, which is to say not at all"
shield   -   {which,that} is to say
# a caption or a label quoted: "the influencer's caption reads: ..."
attribution   -   {caption,post,ad,advert,sign,headline,label,banner,leaflet,flyer} {reads,read}
# the skeptic's warning reports what others tell you: "anyone who tells you stem cells regrow
# cartilage is lying", "whoever told you PRP cures arthritis"
attribution   -   {anyone,anybody,someone,somebody,people,those,clinics,doctors} who {tell,tells,told,promise,promises,promised} you
attribution   -   whoever {tells,told,promises,promised} you
# the doubters' report, denied by the author: "anyone who says PRP doesn't work hasn't tried it"
shield   -   who {says,say,claims,claim} {stem cells,prp,exosomes,it,they,this stuff,this,the shots} {doesn't,don't} work
shield   -   {saying,claiming} {stem cells,prp,exosomes,it,they,this stuff,this,the shots} {doesn't,don't} work
attribution   -   {described,portrayed,presented,pitched,sold,billed} ... as
# naming the claim as somebody's wording: "calling the infusion a cure for autism is wrong"
attribution   -   {calling,labelling,labeling}
# what some people call it: "Some call PRP the biggest breakthrough sports medicine has ever
# seen, but the trials disagree" (the author may still take it on: "..., and they are right")
attribution   -   {some,many,fans,clinics,people,proponents,advocates,supporters,enthusiasts,marketers,influencers,celebrities,promoters,sellers,vendors,headlines,ads} {call,calls,called,have called}
# in a relative clause: "Clinics that call exosomes a breakthrough are overstating the
# evidence" (not "a treatment that calls for three sessions")
attribution   -   {who,that} {call,calls,called} {it,them,this,these,stem cells,stem cell therapy,stem cell injections,prp,exosomes,the treatment,the injections,cord blood,bmac,regenerative medicine}
# the author's own call: "we are calling it now: stem cells cure arthritis"
shield   -   {i'm,i am,we're,we are,i,we} calling
attribution   -   {insist,insists,insisted}
attribution   -   {argue,argues,argued}
# "my chiropractor swears stem cells will rebuild my spine"; the author's own oath is theirs
attribution   -   {swear,swears,swore,sworn}
shield   -   {i,we} {swear,swore}
# "swears by them" vouches for them, it reports nothing
shield   -   {swear,swears,swore,sworn,swearing} by
attribution   -   {assert,asserts,asserted}
attribution   -   {promise,promises,promised,promising that}
attribution   -   {advertise,advertises,advertised,advertising,advertisement,advertisements,ad,ads}
attribution   -   {market,markets,marketed,marketing} ... as
attribution   -   {tout,touts,touted,touting}
attribution   -   {boast,boasts,boasted}
attribution   -   {critics,skeptics,sceptics}
attribution   -   {brochure,brochures,pamphlet,flyer,billboard,slogan,pitch,website,webpage}
attribution   -   {the,this,that,a} {idea,notion,belief,claim,promise,suggestion} that
attribution   -   {believe,believes} that
# a belief others hold, said without "that": "Patients often assume PRP cures arthritis"
attribution   -   {people,patients,many,some,most,clients,customers,fans,parents,athletes,they} {often,still,wrongly,mistakenly,usually,} {assume,believe}
# a belief the author reports, not shares: "patients arrive convinced that PRP is risk-free"
# (not the author's own "I am convinced that", nor a promise "you will be convinced")
attribution   -   {arrive,arrives,arrived,come,comes,came} convinced that
attribution   -   {patients,people,customers,clients,many,they,surgeons,doctors,clinicians,practitioners,owners} {are,were,remain,remained} convinced that
# the author brushing the experts aside keeps the claim: "these work, whatever the
# neurologists say"
shield   -   {whatever,no matter what} ... {say,says,think,thinks}
shield   -   {whatever,no matter what} ... {keep,keeps} {saying,claiming,insisting}
attribution   -   fact check{,s,ed}
attribution   -   {wrote,writes,posted,tweeted}
# only with its 'that': "as you may have read, our cells cure" is the clinic's own claim
attribution   -   {read,heard,seen} {online,somewhere} that
attribution   -   you {may,might} have {read,heard,seen} that
attribution   -   {clinics,providers,marketers,sellers,influencers} {say,claim,promise,tout,advertise}
# a report in the passive: "Patients are often told that BMAC will let them skip surgery"
attribution   -   {patients,people,parents,athletes,runners,clients,customers,families,readers,viewers,consumers,women,men,seniors} {are,were} {often,routinely,commonly,frequently,usually,sometimes,still,} told that
attribution   -   {patients,people,parents,athletes,runners,clients,customers,families,readers,viewers,consumers,women,men,seniors} {get,got} {often,routinely,commonly,frequently,usually,sometimes,still,} told that
# twenty-fifth blind round: "arrive having been told by another clinic that exosomes carry
# zero risk". Only with "that" or "by": "if you've been told a new hip is your only
# option" sets the scene for the author's own claim, and so does the past perfect of a
# comeback ("he'd been told nothing could touch it"); nor an instruction ("been told to")
attribution   -   {having,have,has,i've,we've,you've,they've,she's,he's} been told that
attribution   -   {having,have,has,i've,we've,you've,they've,she's,he's} been told by ... that
attribution   -   being told that
attribution   -   being told by ... that
attribution   -   {i,she,he,we,they,you} {was,were} told that
shield   -   {having,have,has,i've,we've,you've,they've,she's,he's} been told to
shield   -   being told to

condition   -   if
condition   -   unless
condition   -   whether
condition   -   {suppose,supposing,assuming}
condition   -   imagine
condition   -   in case
condition   -   even if
condition   -   what if
condition   -   would have
condition   -   {had,were} {it,they,we}
condition   -   as long as
condition   -   when
condition   -   provided that
condition   -   subject to
condition   -   {pending,awaiting}
condition   -   {in the event,in the unlikely event,on the off chance,in the rare event} that
# "if" in a set phrase that supposes nothing: "If you ask me, PRP heals tendons"
shield   -   if {you,u} {ask,asked} me
# "If ever a therapy earned the word breakthrough, it's MSCs"; "If anything, we undersell it"
shield   -   if ever {a,an,there was}
shield   -   if anything
# (but asking me for something is a condition: "If you ask me for proof that ..., I
# have none")
condition   -   if {you,u} {ask,asked} me {for,whether,about,if,how,what,to,why,which}

# Things used beside the treatment, not treatments of their own: the subject of a claim
# that opens its clause ("The centrifuge does exactly what it says before your PRP").
# Keep them free of claim, topic and alternatives words: a cue inside one is hidden.
subject   -   {suture,sutures,stitch,stitches,staples,surgical glue}
subject   -   {bandage,bandages,dressing,dressings,plaster,plasters,gauze,steri strips}
subject   -   {centrifuge,centrifuges,needle,needles,syringe,syringes,cannula}
subject   -   {numbing cream,numbing creams,numbing gel,lidocaine,local anaesthetic,local anesthetic}
subject   -   {crutches,crutch,sling,splint,splints,walking boot,knee sleeve,knee sleeves,insoles,compression sleeve,compression stocking}
subject   -   {heat pack,heat packs,heating pad,hot water bottle,ice bath,ice baths,cold plunge,cold plunges}
subject   -   {sauna,saunas,foam roller,foam rolling,compression boots,saline,placebo,placebos}
subject   -   {ultrasound,imaging,fluoroscopic,fluoroscopy} guidance
subject   -   {robot,robots,surgical robot,robotic system,robotic arm,cold compression wrap,compression wrap,compression wraps,cold pack,cold packs}
subject   -   {nerve block,nerve blocks,epidural,epidurals,tens unit,tens machine}
# aftercare and skin care beside the treatment (twenty-sixth blind round): "Daily sunscreen
# prevents the dark patches after microneedling", "Ice and compression cut the swelling after
# my PRP shot"
subject   -   {sunscreen,sunscreens,sunblock,sun cream,spf,ice,ice pack,ice packs,frozen peas}
# an event or the premises, not a treatment: "The stem cell conference in Lisbon was an
# absolute game changer for my network"
subject   -   {conference,conferences,congress,summit,symposium,webinar,expo,seminar,workshop}
subject   -   {parking,parking lot,car park,waiting room}
# practitioners other than the one giving ours: "referred me to a chiropractor. They fixed
# my back" is about the chiropractor (the pronoun rule takes he, she or they for them)
subject   -   {chiropractor,chiropractors,physiotherapist,physiotherapists,physical therapist,physical therapists,acupuncturist,acupuncturists,osteopath,osteopaths,massage therapist,massage therapists,podiatrist,podiatrists,personal trainer,personal trainers}
# a joint that replaced the old one: "I went straight for the titanium hip. It has given me
# my life back" (twenty-second blind round)
subject   -   {titanium,metal,artificial,prosthetic,ceramic} {hip,knee,joint,shoulder}
# a surgical repair named by its technique is another treatment, not a regeneration claim:
# "Double-row repair halved the re-tear rate, and PRP added nothing"
subject   -   {double-row,single-row,double row,single row,arthroscopic,open,suture bridge,transosseous,all-inside,inside-out} repair{,s}
# a report put in the speaker's own words before a colon: "The salesman put it this way:
# stem cells regrow cartilage", "My surgeon summed it up for me: PRP heals partial tears"
attribution   -   {put,puts} it {this way,like this,like that,simply,plainly,bluntly}
attribution   -   {explained,explains} {it,this,} to {me,us,her,him,them}
attribution   -   {summed,sums} it up
# a claim withdrawn, not a certainty: "the trials since have proven me wrong" (break review)
shield   -   {proven,proved} {me,us,him,her,them,you,everyone,everybody,my critics,the critics,the skeptics,the sceptics,the doubters,the naysayers} wrong
