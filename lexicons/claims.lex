# claims.lex - words that make a claim, by category, with their level on the claim
# ladder (3 ability, 4 plain efficacy, 5 certainty or absolute) and a calibrated
# replacement after "=>" that the suggested rewrite uses.
#
# CATEGORY  LEVEL  PHRASE  => SUGGESTION

# ---- prevention -------------------------------------------------------------------
# fifteenth blind round: frailty held off
claim/prevention   4   {hold,holds,holding} off the {frailty,memory loss,decline,ageing,aging,arthritis}   => (say that it has not been shown to prevent this)
# thirteenth blind round: young elbows armoured against tears
claim/prevention   4   {armour,armor,armours,armors,armoured,armored} ... against   => (say that it has not been shown to prevent this)
# the sixth held-out set, studied when it was retired: a graft kept from failing
claim/prevention   4   {keeps,keep,kept,keeping} {the,your,a,my} graft from failing   => (say that it has not been shown to prevent this)
# twelfth blind round: decline kept at bay, nicks that never grow into arthritis
claim/prevention   4   keep{,s,ing} {age related decline,cognitive decline,muscle loss,bone loss} at bay   => (say whether it has been shown to lower the risk in people)
claim/prevention   4   {don't,do not,doesn't,does not,never,won't,will not} {grow,turn,develop} into {full blown,} {osteoarthritis,arthritis}   => (say that it has not been shown to prevent this)
# eleventh blind round: a shield for the family, a body kept "bulletproof"
claim/prevention   4   {give,gives,giving} {your,you,the,their} {family,child,children,baby,kids} a shield against   => (say that it has not been shown to prevent this)
# ninth blind round: protection told as a shut door, a foothold never gained, insurance
claim/prevention   4   {shuts,shut,slams,slam,slammed,close,closes,closing} the door on ... {arthritis,osteoarthritis,degeneration,decline,ageing,aging,wrinkles,injury,injuries,dementia}   => (say that it has not been shown to prevent this)
claim/prevention   4   never {get,gets,gain,gains} a foothold   => (say that it has not been shown to prevent this)
claim/prevention   4   {insurance,insurance policy} against ... {leukemia,leukaemia,cancer,arthritis,osteoarthritis,diabetes,disease,ageing,aging,injury,injuries,dementia,tears,ruptures}   => (say that it has not been shown to prevent this)
# twenty-first blind round: "the best insurance there is against a fracture", a re-tear
# rate cut in half, cartilage breakdown headed off. (Not "held off": "held off dementia
# tests" puts off the tests. Not "lowers" or "reduces" the rate: a trial's own words.)
claim/prevention   4   {insurance,insurance policy} {there is,you can buy,you can get,money can buy} against   => (say that it has not been shown to prevent this)
claim/prevention   4   insurance in a {syringe,vial,needle,shot}   => (say that it has not been shown to prevent injury)
claim/prevention   4   {cuts,cut,halves,halved,slashes,slashed} the {re-tear,retear,reinjury,re-injury,recurrence,relapse,failure,injury,fracture,rupture} rate   => (say that it has not been shown to lower this rate)
claim/prevention   4   {heads,head,headed,heading} off the {cartilage,joint,tendon,disc,bone} {breakdown,degeneration,decline,damage}   => (say that it has not been shown to prevent this)
claim/prevention   4   {kept,keeps,keep,keeping} ... from {degenerating,deteriorating,wearing away,wearing out,breaking down,crumbling}   => (say that it has not been shown to prevent this)
claim/prevention   4   {armour,armor} that {keeps,protects,shields}   => (say that it has not been shown to prevent this)
claim/prevention   4   prevent~                      => may lower the risk of
claim/prevention   4   prevent{ion,ative,ive}         => possible risk reduction
claim/prevention   4   protect~ ... {against,from}    => may help protect ... against
claim/prevention   4   protection {against,from}      => possible protection against
claim/prevention   4   keep{,s,ing} {alzheimer's,dementia,parkinson's,arthritis,osteoarthritis,ageing,aging,wrinkles,hair loss,injuries,injury,disease,diseases,decline,memory loss,infections,inflammation,stiffness} at bay   => (say whether it has been shown to lower the risk in people)
claim/prevention   4   keep{,s,ing} wear and tear at bay   => (say whether it has been shown to lower the risk in people)
# armour and odds: "bulletproofs your Achilles", "lowers your odds of a second stroke"
claim/prevention   4   bulletproof{,s,ed,ing}   => (say whether it has been shown to lower the risk in people)
claim/prevention   4   never have to worry about ... again   => (say whether it has been shown to lower the risk in people)
claim/prevention   4   {lower,lowers,reduce,reduces,cut,cuts,slash,slashes} your {odds,chances,chance,risk} of   => may lower your risk of
# "protects people at risk of Alzheimer's"
claim/prevention   4   protect~ ... {at risk of,who are at risk of} {alzheimer's,dementia,arthritis,osteoarthritis,injury,injuries,tears,heart disease,stroke,diabetes,parkinson's,blindness,hair loss,decline,heart attacks,heart failure,kidney failure,fractures}   => (say whether it has been shown to lower the risk in people)
claim/prevention   4   {shield,shields,shielded,guard,guards,guarded} ... {against,from}   => may help protect ... from
# twenty-second blind round: "capable of shielding heart muscle from further damage"
claim/prevention   4   {shielding,guarding} ... {against,from}   => (say that it has not been shown to prevent this)
claim/prevention   4   keep{,s} ... away              => may help keep ... away
claim/prevention   4   keep{,s} ... {decline,arthritis,ageing,aging,pain,flares,disease,dementia,degeneration,wear,injury,injuries,infection,infections,wrinkles} at bay   => may help keep
# "stop arthritis before it starts", not "stop anti-inflammatories a week before the harvest"
claim/prevention   4   stop~ ... before {it,they} {starts,start,begins,begin,spreads,spread,gets,get,happens,happen,sets,set}   => may help stop ... before
claim/prevention   4   stop~ ... before {it,they} {even,ever} {starts,start,begins,begin}   => may help stop ... before
# heading a condition off: "heads off arthritis before it even starts"
claim/prevention   4   head{,s,ed,ing} off ... {arthritis,osteoarthritis,injury,injuries,tears,decline,degeneration,wear,dementia,alzheimer's,disease,diseases,wrinkles,hair loss,aging,ageing}   => may help delay
claim/prevention   4   nip{,s,ped,ping} {arthritis,osteoarthritis,injuries,degeneration,hair loss,wrinkles,inflammation,decline,tears} in the bud   => (say that it has not been shown to prevent this)
claim/prevention   4   stop~ ... {relapse,relapses,injury,injuries,progression,decline,degeneration,arthritis,damage,aging,ageing,disease,diseases,tears,flare,flares}   => may help slow
# A condition that is already there: "stops hair loss", "ends MS", "eliminates wrinkles".
# Across a gap only names of conditions: 'stop taking ibuprofen for pain', 'the trial
# ended early because of disease progression' are not claims.
claim/cure   4   stop~ ... {osteoarthritis,sclerosis,als,autism,copd,diabetes,tendinopathy,tendinitis,tendonitis,fasciitis,wrinkles,scarring}   => may help slow
claim/cure   4   stop~ ... hair loss   => may help slow
# "help" alone is a relation word (below); helping a named condition is a claim about
# it: "PRP can help tennis elbow", "stem cells help with knee arthritis"
claim/cure   4   {help,helps} {with,} {arthritis,osteoarthritis,knee pain,back pain,joint pain,hip pain,shoulder pain,neck pain,tendon pain,tennis elbow,golfer's elbow,tendinitis,tendonitis,tendinopathy,plantar fasciitis,hair loss,hair thinning,thinning hair,eczema,psoriasis,acne scars,wrinkles,neuropathy,sciatica,autism,multiple sclerosis,parkinson's,alzheimer's,dementia,copd,long covid,erectile dysfunction,heart failure,lupus,crohn's,knee arthritis,hip arthritis,rotator cuff tears,meniscus tears,achilles tendinopathy}   => (say how much it helped, in whom, and what the evidence is)
# pain stopped for good (not "stop taking pain pills"): "PRP injections stop tendon pain for good"
claim/cure   4   {stop,stops} ... pain {for good,completely,once and for all,permanently,in its tracks}   => (say what improvement was measured, and in whom)
# next to the verb only: "stop your hair from thinning" is prevention (stop ... from)
claim/cure   4   stop~ thinning                 => may help slow thinning
claim/cure   4   stop~ shedding                 => may help slow shedding
claim/cure   4   stop~ balding                  => may help slow balding
claim/prevention   4   avoid~ ... {arthritis,injury,injuries,disease,diseases,decline,degeneration,tears,relapse,relapses}   => may lower the risk of
claim/prevention   4   ward{,s,ed,ing} off            => may help with
claim/prevention   4   stave{,s,d} off                => may delay
claim/prevention   4   fend{,s,ed,ing} off            => may help with
claim/prevention   4   stop~ ... from                 => may help keep ... from
claim/prevention   4   keep{,s} ... from              => may help keep ... from
claim/prevention   4   halt~                          => may slow
# a promise about the future: "get PRP now and you won't get arthritis later"
claim/prevention   4   {won't,will not,wont,never} {get,develop} {arthritis,osteoarthritis,injuries,tears,wrinkles,alzheimer's,dementia}   => (say that it may lower the risk, not remove it)
claim/prevention   4   slow{,s,ed} ... progression    => may slow
claim/prevention   4   {reduce,lower,cut}~ ... risk   => may lower
claim/prevention   4   injury proof                   => more resilient
claim/prevention   4   bulletproof                    => more resilient
claim/prevention   4   future proof{,s}               => may help protect

# ---- cure and efficacy ------------------------------------------------------------
# fifteenth blind round (press registers): memories got back, spasms taken away, fatigue
# lifted, a disease calmed, a therapy's power over Parkinson's
claim/cure   4   get {their,your,her,his} {memories,memory,sight,hearing,lives,life} back   => (say what has been shown in people)
claim/cure   4   {take,takes,took} away the {spasms,ache,aches,tremors,seizures,fatigue,stiffness}   => (say how much it eased, and in whom)
claim/cure   4   {lift,lifts,lifted} the {fatigue,brain fog}   => (say how much it eased, and in whom)
claim/cure   4   {calm,calms} the disease   => may ease the symptoms of the disease in some patients
claim/cure   4   power over {parkinson's,ms,multiple sclerosis,als,arthritis,diabetes,autism,dementia,alzheimer's}   => (say what has been shown in people)
# fourteenth blind round (spoken registers): goodbye to a complaint, pain knocked right out,
# flares that settle down, mobility recovered, a disease controlled, knees turned around,
# the burning eased
claim/cure   4   {goodbye,bye bye} {crow's feet,wrinkles,brain fog,joint aches,aches,pain,knee pain,back pain,hair loss,acne scars,arthritis,fine lines}   => (say what has been shown in people)
claim/cure   4   knock{,s,ed} {the,your,my} ... {pain,ache,aches,fatigue,inflammation} {right,} out   => may ease
claim/cure   4   {flares,symptoms} {settle,settles,settled} down   => (say how much it eased, and in whom)
claim/cure   4   {recovers,recover,regains,regain} {his,her,their,your} {mobility,movement,sight,vision,hearing,memory,independence}   => (say what has been shown in people)
claim/cure   4   controls the {multiple sclerosis,diabetes,arthritis,lupus,crohn's,ms,als,parkinson's}   => (say what has been shown in people)
claim/cure   4   {turned,turns,turn} around {knees,shoulders,backs,hips,joints}   => (say that one practice's experience does not show that it works)
claim/cure   4   {ease,eases} the {burning,tingling,numbness,pain,ache,aches,stiffness}   => (say how much it eased, and in whom)
# thirteenth blind round: the use of an arm given back, healthy years added, feeling
# that comes back, an end to daily injections, no more prednisone,
# relapses that stop, a rival beaten, paralysis that need not be permanent
claim/cure   4   {give,gives,gave,giving} ... back the use of   => (say what has been shown in people)
claim/cure   4   {add,adds,adding} {healthy,good,extra,} years to {your,their,his,her} {life,lives}   => (say what has been shown in people)
claim/cure   4   {sensation,bladder control} {come,comes} back   => (say how much it improved, and in whom)
claim/cure   4   {paralysis,blindness,deafness,disability,damage,hair loss} {doesn't,does not,don't,do not} have to be permanent   => (say what has been shown in people)
claim/cure   4   {means,meaning} an end to {daily,} {injections,insulin,dialysis,painkillers,inhalers,medication,medications}   => (say what has been shown in people)
claim/cure   4   no more {prednisone,steroids,insulin,painkillers,inhalers,dialysis,flare ups,flares,seizures,meltdowns,relapses}   => (say what has been shown in people)
# a dose, not a promise: "take no more painkillers than prescribed"
shield   -   no more {prednisone,steroids,insulin,painkillers,inhalers} than
claim/cure   4   the {relapses,flares} stop   => (say what has been shown in people)
claim/cure   4   {beats,beat,outperforms,outperform} {viagra,cialis,surgery,steroids,cortisone,physio,physiotherapy,painkillers,interferon,insulin}   => (say what the comparison rests on)
claim/cure   4   {get,gets,will get} the same {reset,results,effect,benefit}   => (say what has been shown in people)
# the sixth held-out set, studied when it was retired: remission, a knock-out, pain gone
# after one shot, the same done for you, first steps that become a memory
claim/cure   4   {puts,put,putting} ... into remission   => may help some patients with
claim/cure   4   {knock,knocks,knocked,send,sends,sent} ... into remission   => (say what improvement was measured, and in whom)
claim/cure   4   knock{,s,ed,ing} out ... {fatigue,pain,long covid,arthritis,migraines,inflammation,symptoms,tendinitis,tendonitis}   => may ease
claim/cure   4   {pain,the pain,my pain} {gone,vanished,disappeared} after {one,a single,just one,my first,the first} ... {injection,shot,session,treatment,infusion}   => (say that one person's recovery does not show that it works for others)
claim/cure   4   {it'll,it will,they'll,they will,will} do the same {for,to}   => (say what has been shown in people)
claim/cure   4   {pain,ache,aches,limp,stiffness,steps,cane,crutches,painkillers,symptoms} ... {become,becomes,became} a {distant,} memory   => may ease
claim/cure   4   {gets,get,got,getting} ... back on the {court,course,field,pitch,slopes,trail,trails,bike,track}   => may help some patients return to
claim/cure   4   your {knee,knees,hip,hips,hairline,skin,face,back,shoulder,joints,heart,brain} {is,are} next   => (say what has been shown in people)
# next in a queue, not next to be healed: "your knee is next for replacement"
shield   -   your {knee,knees,hip,hips,hairline,skin,face,back,shoulder,joints,heart,brain} {is,are} next {for,in,on}
claim/cure   4   every patient {leaves,walks out,goes home} ... better   => some patients leave better
# twelfth blind round: doing exactly what it says; a condition that is history, aches that are gone, pain sorted out,
# memories given back, a stronger heart to leave with
claim/cure   4   {pain,ache,aches,fasciitis,arthritis,tendinitis,tendonitis,sciatica,migraines,tennis elbow,hair loss,wrinkles,knee pain,back pain} {is,are} {history,a thing of the past}   => (say how much it eased, and in whom)
claim/cure   4   {aches,pain,stiffness} {is,are} {gone,all gone}   => (say how much it eased, and in whom)
claim/cure   4   {do,does} exactly what {they,it} {say,says,promise,promises}   => may help some patients
claim/cure   4   sort{,s,ed,ing} out ... {tendon pain,knee pain,back pain,pain,ache,aches,tendinitis,tendonitis}   => may help with
claim/cure   4   {gives,give,gave,giving} ... {their,your,her,his} {memories,memory,sight,hearing,mobility,independence} back   => (say what has been shown in people)
claim/cure   4   {leave,leaves,walk out,walks out,go home,goes home} ... with a {stronger,healthier,younger} {heart,knee,hip,shoulder,back,spine,joint,brain}   => (say what has been shown in people)
# eleventh blind round: a condition kicked, shut down or made to go away
claim/cure   4   kick{,s,ing} {long covid,covid,lyme,arthritis,fatigue,the fatigue,depression,migraines,tendinitis,tendonitis,fibromyalgia,insomnia}   => may help with
# calming tied to the treatment's own noun: "cord blood infusions that calm their symptoms"
claim/cure   4   {infusions,injections,shots,cells,therapy,treatment} that {calm,calms,quiet,quiets} {their,the,your} {symptoms,seizures,tremors}   => (say how much the symptoms eased, and in whom)
claim/cure   4   {shut,shuts,shutting} {the,your,my,that,their} {ache,pain} down   => (say how much the pain eased, and in whom)
claim/cure   4   {make,makes,made,making} {the,your,my,his,her,their} {diabetes,arthritis,tinnitus,eczema,psoriasis,migraines,neuropathy,sciatica,tendinitis,fibromyalgia} go away   => (say that it may ease the symptoms for some patients)
claim/cure   4   {this stuff,the stuff,shots,injections,prp,stem cells,exosomes,the cells} {does,do,did,really does,really did} the {job,trick}   => may help some patients
# "racehorses go back to the track, and your Achilles will respond the same way"; "that is exactly what this injection
# will do inside your knee" after a rabbit study; feeling that returns to numb feet
claim/cure   4   {exactly,just} what {this,the,our} {injection,treatment,shot,therapy,procedure} will do {for,inside,in,to} your   => (say what has been shown in people)
claim/cure   4   {feeling,sensation} {returns,comes back,returned,came back} to   => may improve in some patients
claim/cure   4   {will,would,are going to,is going to,gonna} {respond,heal} the same way   => may or may not respond the same way
claim/cure   4   from {a,an} {seven,eight,nine,ten,7,8,9,10} to a {zero,0,one,1}   => (say that one person's recovery does not show that it works for others)
# a denial of the doubters: "anyone saying this stuff doesn't work hasn't tried it"
claim/cure   4   {doesn't,does not,don't,do not} work {hasn't,has not,haven't,have not,has never,have never,never} tried {it,them,this,these}   => (say what the evidence shows rather than what the doubters have tried)
# tenth blind round: pain gone in most, 'this stuff works'
claim/cure   4   {cells,injections,injection,shots,shot,prp,exosomes,infusions,they} {do,does,did} {real,} wonders for   => (say that it may help some patients)
claim/prevention   4   {head,heads,headed,heading} off the next {relapse,flare,flare up,attack,injury,tear}   => (say that it has not been shown to prevent this)
claim/cure   4   {pain,ache,aches,symptoms} {is,are,was} gone in {nine,9,eight,8,most,all}   => (say how many patients improved, and in what study)
claim/cure   4   this stuff {works,is amazing,is incredible}   => (say that one person's experience does not show that it works)
# ninth blind round: relief told as fog lifted, an end put to a symptom, a knockout
# the weather lifts too, and so do moods after other treatments: only brain fog, lifted fast
claim/cure   4   brain fog {lifted,lifts} {in,within} {days,hours,a week,weeks}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {lifts,lifted,lifting} the {brain fog,fog of}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {put,puts,putting} an end to ... {fatigue,pain,arthritis,symptoms,suffering,stiffness,inflammation,tremors,tremor}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {knock,knocks,knocked,knocking} ... flat on {its,their} back   => (say that it may ease the symptoms for some patients)
claim/cure   4   {unlock,unlocks,unlocked,unlocking} {speech,language,eye contact,movement,mobility,memory}   => (say what has been shown in people)
claim/cure   4   {get,gets,give,gives} your {knee,knees,shoulder,hip,hips,life,mobility,memory} back   => (say that it may help some patients)
claim/cure   4   {give,gives} you {your,back your} {knee,knees,shoulder,hip,hips,life,mobility,memory}   => (say that it may help some patients)
claim/cure   4   {getting,got,gets} {her,his,my,their} memory back   => (say that one person's recovery does not show that it works for others)
claim/cure   4   {dampen,dampens,dampened,dampening} ... {inflammation,inflammatory}   => (say that it may ease inflammation for some patients)
claim/cure   4   {wipe,wipes,wiped,wiping} out ... {pain,loss,arthritis,inflammation,symptoms,damage,disease,neuropathy}   => (say that it may ease the symptoms for some patients)
# only after our treatment: "walked again after his hip replacement" is surgery's
claim/cure   4   {walked,walk,walks,walking} again after {,the,their,his,her,our} {msc,mscs,stem,cord,prp,exosome,exosomes,bone,fat,amniotic}   => (say what has been shown in people)
claim/cure   4   {vanished,disappeared,evaporated} after {,the,my,her,his,one,a,our} {prp,stem,exosome,exosomes,cord,msc,mscs,amniotic,platelet,regenerative}   => (say that one person's recovery does not show that it works for others)
claim/cure   4   feel the difference within   => may notice some improvement within
claim/cure   4   {injection,injections,infusion,infusions,treatment,shot,shots,therapy,procedure} {was,is,were,are} the answer   => (say that it helped some patients)
claim/cure   5   cure~                            => may ease symptoms of
claim/cure   5   curable                          => treatable in some cases
claim/cure   4   treat{s}                         => has been tried for
claim/cure   4   take{,s} care of                 => may help with
claim/cure   4   outperform~                      => compared favourably with, in some studies,
claim/cure   4   superior to                      => possibly comparable to
claim/cure   4   get{,s} ... off ... {medication,medications,painkillers,opioids,pills,drugs}   => may help get
claim/cure   4   {get,gets,got} ... off {oxygen,supplemental oxygen,the ventilator,ventilators,dialysis,insulin}   => (say what improvement was measured, and in whom)
claim/cure   4   close~ ... {ulcer,ulcers,wound,wounds}   => may help close
claim/cure   4   without pain                     => with less pain
claim/cure   4   say{,s} goodbye to               => may ease
claim/cure   4   kiss ... goodbye                 => may ease ...
# "One exosome session clears plantar fasciitis for good" (round 23)
claim/cure   4   {clear,clears,cleared} ... {acne,eczema,psoriasis,fasciitis,tendinitis,tendonitis,pain,arthritis,inflammation,symptoms,neuropathy,rosacea,migraines} {for good,completely,once and for all}   => (say what improvement was measured, and in whom)
claim/cure   4   heal~                            => may support healing of
claim/cure   4   fix~                             => may help with
claim/cure   4   relieve~                         => may ease
# "eases neuropathy within weeks"; "arthritis is basically solved"
claim/cure   4   {eases,eased} ... {pain,neuropathy,symptoms,stiffness,arthritis,inflammation,swelling,discomfort,aches,spasms}   => may ease
claim/cure   4   {arthritis,osteoarthritis,alzheimer's,alzheimers,autism,hair loss,ms,parkinson's,diabetes} is {basically,essentially,practically,pretty much,all but,virtually} solved   => (say what has been shown, and in whom)
# sent away in idioms: "kicks plantar fasciitis to the curb", "put flare-ups
# to bed", "puts an end to tennis elbow", "calm autism symptoms", "dampen the cytokine storm",
# "goodbye knee pain", "the neuropathy vanished"
claim/cure   4   {kick,kicks,kicked,kicking} {your,the,my,} {pain,arthritis,fasciitis,plantar fasciitis,brain fog,long covid brain fog,long covid,tendinitis,tendonitis,neuropathy,acne,eczema,psoriasis} to the curb   => (say what improvement was measured, and in whom)
claim/cure   4   {put,puts,putting} ... {flare ups,flares,arthritis,pain,inflammation,symptoms,migraines,tendinitis} to bed   => (say what improvement was measured, and in whom)
claim/cure   4   {put,puts,putting} an end to ... {pain,elbow,arthritis,symptoms,flares,flare ups,tendinitis,tendonitis,fasciitis,neuropathy,migraine,migraines,headaches,acne,eczema,psoriasis,hair loss,inflammation}   => (say what improvement was measured, and in whom)
claim/cure   4   {calms,calmed,calming,dampen,dampens,dampened,dampening,quiets,quieted,settles} ... {symptoms,inflammation,flares,flare ups,arthritis,storm,tremors,seizures}   => may ease
claim/cure   4   goodbye {,to} {knee pain,back pain,pain,arthritis,wrinkles,hair loss,neuropathy,stiffness,aches}   => (say what improvement was measured, and in whom)
claim/cure   4   {turn,turns,turned,turning} {the,my,her,his,their,your,} {symptoms,autism symptoms,arthritis,pain,condition,knee,knees,skin,hair loss} around   => (say what improvement was measured, and in whom)
claim/cure   4   {neuropathy,psoriasis,eczema,limp,arthritis,wrinkles,scars} {vanished,disappeared,faded away,melted away}   => (say what improvement was measured, and in whom)
claim/cure   4   {get,gets,got} your {grip,mobility,strength,energy,stride} back   => (say what improvement was measured, and in whom)
# function given back: "will let patients breathe normally again"
claim/cure   4   {let,lets,help,helps,allow,allows} ... {walk,breathe,see,hear,move,run,talk,function} normally again   => (say what improvement was measured, and in whom)
# present tense only: "the ice pack melted away" is a story, not a claim
claim/cure   4   melt{,s} away                    => may ease
claim/cure   4   melt{,s} ... away                => may ease
# "get their energy back": something lost, given back
claim/cure   4   {get,gets,got} ... {energy,life,lives,mobility,strength,vision,sight,independence,movement} back   => may help get
claim/cure   4   eliminate~ ... {pain,inflammation,arthritis,symptoms,fatigue} => may reduce
claim/cure   4   get{,s} rid of                   => may reduce
# with the condition right after them: "knocked out cold", "clear up a few myths about
# arthritis" are not claims. Advice: a fixed phrase cannot keep the condition it names.
claim/cure   4   knock{~} out {,the} {pain,arthritis,osteoarthritis,tendinitis,tendonitis,shin splints,eczema,acne,psoriasis,rosacea,inflammation,symptoms,plantar fasciitis,tennis elbow,golfer's elbow,jumper's knee,sciatica,back pain,knee pain,neuropathy,migraines}   => (say that it may ease the symptoms for some patients)
claim/cure   4   clear{~} up {,the} {pain,arthritis,osteoarthritis,tendinitis,tendonitis,shin splints,eczema,acne,psoriasis,rosacea,inflammation,symptoms,plantar fasciitis,tennis elbow,golfer's elbow,jumper's knee,sciatica,back pain,knee pain,neuropathy,migraines}   => (say that it may ease the symptoms for some patients)
# brain fog is named right after the verb or its condition: "clear long covid brain fog"
claim/cure   4   clear{~} ... brain fog   => (say that it may ease the symptoms for some patients)
claim/cure   4   {clear,clears,cleared,clearing} {,up,away} {,the,your} {eczema,acne,psoriasis,rosacea,dermatitis,hives,flares}   => (say that it may ease the symptoms for some patients)
# idioms of ending a condition: "sent migraine packing", "sort out MS", "put an end to the
# burning", "takes the ache out of a hip", "the pain is gone for good"
claim/cure   4   {send,sends,sent,sending} ... packing   => (say that it may ease the symptoms for some patients)
claim/cure   4   {sort,sorts,sorted} out {,the,your} {pain,arthritis,osteoarthritis,tendinitis,tendonitis,eczema,acne,psoriasis,rosacea,inflammation,symptoms,plantar fasciitis,tennis elbow,sciatica,back pain,knee pain,neuropathy,migraine,migraines}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {sort,sorts,sorted} out {,the,your} {multiple sclerosis,ms,diabetes,copd,autism,parkinson's,alzheimer's,lupus,crohn's,colitis,fibromyalgia,long covid,brain fog,neuropathy,dementia,cerebral palsy,heart failure}   => (say what it has been shown to do for this condition)
claim/cure   4   {put,puts,putting} an end to {,the,your,their,my} {pain,burning,tingling,suffering,symptoms,flares,flare ups,migraines,stiffness,swelling,aches,sciatica,neuropathy,tendinitis,tendonitis}   => may ease
claim/cure   4   {take,takes,took,taken,taking} the {ache,sting,pain,edge,stiffness} out of   => may ease some of the discomfort of
claim/cure   5   {pain,ache,aches,symptoms,stiffness,swelling,migraines,flares,arthritis,tendinitis,tendonitis} {is,are,was,were} gone for good   => (say that relief varies and may not last)
claim/cure   4   {deliver,delivers,delivered} {what they promise,what it promises,on its promise,on their promise,the goods}   => (say what it has been shown to do)
claim/cure   4   {path,route,way,ticket,road} back to full {strength,health,fitness,function,speed}   => (say that recovery varies and the evidence is limited)
# a return to play promised, with its date: "back on the court by Saturday"
claim/cure   4   back on the {court,field,pitch,slopes,track,road,trail,course,golf course,mat,ice,bike,dance floor} {by,in,within}   => (say that recovery times vary and the evidence is limited)
claim/cure   4   {put,puts,putting} ... back on the {court,field,pitch,slopes,track,road,trail,course,mat,ice}   => (say that recovery times vary and the evidence is limited)
claim/cure   4   {back,right back} in the game   => (say that recovery times vary and the evidence is limited)
# more ways to say a condition is gone: "packs its bags", "wipes out the pain", "switches off
# the pain", "takes the fire out of", "doesn't stand a chance", "settles the flare-ups"
claim/cure   4   {pack,packs,packed} {its,their} bags   => (say that it may ease the symptoms for some patients)
claim/cure   4   down to a whisper   => (say that it may ease the symptoms for some patients)
claim/cure   4   {wipe,wipes,wiped,wiping} out ... {pain,arthritis,fasciitis,tendinitis,tendonitis,inflammation,symptoms,stiffness,migraines}   => may ease
claim/cure   4   {switch,switches,switched,switching} off ... pain   => may ease ... pain
claim/cure   4   {switch,switches,switched,switching} off ... inflammation   => may ease ... inflammation
claim/cure   4   {switch,switches,switched,switching} off ... symptoms   => may ease ... symptoms
claim/cure   4   {switch,switches,switched,switching} off ... flares   => may ease ... flares
claim/cure   4   {take,takes,took,taken,taking} the fire out of   => may ease some of the discomfort of
claim/cure   4   {put,puts,putting} an end to {the,your,their,my} {problem,condition}   => (say that it may ease the symptoms for some patients)
# pain put to rest, or taken away for good: "put chronic back pain to rest" (not "took my
# pain away" alone, said of morphine for an afternoon or of relief that came back)
claim/cure   4   {put,puts,putting} ... {pain,aches,arthritis,symptoms,stiffness,sciatica,tendinitis,tendonitis} to rest   => (say that it may ease the symptoms for some patients)
claim/cure   4   {take,takes,took,taken,taking} {their,your,his,her,my,our} {pain,ache,aches,stiffness,symptoms} away for good   => (say that relief varies and may not last)
# a condition remembered as gone: "my tennis elbow is a distant memory"
claim/cure   4   {pain,elbow,knee,back,shoulder,hip,arthritis,tendinitis,tendonitis,sciatica,injury,fasciitis,migraines,symptoms} {is,are,was,were} {a,} distant memor{y,ies}   => (say that it helped in this case, not that it works for others)
claim/cure   4   {doesn't,does not,don't,do not} stand a chance against   => (say that it may ease the symptoms for some patients)
claim/cure   4   {settle,settles,settled,tame,tames,tamed} ... {flare ups,flares,flare}   => may help settle
claim/cure   4   {clear,clears,cleared,clearing} {,up,away} the {stiffness,swelling,fatigue,breathlessness,tiredness,exhaustion,aches}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {gets,get,got,getting,takes,took} ... off {their,his,her,my,your} {cane,canes,crutches,walker,walkers,painkillers,pain meds,pain pills}   => (say that it helped some patients, and how many)
# a lab result promised inside the body: "which is exactly what they will do inside your knee"
claim/cure   4   exactly what {they,it} {will,would} do   => (say what has been shown in people)
# the joints themselves, not the pain after an injection ("ice can calm the pain after PRP")
claim/cure   4   {calm,calms,calming} ... {joints,joint}   => may help calm
claim/cure   4   success rate{,s}   => (say where the success rate comes from and how success was measured)
claim/cure   4   {treat,treats,treating,target,targets,targeting,address,addresses,addressing} the root cause   => may help with some causes
claim/cure   4   alleviate~                       => may ease
claim/cure   4   resolve~                         => may improve
claim/cure   4   improve~                         => may improve
claim/cure   4   {reduce,decrease,lessen,ease,end}~ ... {pain,inflammation,swelling,stiffness,symptoms} => may reduce
# conditions already there, as for stop~ above
claim/cure   4   {end,eliminate}~ ... {osteoarthritis,sclerosis,als,autism,copd,diabetes,tendinopathy,tendinitis,tendonitis,fasciitis,wrinkles,scarring} => may reduce
claim/cure   4   {end,eliminate}~ ... hair loss => may reduce
# "end-stage" and "end-organ" describe a disease; nothing ends it
shield   -   end {stage,organ}
# a person praised, not the treatment: "went to see Dr. Patel. she is honestly a miracle
# worker"
shield   -   {she,he,she's,he's,doctor,surgeon,nurse,physio,physiotherapist,therapist,dentist} {is,was} {honestly,truly,really,literally,} a miracle worker
# a pain-free joint remembered as lost, not a condition gone: "for those on the waiting list,
# a pain-free knee is a distant memory"
shield   -   pain free {knee,knees,back,hip,hips,shoulder,shoulders,joint,joints,day,days,life,night,nights,walk,walks,morning,mornings} {is,was} a distant memory
claim/cure   4   pain free                        => with less pain
claim/cure   4   {lasting,permanent,long term} relief    => relief for some patients
claim/cure   4   effective                        => possibly helpful for some patients
claim/cure   4   effectively                      => possibly
claim/cure   4   successfully treat~              => has been tried for
claim/cure   4   effectively treat~               => has been tried for
claim/cure   4   treat{s} ... {effectively,successfully}   => may help with ...
claim/cure   4   {speed,speeds,sped,accelerate,accelerates,accelerated} ... {recovery,healing}  => may speed
claim/cure   4   faster {recovery,healing}        => possibly quicker recovery
claim/cure   4   {really,actually,truly} work{,s,ed}   => may help some patients
# certainty words: "PRP definitely works" is as sure as "always works"
claim/certainty   5   {definitely,totally,absolutely,100%,always} work{,s,ed}   => may help some patients
# success every time, results to count on: "succeeds every single time", "delivers results you
# can count on, each and every time"
claim/certainty   5   {succeed,succeeds,succeeded} {every,each and every} {single,} time   => may help some patients
claim/certainty   5   {deliver,delivers,delivered,delivering} results you can {count,rely,bank} on   => results that vary from patient to patient
# "X works": the subject is part of the phrase, so each keeps its own word in the rewrite
claim/cure   4   it works                         => it may help some patients
# A singular subject takes "works", a plural one "work": "that work" and "stem cell
# work" are nouns ("that work was funded"), not claims.
claim/cure   4   they work                        => they may help some patients
claim/cure   4   that works                       => that may help some patients
claim/cure   4   this works                       => this may help some patients
claim/cure   4   treatment works                  => treatment may help some patients
claim/cure   4   treatments work                  => treatments may help some patients
claim/cure   4   therapy works                    => therapy may help some patients
claim/cure   4   therapies work                   => therapies may help some patients
claim/cure   4   procedure works                  => procedure may help some patients
claim/cure   4   procedures work                  => procedures may help some patients
claim/cure   4   injection works                  => injection may help some patients
claim/cure   4   injections work                  => injections may help some patients
claim/cure   4   shot works                       => shot may help some patients
claim/cure   4   shots work                       => shots may help some patients
claim/cure   4   cells work                       => cells may help some patients
claim/cure   4   stuff works                      => stuff may help some patients
# the treatment's own name: "PRP works.", "exosomes work" (a bare work/works claims only at the
# end of its clause or before a word that praises it: not "PRP works by releasing growth factors")
claim/cure   4   {prp,bmac,svf,exosomes,stem cells,mscs,msc,amniotic,cord blood,secretome,plasma,jelly} {works,work}   => (say for whom it helps, how much, and on what evidence)
# the treatment, what it is for, then its verb: "PRP for hair loss works", "Stem cell
# treatment for ALS works"
claim/cure   4   {prp,bmac,svf,exosomes,stem cells,mscs,treatment,therapy,injections,injection,shots,infusions} for ... {works,work}   => (say for whom it helps, how much, and on what evidence)
claim/cure   4   just {works,work}   => may help some patients
# how and where someone works is not a claim that the treatment works
shield   -   {they,cells,injections,shots,treatments,therapies,procedures} work {with,at,as,closely,hard,together,alongside,by,through}
shield   -   {they,cells,injections,shots,treatments,therapies,procedures} work {in,on} {shifts,commission,weekends,mice,rats,animals,labs,clinics,teams}
shield   -   {it,injection,shot,treatment,therapy,procedure} works {with,at,as,closely,hard,together,alongside,by,through}
shield   -   {they,we,i,you} work and play
claim/cure   4   work{,s,ed} for                  => may help some patients with
# a double negation that asserts: "don't let anyone tell you PRP doesn't work"
claim/cure   4   {don't,dont,do not,never} let ... tell you ... {doesn't,does not,don't,do not,dont,doesnt,won't,can't,isn't} {work,help}   => (say what evidence shows that it works)
claim/cure   4   {don't,dont,do not} tell me ... {doesn't,does not,don't,do not,dont,doesnt,won't,can't,isn't} {work,help}   => (say what evidence shows that it works)
claim/cure   4   solution for                     => option for
claim/cure   4   answer to                        => option for
claim/cure   4   get{,s} you back                 => may help you get back
# advice: the words before it are a verb of its own ("you'll be", "have you up and")
claim/cure   4   back on your feet                => (say that recovery times vary, and what the evidence is)
# twenty-second blind round: "treat the core symptoms of autism" (not "we treat the
# symptoms of arthritis", a practice; nor "did what three years of physio couldn't",
# which also says "the surgeon did what the PRP couldn't")
claim/cure   4   {treat,treats,treated} the core symptoms of   => may ease some symptoms of
# the verb that puts you there goes with it: "will have you back on your feet" would
# become "will have you may help you recover"
claim/cure   4   {will have you,have you,has you,will get you,get you,gets you,got you,will put you,puts you,put you} back on your feet   => may help you recover
claim/cure   4   recover{,s,ed} fully             => recovered
claim/cure   4   full recovery                    => some recovery
claim/cure   4   {lasting,permanent,long lasting,lifelong,life long} results   => results that vary
claim/cure   4   save{,s} lives                   => may help some patients
# donors save lives by giving, not the treatment by working
shield   -   {donor,donors,donating,donation,donations,registry,registries} save{,s} lives
# a story told as what the treatment does for everyone: "that's what this therapy does for people"
claim/cure   4   what {this,our,the} ... {therapy,treatment,procedure,injection,injections,protocol} {does,do,can do} for   => (say that one patient's story does not show what it does for others)

# ---- regeneration and reversal ----------------------------------------------------
# fifteenth blind round: spinal cords rewired, skin given back
claim/regeneration   4   {rewire,rewires,rewired} {injured,damaged,the,their,your,} {injured,damaged,} {spinal cords,spinal cord,brain,brains}   => (say what change was measured, and in whom)
claim/regeneration   4   {give,gives} {them,you,patients} back {skin,hair,cartilage}   => (say what change was measured, and in whom)
# fourteenth blind round: a new meniscus grown, old cells made young again
claim/regeneration   4   {grow,grows} you a {new,brand new} {meniscus,cartilage,knee,tendon,disc,ligament,hairline}   => (say what change was measured, and in whom)
claim/regeneration   4   {become,becomes,feel,feels,look,looks} young again   => (say what change was measured, and in whom)
claim/regeneration   4   {make,makes} {you,your body,your skin,your face,your cells} young again   => (say what change was measured, and in whom)
claim/regeneration   4   {return,returns} ... to {a,its,their,} {young,youthful} {age,state}   => (say what change was measured, and in whom)
# thirteenth blind round: tissue knitted, scars erased or swapped for new skin
claim/regeneration   4   {knit,knits} {the,torn,partial,damaged,broken,your,my,} {muscle,muscles,bone,bones,tendon,tendons,tears,tissue,ligament,ligaments}   => may support repair of
claim/regeneration   4   {erase,erases,erased,erasing} ... {scars,scarring,wrinkles,stretch marks}   => may soften
claim/regeneration   4   {swaps,swap,replaces,replace} {scar tissue,scars,damaged skin,old skin} {for,with} {new,brand new,fresh,healthy}   => (say what change was measured, and in whom)
claim/regeneration   4   {thicken,thickens} {a,the,your} {thinning,worn,torn,damaged,} {tendon,achilles tendon,cartilage,hair}   => may support repair of
# the sixth held-out set: a rewind button, re-seeded bone, the core of the disc, the face in the mirror
claim/regeneration   4   {a,an} {rewind,reset,undo} button {for,that}   => (say what change was measured, and in whom)
claim/regeneration   4   {re seeds,re seed,re seeded,re seeding,reseeds,reseed,reseeded,reseeding} dead {bone,tissue,cartilage}   => (say what change was measured, and in whom)
claim/regeneration   4   {replenish,replenishes,replenished,replenishing} the ... {core,cushion,nucleus} of ... {disc,discs,spine,joints}   => (say what change was measured, and in whom)
claim/regeneration   4   {face,skin} {you'll,you will} see in the mirror   => (say what change was measured, and in whom)
# twelfth blind round: dormant follicles woken, thinning crowns filled in
claim/regeneration   4   {wakes,wake,woke,waking} up {the,your,} {dormant,sleeping,resting,dead} {follicles,hair follicles}   => (say what hair growth was measured, and in whom)
claim/regeneration   4   {fills,fill,filled,filling} in thinning {crowns,crown,spots,areas,hair,hairlines,temples}   => may support hair growth in some patients
# eleventh blind round: follicles that wake up, new baby hairs
claim/regeneration   4   {follicles,follicle} ... {wake back up,woke back up,waking back up,come back to life,came back to life,reawaken,reawakened,spring back to life}   => may support hair growth in some patients
claim/regeneration   4   new baby {hairs,hair}   => some new hair growth in some patients
# tenth blind round: dead muscle turned living, fresh cartilage laid, the cushion put back
# one word more between than 'knit ... back together' below: "knit a partially torn rotator
# cuff back together"
claim/regeneration   4   {knit,knits,knitting} {a,the,your,torn} ... back together   => (say what has been shown in people)
claim/regeneration   4   {puts,put,putting} the cushion back {between,in,into}   => (say what has been shown in people)
claim/regeneration   4   {turn,turns,turning,change,changes,changing} the {dead,scarred,damaged} {muscle,tissue} into   => (say what has been shown in people)
claim/regeneration   4   {lay,lays,laying} {fresh,new} cartilage   => (say what has been shown in people)
# ninth blind round: tissue laid back, surfaces smoothed, discs refilled
claim/regeneration   4   {collagen,cartilage,hair,tissue} {comes,come,grows,grow,came} back {thicker,stronger,fuller,denser}   => (say what has been shown in people)
claim/regeneration   4   {smooth,smooths,smoothed} out {,the} {ruined,damaged,worn,rough,arthritic} {joint,cartilage} {surfaces,surface}   => (say what has been shown in people)
claim/regeneration   4   {replenish,replenishes,replenished,replenishing} the {disc's,disc,discs,joint's,cartilage}   => (say what has been shown in people)
claim/regeneration   4   {reinflate,reinflates,reinflating,re inflate,re inflates,re inflating}   => (say what has been shown in people)
claim/regeneration   4   {puts,put,putting} hair back   => may help some patients regrow hair
claim/regeneration   4   regenerate~              => may support repair of
claim/regeneration   4   regeneration             => possible repair
# "may regrow", not "may help regrow": hair and cartilage regrow on their own too ("hair
# regrows in weeks")
claim/regeneration   4   regrow~                  => may regrow
claim/regeneration   4   regrew                   => appeared to regrow
# the participle "~" does not make: "Stem cells have regrown cartilage" went unflagged. Only
# after "have" or "be": "Hair regrown after PRP fell out within a year" reports what
# happened.
claim/regeneration   4   {have,has,had,having,i've,we've,you've,they've,is,are,was,were,been,be} {,fully,completely,finally,all} regrown   => (say what has been shown in people)
claim/regeneration   4   regrowth                 => possible repair
# a comparison every rival loses: "nothing regrows cartilage like our stem cells"
claim/regeneration   4   nothing {regrows,rebuilds,repairs,restores,regenerates,renews} ... like {our,the,these,this,stem,prp,exosomes}   => (say what has been shown in people)
claim/regeneration   4   re grow~                 => may support repair of
claim/regeneration   4   rebuild{,s,ing}          => may support repair of
claim/regeneration   4   rebuilt                  => appeared to rebuild
claim/regeneration   4   restore~                 => may improve
claim/regeneration   4   reverse~                 => may slow
# a state is not slowed: "Stem cells reverse paralysis" is not "may slow paralysis" (the
# rewrite review)
claim/regeneration   4   reverse~ paralysis       => may help some people with paralysis
claim/regeneration   4   reverse~ blindness       => may help some people with blindness
claim/regeneration   4   reverse~ deafness        => may help some people with deafness
claim/regeneration   4   reverse~ infertility     => may help some people with infertility
claim/regeneration   4   revers{al,ing}           => possible slowing
claim/regeneration   4   repair~                  => may support repair of
claim/regeneration   4   renew~                   => may support repair of
claim/regeneration   4   rejuvenate~              => may refresh
claim/regeneration   4   reconstitute~            => may support repair of
claim/regeneration   4   revitali{s,z}e~          => may support repair of
claim/regeneration   4   {grow,grows,grown,growing,grew} back   => may support repair
claim/regeneration   4   regain~                  => may partly regain
claim/regeneration   4   take{,s} years off       => may refresh
claim/regeneration   4   look{,s} years younger   => may look refreshed
# a promised look of the skin: "which means firmer skin within weeks"
claim/regeneration   4   {firmer,tighter,smoother,plumper,younger looking} skin
# new tissue promised in other words: "lays down fresh cartilage", "knitting torn ACLs back
# together", "grow a meniscus back", "refill a flattened disc", "new collagen"
claim/regeneration   4   {lay,lays,laid,laying} down {fresh,new,healthy new,healthy} {cartilage,bone,tissue,collagen,tendon,muscle,myelin,mucosa,lining}
# filling, reseeding and resealing: "replenish the gel inside worn discs", "reseed a scarred
# heart", "repopulated ... with living bone", "reseal the lining", "fills in tears", "rewire a
# damaged spinal cord", "reinstating normal hip architecture"
claim/regeneration   4   {replenish,replenishes,replenished,replenishing} ... {cartilage,gel,disc,discs,collagen,joint fluid,cushioning,stem cells}   => (say what change was measured, and in whom)
claim/regeneration   4   {bring,brings,brought,bringing} back ... {hair,cartilage,movement,mobility,function,vision,hearing,memory,sight,feeling,sensation,collagen}   => (say what change was measured, and in whom)
claim/regeneration   4   {reset,resets,resetting} your ... {immune system,joints,cartilage,body,cells}   => (say what change was measured, and in whom)
claim/regeneration   4   {reseed,reseeds,reseeded,reseeding,repopulate,repopulates,repopulated,repopulating} ... with {living,new,healthy,fresh}   => (say what change was measured, and in whom)
claim/regeneration   4   {reseal,reseals,resealed,resealing} ... {lining,gut,barrier,membrane}   => (say what change was measured, and in whom)
claim/regeneration   4   {rewire,rewires,rewired,rewiring} ... {spinal cord,cord,brain,nerves,nervous system}   => (say what change was measured, and in whom)
# new tissue laid down, or scar replaced: "lay down new cartilage over the bare patches" (not
# "laid down a bone graft" in surgery),
# "replaces scar tissue with beating heart muscle"
claim/regeneration   4   {lay,lays,laid,laying} down {fresh,new} ... {cartilage,bone,collagen,tendon,ligament,muscle,myelin}   => (say what change was measured, and in whom)
claim/regeneration   4   {replace,replaces,replaced,replacing} {,the} scar tissue with   => (say what change was measured, and in whom)
# a lost sense given back: "give back the central vision that macular degeneration stole"
claim/regeneration   4   {give,gives,gave,giving,given} back {,the,their,your,his,her,my} ... {vision,sight,eyesight,hearing,memory,speech}   => (say what change was measured, and in whom)
# hair as it was: "thick hair again by summer"
claim/regeneration   4   {thick,thicker,full,fuller,dense,denser} hair again   => (say how much regrowth was measured, and in whom)
claim/regeneration   4   {reinstate,reinstates,reinstated,reinstating} normal   => (say what change was measured, and in whom)
claim/regeneration   4   {plump,plumps,plumped,plumping} ... back up   => (say what change was measured, and in whom)
claim/regeneration   4   {fill,fills,filled,filling} in {tears,holes,defects,the holes,the tears,the defects}   => (say what change was measured, and in whom)
claim/regeneration   4   {patch,patches,patched,patching} the holes in ... {meniscus,cartilage,disc,discs,tendon,ligament}   => (say what change was measured, and in whom)
claim/regeneration   4   {knit,knits,knitting,knitted} ... together
claim/regeneration   4   {grow,grows,growing} ... back
claim/regeneration   4   {refill,refills,refilled,refilling} ... {disc,discs,cartilage,joint,joints,defect,defects,gap,volume}
claim/regeneration   4   new {collagen,elastin,cartilage,bone,follicles,tendon tissue}
claim/regeneration   4   with new {,living,healthy} {bone,cartilage,tissue}
claim/regeneration   4   {coax,coaxes,coaxed,coaxing} ... back
claim/regeneration   4   sprout{,s,ing,ed}
claim/regeneration   4   resurface{,s,d}
claim/regeneration   4   strengthen{,s} {their,your,the,weak,damaged} {heart,hearts,bones,joints,tendons,cartilage,muscles,ligaments}
# new tissue in more words: "filling back in", "knit ... back together", "a fresh lining of
# cartilage", "re-inflates discs", "turns scar back into beating muscle", "brand-new surface"
claim/regeneration   4   {fill,fills,filling,filled} {back,right back} in
claim/regeneration   4   {knit,knits,knitting,knitted} ... back together
claim/regeneration   4   {knit,knits,knitting,knitted} new
claim/regeneration   4   {fresh,new,brand new} {lining,layer,surface,cushion} of {cartilage,tissue,bone,collagen}
claim/regeneration   4   {turn,turns,turning,turned} the clock back
claim/regeneration   4   re inflate{,s,d}
claim/regeneration   4   {restock,restocks,restocking,restocked}
claim/regeneration   4   back into {beating,healthy,living,working,new} {muscle,tissue,bone,cartilage,heart muscle}
claim/regeneration   4   {a,} brand new {surface,cartilage,rotator cuff,meniscus,tendon,ligament,disc,joint,knee,hip}
claim/regeneration   4   replace~ ... {damaged,worn,lost,missing,dead} => may help replace
claim/regeneration   4   {grow,grows,growing,grew,make,makes,made,form,forms,formed,create,creates,created} ... new {cartilage,tissue,tendon,bone,cells,hair} => may support repair of
claim/regeneration   4   new cartilage            => cartilage changes
claim/regeneration   4   turn{,s} back the clock  => may help slow the clock
claim/regeneration   4   turn{,s} back time       => may help with ageing
claim/regeneration   4   turn{~} back {parkinson's,alzheimer's,dementia,als,ms,arthritis,osteoarthritis,autism}   => (say what change was measured, and in whom)
claim/regeneration   4   turn{~} back {aging,ageing}   => may slow ageing
claim/regeneration   4   undo{,es} ... damage     => may help with the damage
# mending and waking tissue: "patch up torn ligaments", "revives dormant follicles",
# "thickens thinning crowns" (not "thickening", which names a finding on a scan)
claim/regeneration   4   patch{,es,ed,ing} up ... {ligament,ligaments,tendon,tendons,cartilage,meniscus,disc,discs,tears,joints,rotator cuff,acl}   => may support repair of
claim/regeneration   4   reviv{e,es,ed,ing} ... {follicles,follicle,hair,hairline,cartilage,nerves,nerve,joints,joint,skin,collagen,muscle,tendons,discs}   => (say what change was measured, and in whom)
claim/regeneration   4   thicken{,s,ed} ... {hair,crowns,crown,hairline,hairlines,strands,cartilage}   => (say what change was measured, and in whom)

# ---- safety absolutes ---------------------------------------------------------------
# fifteenth blind round: no safety concerns whatsoever, nothing that could hurt the skin
claim/safety   5   {carries,carry,has,have,raises,raise,with} no safety concerns   => (say what side effects have been reported)
# twenty-sixth blind round: pose no safety concern whatsoever; has no way to hurt a patient
claim/safety   5   {pose,poses,posed} no safety {concern,concerns}   => (say what side effects have been reported)
claim/safety   5   {has,have} no way to {hurt,harm,injure} {you,a patient,patients,anyone,the patient}   => (say what side effects have been reported)
claim/safety   5   {contain,contains} nothing that {can,could,will,would} {hurt,harm,damage,irritate}   => (say what side effects have been reported)
# fourteenth blind round: nothing in there that can hurt you, impossible to get hurt
claim/safety   5   nothing in there that {can,could,will} {hurt,harm} {you,anyone}   => (say what side effects have been reported)
# twenty-first blind round: nothing in the shot that can hurt you, no bad reaction possible
# for you, side effects never to worry about, harmless said of "it", safe for every age.
# The review narrowed each: "nothing in the play area that can hurt anyone", "I can't have
# a bad reaction like last time", complications of travel, "the bruising is harmless",
# "safe for all ages" said of a building, and "won't hurt a thing" (no harm in asking).
claim/safety   5   nothing in {a,the,this,that,your,our,an} ... that {can,could,will} {hurt,harm} you   => (say what side effects have been reported)
claim/safety   5   you {can't,cannot,can not,won't,will not,couldn't} {have,get} {a,an} {bad,adverse,allergic,negative} reaction   => (say what reactions have been reported)
claim/safety   5   never {worry,need to worry,have to worry} about {side effects,adverse effects,bad reactions} again   => (say what side effects have been reported)
claim/safety   5   {it is,it's,they are,they're} harmless   => (say what side effects have been reported)
claim/safety   5   safe for every {age,joint,condition,body,skin type,patient}   => (say what side effects have been reported, and in whom)
claim/safety   5   {won't,will not,can't,cannot} {damage,harm} a {thing,single thing}   => (say what side effects have been reported)
claim/safety   5   impossible to {get hurt,be harmed,have a reaction,react}   => (say what side effects have been reported)
# the sixth held-out set: as dangerous as drinking a glass of water
claim/safety   5   {as,about as} {dangerous,risky} as drinking {a glass of water,water,tea,a coffee,coffee}   => (say what side effects have been reported)
# twelfth blind round: harmless to the body, a body that accepts the cells completely
claim/safety   5   harmless {to,for} {the,your} body   => (say what side effects have been reported)
claim/safety   5   {your,the} body {accepts,welcomes} {them,it,the cells,these cells} {completely,fully,without question}   => (say what reactions have been reported)
# eleventh blind round: harmless told outright, a spotless record, saline for comparison
claim/safety   5   {totally,completely,perfectly,absolutely,entirely,100%,utterly} harmless   => generally well tolerated
claim/safety   5   without a single {adverse event,side effect,complication,adverse reaction,bad reaction,reaction}   => (say what side effects have been reported)
claim/safety   5   {patient,patients} never {have,has,had,get,gets,got,experience,experiences} any {bad reaction,reaction,side effect,side effects,complication,complications,problem,problems,adverse event,adverse events}   => (say what side effects have been reported)
claim/safety   5   {as,about as} {dangerous,risky} as {saline,the saline,salt water,tap water,a saline drip,a saline flush}   => (say what side effects have been reported)
# tenth blind round: zero danger, no way to turn on you, harmless at any age
claim/safety   5   zero {danger,dangers}   => (say what side effects have been reported)
claim/safety   5   no way {they,it,these cells,the cells} {can,could,will} {turn on,hurt,harm,attack} you   => (say what reactions have been reported)
claim/safety   5   harmless {for,at} {any,every,all} {age,ages,patient,patients}   => (say what side effects have been reported)
# ninth blind round: harmlessness told by comparison, idiom and shrug
claim/safety   5   as {gentle,safe,harmless} as a {routine,simple,regular,standard,quick} {blood draw,blood test,flu shot,flu jab,vaccine,vitamin shot,massage}   => (say what side effects have been reported)
claim/safety   5   {as,about as} {dangerous,risky} as {a glass of water,water,a vitamin,a multivitamin,a massage,a flu shot,a flu jab,a haircut}   => (say what side effects have been reported)
claim/safety   5   {isn't,is not,wasn't,there's not} {one,a single} {downside,drawback}   => (say what side effects have been reported)
claim/safety   5   {carry,carries,has,have,with} none of the {baggage,risks,side effects,complications,dangers}   => (say what side effects have been reported)
claim/safety   5   nothing to fear {but,except}   => (say what side effects have been reported)
claim/safety   5   nothing to fear from {it,them,this,these,our,the injection,the injections,stem,prp,exosomes}   => (say what side effects have been reported)
claim/safety   5   {adverse events,side effects,complications,risks} {are,were} {simply,just,} not part of the picture   => (say what side effects have been reported)
claim/safety   5   {poses,pose,posed,posing} {no,zero} {hazard,hazards,danger,dangers,risk,risks}   => (say what risks have been reported)
claim/safety   5   nothing ... for {your,the} {body,immune system} to {reject,attack,react}   => (say what reactions have been reported)
claim/safety   5   {can't,cannot,can not,won't,will not} mount {a,any} {reaction,response,immune response,attack}   => (say what reactions have been reported)
# the rewrite says what is not known, not a count of reports it cannot vouch for ("few
# reported side effects so far" asserted a safety record the text never gave)
claim/safety   5   no side effect{,s}                     => side effects still under study
# the writer's own record, which the rewrite may keep: "no side effects so far in our clinic"
claim/safety   5   {no,zero} side effect{,s} so far       => few reported side effects so far
claim/safety   5   zero side effect{,s}                   => side effects still under study
claim/safety   5   without {any,} side effect{,s}         => with side effects still under study
claim/safety   5   free of side effect{,s}                => still being studied for side effects
claim/safety   5   {no,zero} risk                         => some risk
claim/safety   5   {no,zero} risks                        => some risks
claim/safety   5   {no,zero} {cancer,infection,added,extra,real,serious,health,long term,surgical,meaningful} risk{,s}   => (say what is known about that risk)
claim/safety   5   without {any,} {risk,risks,danger,dangers,side effects,complications}   => with some risk
# twentieth blind round (carried topics): without adverse consequences, shuts the pain
# off
claim/safety   5   {entirely,completely,totally} without {adverse,harmful} {consequences,effects,reactions}   => (say what side effects have been reported)
claim/cure   4   {shuts,shut,shutting} {the,your,my,that} {pain,ache,aches} off   => (say how much it eased, and in whom)
claim/safety   5   free of {any,} {side effects,adverse effects,risk,risks,complications}   => still being studied for side effects
claim/safety   5   none of the {risks,side effects,dangers,complications}   => fewer of the risks
claim/safety   5   {can,will} never {damage,harm,hurt}    => is not expected to damage
claim/safety   5   {cannot,can't,can not,won't,will not} {form,cause} ... {tumours,tumors,cancer}   => have rarely been linked to
claim/safety   5   no {danger,dangers}                    => some risk
claim/safety   5   zero downside{,s}   => some downsides
claim/safety   5   nothing to worry about   => little known to worry about
claim/safety   5   pose{,s} no {danger,dangers,risk,risks,threat}   => pose some risk
claim/safety   5   {cannot,can't,can not} be rejected   => are rarely rejected
claim/safety   5   no adverse {reactions,effects,events} of any kind   => few reported adverse reactions
claim/safety   5   {cannot,can't,can not} overdose   => (say what is known about repeated doses)
claim/safety   5   {could,can} ever {hurt,harm}   => is known to harm
claim/safety   4   as harmless as
# nothing to go wrong: "nothing that can go wrong", "it literally cannot hurt you", "nothing
# for your body to reject", "not one patient has ever had a reaction"
claim/safety   5   nothing ... {can,could,will} go wrong   => little ... is known to go wrong
# not "won't hurt anyone"; "it can't hurt you to ask" is shielded below
claim/safety   5   {cannot,can't,can not} {possibly,} {hurt,harm} {you,anyone,anybody,patients}   => may still harm some patients
# a clinic's own record stated as a denial: "None of our stem cell patients has had a side
# effect" (the entry starts at "None", so its negation does not deny it)
claim/safety   5   {none,not one} of our ... {has,have} {ever,} {had,reported} {a,any} {side effect,side effects,complication,complications,adverse event,adverse events,bad reaction}   => (say how many patients were followed, for how long, and what was reported)
claim/safety   5   no {patient,client} of ours {has,have} {ever,} {had,suffered,reported,experienced} {a,any} {side effect,complication,adverse event,bad reaction}   => (say how many patients were followed, for how long, and what was reported)
# "do ... any harm" only with the treatment's own words before it ("A second opinion can't
# do you any harm" is advice)
claim/safety   5   {cells,platelets,injections,injection,shots,it,they,plasma,exosomes} {cannot,can't,can not} {possibly,} do {you,them,anyone,patients} any harm   => (say what side effects have been reported)
claim/safety   5   {cells,platelets,injections,injection,shots,it,they,plasma,exosomes} simply {cannot,can't} do {you,them,anyone,patients} any harm   => (say what side effects have been reported)
claim/safety   5   nothing for {your,the} body to {reject,attack,react to}   => a low reported rate of reactions
claim/safety   5   nothing ... body {can,could,will,would} {reject,attack,react}
# nothing in the product to fear: "there's nothing in them that can harm you", "safer than a
# flu jab", "the risk is nil"
claim/safety   5   nothing in {it,them,these,this,the injection,the injections} that {can,could,will,would} {harm,hurt,injure}   => (say what side effects have been reported)
claim/safety   5   nothing in {our,the,this,these,your} ... that {can,could,will} {harm,hurt} {you,anyone,anybody,patients,your body}   => (say what side effects have been reported)
claim/safety   5   {safer,gentler} than {a,an,} {flu jab,flu shot,vaccine,vaccination,multivitamin,vitamin,aspirin,paracetamol,tylenol,ibuprofen,massage,blood test}   => (say what side effects have been reported)
claim/safety   5   {risk,risks} {is,are} {nil,zero,nonexistent,non existent}   => (say what risks have been reported)
claim/safety   5   {not one,not a single,no} {patient,person} has ever had {a,any} {reaction,complication,side effect,problem,adverse event}   => few patients have reported side effects
claim/safety   4   as {gentle,safe} as a {flu shot,vaccine,blood draw,vitamin,vitamin shot,massage}
claim/safety   4   {the,a} safe {choice,option,alternative}   => an option with some risks
claim/safety   5   risk free                              => low-risk but not risk-free
claim/safety   5   {completely,totally,perfectly,absolutely,entirely,100%} safe  => generally well tolerated
claim/safety   5   no complications                       => few reported complications
# harm that "simply doesn't happen"
claim/safety   5   {complications,side effects,reactions,infections,problems,rejection,adverse events} {simply,just} {don't,do not,never} {happen,occur}   => (say that these are uncommon, not impossible)
claim/safety   5   {complications,side effects,reactions,infections,problems,rejection,adverse events} never {happen,occur}   => (say that these are uncommon, not impossible)
claim/safety   5   no chance of rejection                 => a low chance of rejection
claim/safety   5   zero chance of rejection               => a low chance of rejection
claim/safety   5   {no,zero} chance of {side effects,complications,infection,harm,a reaction,an allergic reaction,an adverse reaction,a bad reaction,bad reactions}   => (say that these are uncommon, not impossible)
# twenty-fifth blind round: harm that never lasts, side effects not worth a worry
claim/safety   5   {leave,leaves,left,cause,causes} no lasting harm   => (say that harms are uncommon, not impossible)
claim/safety   5   never {cause,causes,caused} {side effects,complications,problems,harm,any harm,reactions,a reaction}   => (say that side effects are uncommon, not impossible)
claim/safety   5   without {worrying,having to worry} about {a single,any} {side effect,side effects,complication,complications}   => (say that side effects are uncommon, not impossible)
claim/safety   5   {no,zero} chance of {rejection,infection} or {side effects,complications,infection,reactions,a reaction}   => (say that these are uncommon, not impossible)
claim/safety   5   no way {it,they,this,that,prp,injections} {can,could,will,would} {hurt,harm,damage}   => (say that it carries some risk, as every injection does)
claim/safety   5   {no,zero} rejection                    => a low chance of rejection
claim/safety   5   can't {hurt,harm}                      => carries some risk
claim/safety   5   cannot {hurt,harm}                     => carries some risk
claim/safety   5   {can't,cannot,won't} ever {hurt,harm,damage}   => carries some risk
claim/safety   5   nothing to lose                        => some risks to weigh
claim/safety   5   no downside{,s}                        => some downsides
claim/safety   4   safe and effective                     => under study, with mixed results
claim/safety   4   {natural,all natural} and safe         => natural, though not free of risk,

# ---- regulatory -------------------------------------------------------------------
# fifteenth blind round: the government's green light in a headline, federal regulators' clearance
claim/regulatory   5   {government,regulators,fda,ministry} {gives,gave,grants} {the,} green light to {stem cell,stem,prp,exosome,exosomes,cord blood,amniotic,our,its}   => (check the regulator's actual decision)
claim/regulatory   5   {therapy,treatment,injection,injections,product,serum,procedure,cells} {is,are,was,were,is now,has been} {cleared,approved} by federal regulators   => (check the regulator's actual decision)
claim/regulatory   5   food and drug administration's {blessing,seal of approval,stamp of approval}   => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
# twenty-fifth round: a regulator that has cleared "it" (the treatment named before); not
# "now authorized by federal regulators", which news says of trials as often as of treatments
claim/regulatory   5   {the fda,fda,federal regulators,regulators,the government,health canada} {has,have} {cleared,approved,authorized,authorised,okayed,licensed} {it,them}   => (check the regulator's actual decision)
claim/regulatory   5   {the fda,fda,federal regulators,regulators,the government,health canada} {has,have} {officially,formally} {cleared,approved,authorized,okayed} {it,them}   => (check the regulator's actual decision)
# fourteenth blind round: regulators abroad named by their acronyms, a state registration
claim/regulatory   5   {official,} {authorization,authorisation,approval,registration} {of,from} {cofepris,kfda,mfds,roszdravnadzor,anvisa}   => (check the regulator's actual decision and what it covers)
claim/regulatory   5   {kfda,mfds,roszdravnadzor} {permitted,approved,certified,registered,licensed} {treatment,therapy,procedure,product}   => (check the regulator's actual decision and what it covers)
claim/regulatory   5   official state registration   => (check the regulatory status: a registration is not approval)
# the sixth held-out set: FDA registration, a foreign regulator's approval named alone
claim/regulatory   5   fda registration   => (check the FDA status: registration is not approval)
claim/regulatory   5   {cofepris,anvisa} {approved,certified}   => (check the regulator's actual decision)
# twelfth blind round: the federal government's clearance, signed off, green-lit
claim/regulatory   5   {therapy,treatment,injection,injections,product,procedure,cells,protocol} {is,are,was,were} {cleared,approved,licensed} by the {federal,} government   => (check the regulatory status)
claim/regulatory   5   signed off by {federal,} {regulators,the fda,health canada} as a {treatment,therapy,cure}   => (check the regulator's actual decision)
claim/regulatory   5   {government,federal} clearance   => (check the regulatory status)
# clearance to run a trial is not approval of the treatment
shield   -   {government,federal} clearance to {begin,start,test,run,conduct,proceed,enroll,enrol}
shield   -   {government,federal} clearance for {a,the,its,their} {trial,study,phase,clinical}
claim/regulatory   5   {fda,washington,regulators,health canada} {has,have} {officially,} {green lit,greenlit} {it,them,for,prp,stem,exosome,exosomes,our}   => (check the regulator's actual decision)
# eleventh blind round: a ministry's permission, a regulator's go-ahead
claim/regulatory   5   {official,} permission {of,from} {the,} {ministry of health,health ministry}   => (check the regulatory status: a licence to operate is not approval of a treatment)
claim/regulatory   5   {fda,health canada,ema,regulators,ministry of health} {gave,has given} ... the {go-ahead,green light} for {treating,rotator cuff,knee,knees,arthritis,osteoarthritis,hair loss,back pain,clinical use,joint}   => (check the regulator's actual decision)
# tenth blind round: regulators that have vetted it
claim/regulatory   5   {has,have,with,carries,carry} the {full,official} blessing of the {fda,ema,mhra,tga,regulators,government,agency}   => (check the regulator's actual decision)
claim/regulatory   5   passed {fda,federal,regulatory} review for {knee,arthritis,osteoarthritis,back,joint,hair}   => (check the regulator's actual decision and what it covers)
claim/regulatory   5   {regulators,fda,agency,government} {have,has} {already,} vetted   => (check the regulator's actual decision)
# ninth blind round: approval told as a regulator's endorsement or a review passed
claim/regulatory   5   {fda,agency,regulator,regulators,ema,mhra,tga,washington} {gave,gives,has given} the green light to   => (check the regulator's actual decision)
shield   -   green light to {a,the,our,their,its} ... {trial,trials,study,studies}
claim/regulatory   5   {washington's,the government's,federal,the fda's,the agency's,the regulator's} {endorsement,blessing,seal of approval,stamp of approval}   => (check the regulator's actual decision)
claim/regulatory   5   {product,treatment,therapy,it,injection,injections,shot,shots,procedure} passed {federal,fda,government,regulatory} {review,approval,muster,scrutiny}   => (check the regulator's actual decision)
shield   -   {imply,implies,implied,implying,suggest,suggests} ... {endorsement,blessing,seal of approval,stamp of approval}
claim/regulatory   5   fda {approved,cleared,registered,certified,licensed,compliant,sanctioned,endorsed}  => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
claim/regulatory   5   {approved,cleared,endorsed,authorized,authorised} by the {fda,food and drug administration}   => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
claim/regulatory   5   {registered,listed} with the {fda,food and drug administration}   => (check the FDA status: registration is not approval)
# a registered lab or tissue bank says nothing about the product's approval
shield   -   {lab,laboratory,labs,facility,facilities,bank,banks} {is,are} {registered,listed} with the {fda,food and drug administration}
shield   -   fda registered {lab,laboratory,labs,facility,facilities,tissue bank}
# nor does a person who registers with the agency for an event
shield   -   {i,we,she,he,they,you} {registered,register} with the {fda,food and drug administration}
shield   -   {registered,register,registers} with the {fda,food and drug administration} for {a,an,the} {webinar,meeting,conference,course,seminar,workshop,event,briefing}
# not "=> FDA review": "Our stem cells have full FDA approval" is not made true by "review"
claim/regulatory   5   fda {approval,clearance,authorization,authorisation}   => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
claim/regulatory   5   green light from the fda                  => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
claim/regulatory   5   {full,regulatory,federal,government} approval   => regulatory review
claim/regulatory   5   {got,gets,received,receives,won,has,have,with} the government's approval   => (check the regulator's actual decision and what it covers)
# the FDA as the subject of an approval, with what it approved: "The FDA has approved our
# stem cell protocol" (not "our trial": the object must be the treatment)
claim/regulatory   5   {fda,the fda} {has,have} {approved,cleared} {our,this,its,their} ... {protocol,treatment,therapy,injection,injections,product}   => (check the FDA status: clearing or registering a device does not approve the treatment, and most stem-cell products are not FDA approved)
# regulators other than the FDA
# a product, or something approved 'for' a use; a regulator approving a trial, or approving
# 'no' product, is not a claim about the treatment
claim/regulatory   5   {health canada,ema,tga,mhra,cofepris,anvisa} {approved,cleared,authorized,authorised,licensed} {product,products,treatment,treatments,therapy,therapies,injection,injections}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
claim/regulatory   5   {health canada,ema,tga,mhra,cofepris,anvisa} {has,have} {approved,cleared,authorized,authorised,licensed} {it,them,for}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
# the regulator as the subject, with the treatment it approved, as for the FDA above:
# "Health Canada approved our stem cell treatment" ("approved its first stem cell
# therapy" is history, and "our trial" is not the treatment: shielded below)
claim/regulatory   5   {health canada,the ema,the tga,the mhra} {approved,cleared,authorised,licensed} {our,their,this} ... {treatment,therapy,injection,injections,product}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
claim/regulatory   5   {health canada,the ema,the tga,the mhra} has {approved,cleared,authorised,licensed} {our,their,this} ... {treatment,therapy,injection,injections,product}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
claim/regulatory   5   {health canada,the ema,the tga,the mhra} {has,} authorized {our,their,this} ... {treatment,therapy,injection,injections,product}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
# the regulator's name as the adjective after the verb: "Our stem cell serum is EMA approved"
claim/regulatory   5   {is,are} {health canada,ema,tga,mhra} {approved,authorised,authorized,licensed}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
shield   -   {approved,cleared,authorised,licensed} {the,a,our,its,their,this} ... {trial,trials,study,studies}
claim/regulatory   5   {approved,cleared,authorized,authorised,licensed,sanctioned,endorsed} by {health canada,the ema,the tga,the mhra,cofepris,anvisa,the european medicines agency,the pmda}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
# a regulator's name as an adjective: "our MHRA-approved PRP" (a verb, "the MHRA approved no
# product", is left to the entries above)
claim/regulatory   5   {our,an,a,its,their,your} {health canada,ema,tga,mhra,cofepris,anvisa} {approved,cleared,authorized,authorised,licensed}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
claim/regulatory   5   food and drug administration approved     => (check the FDA status)
claim/regulatory   5   {approved,cleared,authorized,authorised} for {treating,the treatment of}   => (check the regulatory status: few stem-cell products are approved for any use)
# a regulator letting a trial go ahead is not approval of the treatment
shield   -   fda {approved,cleared,authorized,authorised} {the,a,an,our,its,their,this} ... {trial,trials,study,studies,protocol,protocols,investigation}
shield   -   fda {approved,cleared,authorized,authorised} {the,a,an,our,its,their,this} {trial,trials,study,studies,protocol,protocols,investigation}
claim/regulatory   5   government approved                       => (check the regulatory status)
claim/regulatory   5   government {sanctioned,licensed,endorsed,certified}   => (check the regulatory status)
claim/regulatory   5   {licensed,approved,sanctioned,certified,authorized,authorised} by the ministry of health   => (check the regulatory status: a licence to operate is not approval of a treatment)
claim/regulatory   5   {licensed,approved,sanctioned,certified,authorized,authorised} by {the,} ... {health ministry,ministry of health,health department,department of health}   => (check the regulatory status: a licence to operate is not approval of a treatment)
# approval somewhere else or in other words: "approved in Europe since 2019", "carries the CE
# mark", "marketing authorization from the TGA", "cleared for clinical use"
claim/regulatory   5   {approved,cleared,licensed,authorized,authorised} {in,across,throughout} {europe,the eu,the uk,japan,korea,south korea,canada,australia,germany,mexico,switzerland,israel,india,china}   => (check the regulator's actual decision: few stem-cell products are approved anywhere)
claim/regulatory   5   government {cleared,registered,authorized,authorised}   => (check the regulatory status)
claim/regulatory   5   {received,receives,granted,won,obtained,has,have,with} marketing {authorization,authorisation,approval}   => (check the regulator's actual decision and what it covers)
claim/regulatory   5   {hold,holds,held,received,receives,granted,won,obtained,has,have,with} full ... marketing {authorization,authorisation}   => (check the regulator's actual decision and what it covers)
claim/regulatory   5   {carries,carry,has,have,bears,bear,with,earned,got} the ce mark   => (a CE mark is not evidence that a treatment works)
claim/regulatory   5   {approved,cleared,authorized,authorised,licensed} for {clinical,medical,therapeutic} use   => (check the regulatory status)
# official blessing in other words: "federally approved", "officially recognized", "the FDA
# signed off on it", "regulatory clearance", "the government's seal of approval"
claim/regulatory   5   federally {approved,cleared,licensed,sanctioned,authorized,authorised}   => (check the regulatory status)
claim/regulatory   5   officially {recognized,recognised,approved,sanctioned,endorsed}   => (check the regulatory status)
claim/regulatory   5   {fda,agency,regulator,regulators,government,health canada,ema,mhra,tga} {signed,has signed,have signed} off on   => (check the regulator's actual decision)
# blessings and stamps: "the agency's stamp", "the federal government's blessing", "has put
# its seal on" (not a green light or a nod, which trials get too)
claim/regulatory   5   {fda's,agency's,regulator's,government's,ministry's,ema's,mhra's,tga's,health's} {official,} {blessing,stamp,seal,thumbs up}   => (check the regulator's actual decision)
claim/regulatory   5   {put,puts,has put,have put} {its,their} {seal,stamp} {of approval,} on   => (check the regulator's actual decision)
# given the green light by a regulator, but not a trial ("the trial was given the green
# light by the FDA") nor for one ("... by the FDA to enter a phase 2 trial")
claim/regulatory   5   given the {green light,nod} by {the fda,the ema,the mhra,the tga,health canada,regulators}   => (check the regulator's actual decision)
shield   -   {trial,trials,study,studies} {has been,have been,was,were} given the {green light,nod} by {the fda,the ema,the mhra,the tga,health canada,regulators}
shield   -   given the {green light,nod} by {the fda,the ema,the mhra,the tga,health canada,regulators} to {enter,begin,start,run,test,launch}
shield   -   {fda,agency,regulator,regulators,government,health canada,ema,mhra,tga} {signed,has signed} off on ... {trial,trials,study,protocol,funding,budget}
claim/regulatory   5   regulatory {clearance,authorization,authorisation}   => regulatory review
claim/regulatory   5   {approved,cleared} by the agency   => (check the regulator's actual decision)
claim/regulatory   5   seal of approval   => (check the regulatory status)
claim/regulatory   5   regulator {endorsed,approved}   => (check the regulator's actual decision)

# ---- surgery avoidance ------------------------------------------------------------
# fifteenth blind round: a replacement no longer required, the knife no longer faced
# "None of our patients has needed surgery since starting PRP"
claim/surgery   4   {none,not one} of our ... {has,have} {ever,} {needed,required,gone on to need} {surgery,an operation,a knee replacement,a hip replacement,a replacement,joint replacement,a fusion}   => (say how many patients were followed, and for how long)
claim/surgery   4   {won't,will not} require {a,an,} {hip replacement,knee replacement,surgery,operation,replacement surgery}   => may delay the need for
claim/surgery   4   no longer {have to,need to} face the {surgeon's knife,knife,operating table}   => (say that it has not been shown to replace surgery)
# twenty-fifth blind round: the operation's job done without the cut, the operation gone the
# way of the dodo
claim/surgery   4   without {anybody,anyone,a surgeon} {cutting,having to cut} you open   => (say that it has not been shown to replace surgery)
claim/surgery   4   {does,do,did} the same job as {a,the,an} {new hip,new knee,hip replacement,knee replacement,operation,surgery,arthroscopy,fusion}   => (say that it has not been shown to replace surgery)
claim/surgery   4   {does,do} the job {arthroscopy,surgery,surgeons,the surgeon,an operation,the operation} used to do   => (say that it has not been shown to replace surgery)
claim/surgery   4   {send,sends,sent} ... {surgery,operation,operations,scalpel,knife,replacement,replacements} the way of the {dodo,dinosaurs}   => (say that it has not been shown to replace surgery)
# fourteenth blind round: out of the OR, no Tommy John, the operation no longer necessary
claim/surgery   4   {stay,stays} out of the {or,operating room,operating theatre}   => (say that it has not been shown to replace surgery)
claim/surgery   4   {don't,do not,won't,will not} need {tommy john,tommy john surgery,a fusion,fusion,a new knee,a new hip,an acl reconstruction}   => may delay the need for
claim/surgery   4   {operation,surgery} is not necessary {anymore,any more}   => (say that it has not been shown to replace surgery)
claim/surgery   4   {operation,surgery} is no longer necessary   => (say that it has not been shown to replace surgery)
# thirteenth blind round: the transplant list never joined
claim/surgery   4   {won't,will not,don't,do not,never} {need,have} to join the {transplant list,kidney transplant list,transplant waiting list}   => (say that it has not been shown to replace a transplant)
# the sixth held-out set: not needing that replacement, the scalpel kept in the drawer,
# a knee that no longer means a trip to the surgeon
claim/surgery   4   {won't,will not,wont} be needing {that,a,the,your} {knee replacement,hip replacement,surgery,operation,new knee,new hip}   => may delay the need for
claim/surgery   4   {injection,injections,concentrate,cells,prp,shot,shots,therapy} {keeps,keep} the {scalpel,scalpels,knife} in the drawer   => (say that it has not been shown to replace surgery)
claim/surgery   4   no longer {means,requires,needs} a {trip to the surgeon,trip to the operating room,surgery,replacement,knee replacement,hip replacement,new knee,new hip}   => (say that it has not been shown to replace surgery)
# twelfth blind round: doing away with the operating room
claim/surgery   4   away with the need for {surgery,the operating room,an operation,a replacement,the knife,fusion,a fusion}   => (say that it has not been shown to replace surgery)
# eleventh blind round: the scalpel put away, the operation not needed (translated pages)
claim/surgery   4   {scalpel,scalpels} {can stay,will stay,stays,stay} in the {drawer,drawers}   => (say that it has not been shown to replace surgery)
claim/surgery   4   {can,could} keep {his,her,their,the,your} {scalpel,scalpels,knife}   => (say that it has not been shown to replace surgery)
claim/surgery   4   not need {operation,prosthesis,operation of prosthesis}   => may not need surgery
# tenth blind round: no more going under the knife, a referral torn up
claim/surgery   4   {don't,do not,no longer,won't,will not,never} {have to,need to} go under the knife   => (say that it may delay surgery for some patients)
claim/surgery   4   {do not,does not,don't,doesn't} need anymore the {operation,surgery,replacement}   => (say that it may delay surgery for some patients)
claim/surgery   4   {tear,rip} up {that,your,the} {surgical,surgery} referral   => (say that it may delay surgery for some patients)
# ninth blind round: surgery stood in for, routed around, its tools kept away
claim/surgery   4   {stands,stand,stood,standing} in for {the,a,an} {arthroscope,surgery,operation,scalpel,knife,replacement}   => (say that it may delay surgery for some patients)
claim/surgery   4   {a way,way,a route,route} around ... {surgery,surgeries,replacement,replacements,operation,operations,arthroscopy,fusion,discectomy,arthroscope,scalpel,knife,surgeon}   => (say that it may delay surgery for some patients)
claim/surgery   4   {is,are,as} a substitute for ... {surgery,replacement,replacements,operation,operations,arthroscopy,fusion,discectomy}   => (say that it may delay surgery for some patients)
claim/surgery   4   {viable,real,genuine,proven,true} {substitute,replacement} for ... {surgery,surgeries,replacement,replacements,operation,operations,arthroscopy,fusion,discectomy,arthroscope,scalpel,knife,surgeon}   => (say that it may delay surgery for some patients)
claim/surgery   4   {keep,keeps} {his,her,their,your} {scalpel,knife}   => (say that it may delay surgery for some patients)
shield   -   knife skills
# a surgical repair named by its technique is an operation too (it is a subject of its own
# in context.lex, so "repair" there is no regeneration claim): "you will never need an
# arthroscopic repair", "skip the double-row repair"
claim/surgery   4   {avoid,avoids,avoided,avoiding,skip,skips,skipped,skipping,spare,spares,spared,sparing} ... {arthroscopic,open,double-row,single-row,suture bridge,transosseous,all-inside,inside-out} repair   => (say that it may delay surgery for some patients)
claim/surgery   4   {never need,won't need,will not need,no need for,no longer need,replace the need for,replaces the need for,instead of} ... {arthroscopic,open,double-row,single-row,suture bridge,transosseous,all-inside,inside-out} repair   => (say that it may delay surgery for some patients)
claim/surgery   4   {avoid,avoids,avoided,avoiding,forgo,forgoes,forgoing,skip,skips,skipped,skipping} ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may delay
claim/surgery   4   {sidestep,sidesteps,bypass,bypasses,spared,sparing,escape,escapes} ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may delay
claim/surgery   4   {sidestepped,sidestepping,bypassing,escaping,dodge,dodges,dodged,dodging} ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may delay
claim/surgery   4   {spare,spares} ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may spare
# the people spared, then what they are spared: "spares patients with grade III arthritis from arthroplasty"
claim/surgery   4   {spare,spares,spared,sparing} patients ... from ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may spare patients
claim/surgery   4   {spare,spares,spared,sparing} people ... from ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may spare people
claim/surgery   4   {spare,spares,spared,sparing} athletes ... from ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may spare athletes
# a count of them first: "has spared dozens of patients from knee replacement"
claim/surgery   4   {spares,spared} {dozens of,hundreds of,thousands of,countless} {patients,people} from ... {surgery,replacement,replacements,operation,operations,arthroscopy,fusion,knife,scalpel}   => (say that it may delay surgery for some patients)
# a repair is surgery only right after the verb: "sidestep rotator cuff repair"
claim/surgery   4   {avoid,avoids,avoiding,skip,skipping,sidestep,bypass,spare} {,the} {rotator cuff,acl,meniscus,meniscal,tendon,ligament,labral,labrum} {repair,repairs}   => (say that it may delay the repair for some patients, not that it avoids it)
claim/surgery   4   no need for ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}                     => possibly a way to delay
claim/surgery   4   {no longer,never,won't,will not,wont} need ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}      => may be able to delay
claim/surgery   4   {won't,will not,never} need a new {knee,hip,shoulder,joint}  => (say that it may delay surgery for some patients)
claim/surgery   4   {don't,dont,do not} need a new {knee,hip,shoulder,joint}  => may be able to delay needing a new joint
claim/surgery   4   {no longer,never} {have,has} to {face,undergo} ... {surgery,surgeries,replacement,replacements,operation,operations,fusion,reconstruction,arthroscopy,arthroplasty}   => may be able to delay
claim/surgery   4   {put,puts,putting,postpone,postpones,postponing} off ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may delay
claim/surgery   4   instead of ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}                      => as an option to discuss besides
claim/surgery   4   without ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}                         => possibly without
# the article before it is kept and made to agree ("an alternative" -> "an option")
claim/surgery   4   alternative to ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => option to discuss besides
claim/surgery   4   alternatives to ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => options to discuss besides
claim/surgery   4   {replace,replaces,replacing,replaced} ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}   => may delay
claim/surgery   4   {stand,stands,standing,stood} in for ... {surgery,surgeries,replacement,replacements,operation,operations,arthroscopy,fusion,reconstruction,arthroplasty}   => (say that it may delay surgery for some patients)
claim/surgery   4   {taken,took} the place of {a,} {hip replacement,knee replacement,joint replacement,replacement surgery}   => (say that it may delay surgery for some patients)
claim/surgery   4   in place of ... {surgery,surgeries,replacement,replacements,operation,operations,arthroscopy,fusion,reconstruction,arthroplasty}   => (say that it may delay surgery for some patients)
claim/surgery   4   take{,s} the place of ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}           => may delay
claim/surgery   4   say{,s} goodbye to ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}              => may delay
claim/surgery   4   {eliminate,eliminates,eliminated,remove,removes,removed,obviate,obviates,obviated,end,ends} the need    => may reduce the need
claim/surgery   4   do{,es} away with ... {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware}               => may delay
claim/surgery   4   {keep,keeps,kept} ... {out of,off} ... {surgery,operating room,operating table,operating theatre,hospital,or}   => may help keep ... out of surgery
claim/surgery   4   {surgery,surgeries,surgical,surgeon,surgeons,replacement,replacements,operation,operations,operating,arthroscopy,scope,fusion,reconstruction,release,arthroplasty,knife,scalpel,hardware} {unnecessary,obsolete}              => less often needed
claim/surgery   4   {makes,make} ... {unnecessary,obsolete,redundant}  => may reduce the need for ...
# twenty-sixth blind round: "a hip resurfacing has become an unnecessary operation, because stem
# cell injections handle that job now"
claim/surgery   4   {has,have} become {an,} {unnecessary,obsolete,needless} {operation,operations,surgery,procedure,procedures}   => (say that it may delay surgery for some patients)
claim/surgery   4   thing of the past                         => less common
claim/surgery   4   a thing of the past                       => less common
# surgery shelved in other words: "put the knee replacement on hold", "doesn't need a scalpel",
# "took disc surgery off the table", "ditch the saw", "keep your own hip"
claim/surgery   4   {put,puts,putting} {the,your,that} ... {surgery,replacement,operation,fusion} on hold   => (say that it may delay surgery for some patients)
claim/surgery   4   {doesn't,does not,don't,do not,won't} need {a,an,the} {scalpel,knife,operation}   => (say that it may delay surgery for some patients)
claim/surgery   4   {took,take,takes,taking,taken} ... {surgery,surgeries,replacement,replacements,operation,operations,fusion} off the table   => (say that it may delay surgery for some patients)
claim/surgery   4   {ditch,ditches,ditching,skip,skips,skipping} the {saw,scalpel,knife,surgeon,operating room,or,operating table}   => (say that it may delay surgery for some patients)
claim/surgery   4   keep{,s,ing} your own {hip,hips,knee,knees,joint,joints,shoulder,shoulders}   => (say that it may delay joint replacement for some patients)
claim/surgery   4   {better than,beats} a new {knee,hip,joint,shoulder}   => (say that it may delay joint replacement for some patients)
claim/surgery   4   instead of ... {titanium,prosthesis,prosthetic,implant,implants,metal joint}   => (say that it may delay joint replacement for some patients)
# keeping the joint or the date off the calendar: "keep the knee you were born with", "cancel
# that replacement consult", "stay off the surgeon's table", "never go under the knife"
claim/surgery   4   keep{,s} the {knee,hip,joint,shoulder,knees,hips,joints} you were born with   => (say that it may delay joint replacement for some patients)
claim/surgery   4   cancel {that,the,your} ... {replacement,surgery,operation,fusion}   => (say that it may delay surgery for some patients)
# "cancelling the spinal fusions their surgeons had scheduled", "tear up their knee replacement
# appointment", "renders discectomy unnecessary", "fusion is basically obsolete", "trade your
# scheduled hip replacement for", "the off-ramp from back surgery"
claim/surgery   4   {cancels,cancelled,canceled,cancelling,canceling} {that,the,their,your,his,her} ... {replacement,replacements,fusion,fusions}   => (say that it may delay surgery for some patients)
claim/surgery   4   tear{,s,ing} up ... {appointment,appointments,referral,referrals,surgery date,consent form}   => (say that it may delay surgery for some patients)
claim/surgery   4   {render,renders,rendered,rendering} ... {surgery,surgeries,fusion,replacement,replacements,operation,operations,discectomy,arthroscopy} {unnecessary,obsolete,redundant}   => (say that it may delay surgery for some patients)
claim/surgery   4   {surgery,fusion,replacement,operation,arthroscopy,discectomy} is {basically,essentially,practically,already,all but} {obsolete,unnecessary,redundant}   => (say that it may delay surgery for some patients)
claim/surgery   4   trade{,s} {your,the,that,their,a} ... {surgery,replacement,operation,fusion} for   => (say that it may delay surgery for some patients)
claim/surgery   4   off ramp from ... {surgery,surgeries,replacement,fusion,operation}   => (say that it may delay surgery for some patients)
claim/surgery   4   {spare,spares,spared,sparing} ... {open repair,arthrodesis,discectomy,laminectomy,meniscectomy}   => (say that it may delay surgery for some patients)
claim/surgery   4   off the {surgeon's,operating,spine surgeon's} table   => (say that it may delay surgery for some patients)
claim/surgery   4   never {go,have to go,going} under the knife   => (say that it may delay surgery for some patients)
claim/surgery   4   {surgery,operation,replacement,fusion} out of the picture   => (say that it may delay surgery for some patients)
claim/surgery   4   without {a single,an,any} {incision,cut,scar}   => (say that it may delay surgery for some patients)
claim/surgery   4   {spare,spares,spared,sparing} ... arthroscope   => (say that it may delay surgery for some patients)
claim/surgery   4   no more {,knee,hip,spine,spinal,back,shoulder,joint,neck,ankle,foot} {surgery,surgeries,operations,replacements,fusions,arthroscopy,scopes}   => (say that it may delay surgery for some patients)
# not "no hospital stay": an injection needs none, and saying so claims nothing
claim/surgery   4   no {surgery,fusion,hardware,scalpel,knife,incision,incisions,operation}   => possibly avoiding some procedures
# after "with" the replacement must read as a manner: "with possibly avoiding" does not
claim/surgery   4   with no {surgery,surgeries,operation,operations,incision,incisions,scalpel,knife}   => possibly without surgery
claim/surgery   4   no ... {surgery,operation,arthroscopy,scope,replacement,fusion,knife} {needed,required,necessary}        => possibly less need for ... surgery
claim/surgery   4   non surgical {solution,alternative,fix,answer,cure}   => non-surgical option
claim/surgery   4   preserve{,s} your {natural,own} ... {joint,knee,hip,shoulder}  => may help some patients keep their own
claim/surgery   4   surgery free                              => possibly delaying surgery

# ---- hype ---------------------------------------------------------------------------
# fifteenth blind round: a treatment that changes lives
claim/hype   4   {treatment,therapy,procedure,injection,injections,infusion,infusions,cells} {changes,changed,is changing,are changing,transforms} lives   => (describe what it has been shown to do)
# fourteenth blind round: the dream technology
claim/hype   4   the dream {technology,treatment,therapy}   => (describe what it has been shown to do)
# thirteenth blind round: rewriting how a disease is managed
claim/hype   4   will rewrite how   => (describe what it has been shown to do)
# the sixth held-out set: nothing short of magic, the closest thing to an elixir of youth
claim/hype   4   nothing short of {magic,magical,miraculous,a miracle,remarkable,incredible,amazing,revolutionary,extraordinary}   => (describe what it has been shown to do)
claim/hype   4   closest thing {to,we have to,we've got to} {an elixir,the elixir,a fountain,the fountain} of youth   => (describe what it has been shown to do)
# eleventh blind round: rewriting the possible, the most exciting thing in a generation
claim/hype   4   {rewriting,rewrites,redefining,redefines,changing,changes} what ... {thought,believed,knew} {was,were,is} possible   => (describe what it has been shown to do)
claim/hype   4   most exciting {thing,development,advance,treatment} to {hit,happen to,come to} ... in {a generation,decades,years,a century,a hundred years,fifty years,a lifetime,living memory}   => (describe what it has been shown to do)
# tenth blind round: witchcraft, the biggest thing to hit medicine
claim/hype   4   {skincare,medicine,orthopedics,orthopaedics,dermatology,sports medicine,aging,ageing} will never be the same   => (describe what it has been shown to do)
claim/hype   4   {is,it's} {real,a real,a true,the} wonder of modern {science,medicine}   => (describe what it has been shown to do)
claim/hype   4   {straight up,literally} {witchcraft,sorcery,wizardry}   => (describe what it has been shown to do)
claim/hype   4   biggest thing to hit {medicine,orthopedics,orthopaedics,healthcare,dermatology,skincare}   => (describe what it has been shown to do)
# ninth blind round: the rulebook rewritten, the closest thing to magic, a moment
claim/hype   4   {rewriting,rewrites,rewrote} the {rulebook,rule book} {of,in,on} {medicine,neurology,orthopedics,orthopaedics,orthopaedic medicine,orthopedic medicine,sports medicine,ageing,aging,healing,dermatology,aesthetics,cardiology,arthritis}   => (describe what it has been shown to do)
claim/hype   4   closest thing to {actual,real,} {magic,a miracle}   => (describe what it has been shown to do)
# twenty-fifth blind round: the specialty's rulebook rewritten
claim/hype   4   {rewriting,rewrites,rewrote} the {orthopaedic,orthopedic,sports medicine,dermatology,cardiology} {rulebook,rule book}   => (describe what it has been shown to do)
claim/hype   4   {transform,transforms,transforming} the landscape   => (describe what it has been shown to do)
claim/hype   4   crown jewel of   => (describe what it has been shown to do)
claim/hype   4   {iphone,penicillin,sputnik,moonshot} moment   => (describe what it has been shown to do)
claim/hype   4   miracle{,s}                  => experimental treatment
claim/hype   4   miracle of modern science    => development in modern science
claim/hype   4   miracle of modern medicine   => development in modern medicine
claim/hype   4   miracle worker{,s}   => (describe what it has been shown to do)
claim/hype   4   miraculous                   => notable
claim/hype   4   breakthrough{,s}             => development
claim/hype   4   revolutionary                => new
# "a revolutionary new hope" would become "a new new hope"
claim/hype   4   {revolutionary,groundbreaking} new   => new
claim/hype   4   {revolutionary,major,huge,true,real,medical} breakthrough{,s}   => development
claim/hype   4   revolutioni{ze,zes,zed,zing,se,ses,sed,sing}  => may change
claim/hype   4   {game changer,gamechanger}   => possible option
claim/hype   4   {game changers,gamechangers} => possible options
# comparisons and nicknames that sell: "the biggest thing since sunscreen", "a cheat code for
# aging", "liquid gold", "the Swiss Army knife of sports medicine", "a new era"
claim/hype   4   biggest thing {since,to happen}   => (describe what it has been shown to do)
claim/hype   4   cheat code   => (describe what it has been shown to do)
claim/hype   4   shortcut to {a,} {younger,healthier,stronger,better,new,pain free}   => (describe what it has been shown to do)
claim/hype   4   swiss army knife   => (describe what it has been shown to do)
claim/hype   4   new era {in,for,of} {medicine,regenerative medicine,orthopedics,orthopaedics,healing,skincare,anti aging,sports medicine,longevity}   => (describe what it has been shown to do)
claim/hype   4   liquid gold   => (describe what it has been shown to do)
claim/hype   4   {lightyears,light years} ahead   => (describe what it has been shown to do)
claim/hype   4   {wizardry,goated}   => (describe what it has been shown to do)
claim/hype   4   quantum leap   => (describe what it has been shown to do)
claim/hype   4   {biggest,greatest} {leap,advance} in medicine   => (describe what it has been shown to do)
# "the biggest leap forward in skincare", "a landmark advance" (not "a landmark trial", which
# is evidence)
claim/hype   4   {biggest,greatest,largest} {leap forward,leap,advance} {in,since}   => (describe what it has been shown to do)
claim/hype   4   {landmark,milestone} {advance,breakthrough,achievement,discovery,treatment,therapy}   => (describe what it has been shown to do)
claim/hype   4   most exciting {advance,development,thing} {i've,i have,we've,we have} {seen,witnessed}   => (describe what it has been shown to do)
claim/hype   4   game changing                => new
claim/hype   4   groundbreaking               => new
claim/hype   4   ground breaking              => new
claim/hype   4   fountain of youth            => experimental treatment
claim/hype   4   holy grail                   => goal
claim/hype   4   medical marvel               => experimental treatment
claim/hype   4   magic bullet                 => option
claim/hype   4   life changing                => notable
claim/hype   4   work{,s} {wonders,miracles}  => may help some patients
# the past stays past: "the cells worked miracles, I was off pain pills"
claim/hype   4   worked {wonders,miracles}    => seemed to help
claim/hype   4   {amazing,incredible,unbelievable,astonishing,remarkable,jaw dropping} {results,recovery,outcomes}  => results that vary
claim/hype   4   cutting edge                 => newer
claim/hype   4   revolution                   => change
claim/hype   4   paradigm shift               => change
# twenty-sixth blind round: the most important development of a career, a time machine in a vial
claim/hype   4   {paradigm shifting,paradigm-shifting}   => new
claim/hype   4   the most important {development,advance,treatment} {in,of} my {career,life,practice,lifetime}   => (describe what it has been shown to do)
claim/hype   4   the most important {development,advance,treatment} in my ... years of {practice,medicine,surgery}   => (describe what it has been shown to do)
claim/hype   4   {is,are,like,it's,that's,they're} a time machine   => (describe what it has been shown to do)
claim/hype   4   next level                   => new
claim/hype   4   {pure,like} magic            => promising
claim/hype   4   magical                      => promising
claim/hype   4   the future of {medicine,healing,orthopedics,orthopaedics,sports medicine,skincare,anti aging,aging,regenerative medicine}   => an area of research in
claim/hype   4   wonder {cure,treatment,drug,ingredient,product,therapy}  => experimental treatment
claim/hype   4   {is,are,was,were} {magic,pure magic,total magic,absolute magic,literal magic}   => (say what it was shown to do instead of calling it magic)
claim/hype   4   magic {bullet,bullets,cure,potion,pill,shot,wand}   => experimental treatment
claim/hype   4   magic in a {syringe,vial,bottle,jar,needle}   => experimental treatment
claim/hype   4   secret to                    => one factor in

# ---- anecdote offered as proof -------------------------------------------------------
# the sixth held-out set: my proof it does the job, see exactly what it does
claim/anecdote   4   {my,our,the} proof {it,that it,they,that they} {works,work,does the job,do the job,does the trick}   => (say that these recoveries do not show that it works for others)
claim/anecdote   4   {gallery,photos,pictures,pics} ... see {exactly,for yourself} what   => (say that these pictures do not show that it works for others)
# twelfth blind round: one recovery as all the evidence needed
claim/anecdote   4   all the {evidence,proof} anyone {needs,should need,would need,will ever need}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   all the {evidence,proof} you {need,will ever need}   => (say that one person's recovery does not show that it works for others)
# tenth blind round: stairs two at a time, marathons since, my knee the best advert
claim/anecdote   4   doing stairs {again,two at a time}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   run {two,three,four,five,2,3,4,5} marathons on it   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {my,my own} {knee,back,shoulder,hip,skin,hair} is the best {advert,advertisement,ad}   => (say that one person's recovery does not show that it works for others)
# ninth blind round: a comeback told as the treatment's work
claim/anecdote   4   went from {limping,hobbling,crutches,a wheelchair,a cane,barely walking,nonverbal,non verbal} ... to {running,hiking,dancing,walking,playing,skiing,cycling,talking,speaking}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {threw,tossed,ditched,binned,chucked} {my,her,his} {cane,crutches,walker,walking stick,brace}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {gave,given} {her,him,me,them} back {five,ten,twenty,5,10,20} years   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {she's,he's,i'm,she is,he is,i am} back to {salsa,dancing,running,golf,tennis,hiking,skiing,the gym,surfing,playing}   => (say that one person's recovery does not show that it works for others)
# Testimonial idioms that claim the treatment works without a claim verb of their own.
# each subject keeps its own word in the rewrite
claim/anecdote   4   photos speak for themselves   => photos show some patients' experiences
claim/anecdote   4   pictures speak for themselves   => pictures show some patients' experiences
claim/anecdote   4   pics speak for themselves   => pics show some patients' experiences
claim/anecdote   4   results speak for themselves   => results show some patients' experiences
claim/anecdote   4   reviews speak for themselves   => reviews show some patients' experiences
claim/anecdote   4   stories speak for themselves   => stories show some patients' experiences
claim/anecdote   4   testimonials speak for themselves   => testimonials show some patients' experiences
claim/anecdote   4   the proof is {me,in}                 => (say that one person's experience is not evidence that it works)
claim/anecdote   4   living proof                         => one example
claim/anecdote   4   {healed,fixed,cured,saved,repaired,rebuilt,regrew,helped,worked on} mine   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   all the proof {i,we} need            => encouraging for me
claim/anecdote   4   all the evidence {i,we} need            => encouraging for me
# a convert's story: "was a total skeptic until my BMAC shot"
claim/anecdote   4   {skeptic,sceptic,skeptical,sceptical} until {my,i}   => (say that one person's experience does not show that it works for others)
claim/anecdote   4   {stories,testimonials,cases} like {these,this} are proof   => experiences like these are encouraging, but not proof,
# someone's recovery, or the writer's own knee, offered as the proof
claim/anecdote   4   {recovery,transformation,comeback} {is,was} {the,} {clearest,best,living,} proof   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {my,my own} {knee,back,shoulder,hip,body,skin,hair,face} {is,was} {the,} {clearest,best,living,} proof   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {recoveries,transformations,results} {are,were} {the,} {clearest,best,living,} proof   => (say that these recoveries do not show that it works for others)
# experience offered as the verdict: "speaks for itself", "see for yourself", "that tells me
# everything I need to know", "the clearest sign yet"
claim/anecdote   4   {protocol,treatment,gallery,transformation,transformations,outcomes,success,track record,patients,clients} {speaks,speak} for {itself,themselves}   => (say that these experiences do not show that it works for others)
claim/anecdote   4   see for yourself   => (say that these experiences do not show that it works for others)
# one person's comeback told as the treatment's result: "it gave her life back", "I'm running
# 10ks again", "back on the court", "gardens daily without a cane"
claim/anecdote   4   {gave,given,giving} {me,her,him,them,us} {my,her,his,their,our,} life back   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {got,get,have} {my,her,his,their,our} life back   => (say that one person's recovery does not show that it works for others)
# a sense given back: "gave my grandmother back her sight"
claim/anecdote   4   {gave,given} ... back {my,her,his,their,our} {sight,eyesight,vision,hearing,voice,mobility,memory,independence,speech}   => (say that one person's recovery does not show that it works for others)
# the pain that lasted until the treatment: "my knee was agony till I had PRP"; "felt better
# than I had in years"
claim/anecdote   4   {agony,unbearable} {till,until} {i,she} {had,tried} {prp,stem,exosome,exosomes,cord,bmac,svf,amniotic,platelet,mesenchymal,msc,mscs,regenerative,fat,bone,placental}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {felt,feel,feeling,feels} better than {i,she,he,we,they} {had,have,has} in {years,decades,a decade,ages}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   with {their,her,his,my,our} {lives,life} back   => (say that these recoveries do not show that it works for others)
claim/anecdote   4   {speak,speaks,spoke} louder than {any,the} {study,studies,trial,trials,data,paper,papers}   => (say that these experiences do not show that it works for others)
claim/anecdote   4   {pics,photos,pictures,results,before and after pics,before and after photos} {don't,do not,never} lie   => (say that these pictures do not show that it works for others)
claim/anecdote   4   {i'm,i am,she's,she is,he's,he is,we're,we are} {running,walking,hiking,dancing,golfing,skiing,cycling,surfing,lifting,climbing,gardening,playing,training,swimming} again   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {i'm,i am,she's,she is,he's,he is,we're,we are} back on the {court,course,slopes,pitch,field,trail,trails,bike,mat,dance floor,tennis court,golf course}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {walks,gardens,hikes,dances,golfs,runs} ... without {a,her,his,my} {cane,walker,crutches,crutch,brace,wheelchair,stick}   => (say that one person's recovery does not show that it works for others)
claim/anecdote   4   {tells,tell,told} me {everything,all} {i,we} need to know   => (say that one practice's experience does not show that it works)
claim/anecdote   4   {that,which,this,it} {tells,told} you {everything,all} you need to know   => (say that one person's experience does not show that it works for others)

# ---- extrapolation bridges ----------------------------------------------------------
# These words carry a lab or animal result over to people. They raise an extrapolation
# finding only together with evidence/lab words in the same or the previous sentence.
claim/extrapolation   3   {you,you're,you'll}
claim/extrapolation   3   your
claim/extrapolation   3   {human,humans,people,patients,person,athletes,runners,everyone,anyone,seniors,adults,kids,children,men,women,sufferers}
# survivors of a human illness, not the animals that survived
claim/extrapolation   3   {heart attack,stroke,cancer,burn,trauma,covid} survivors
claim/extrapolation   3   {which,that,this} means
claim/extrapolation   3   meaning
# present tense only: "few of the findings translated into anything for patients" reports
claim/extrapolation   3   translates {into,to}
shield   -   well meaning
claim/extrapolation   3   {so,therefore,hence,thus}
claim/extrapolation   3   imagine what

# ---- certainty boosters ---------------------------------------------------------------
# fifteenth blind round: science has shown, unfailingly
booster   4   science has {shown,proven,demonstrated} that   => some studies suggest that
booster   4   {unfailingly,invariably,infallibly}   => in some cases
# fourteenth blind round: settled science, not debatable, results that come for sure
booster   4   science is {100%,totally,completely,fully} settled   => evidence is still developing
booster   4   {isn't,is not} even debatable   => (say how strong the evidence is)
booster   5   results {come,will come} for sure   => (say how strong the evidence is)
# thirteenth blind round: 100% of cases, certain to
booster   4   {in,for} 100% of {cases,patients,people,users,clients}   => (say how strong the evidence is)
booster   4   {is,are} certain to   => (say how strong the evidence is)
# the sixth held-out set: a sure bet, science that makes it plain, no ifs, full stop
booster   5   {is,are} a sure bet {for,going}   => (say how strong the evidence is)
booster   4   science {makes,made} {it,} {plain,clear}   => some studies suggest
booster   4   no {ifs,if's}   => (say how strong the evidence is)
booster   4   full stop   => (say how strong the evidence is)
# twelfth blind round: the surest bet, no question in my mind, exactly what it says
booster   5   {is,are} the surest bet {for,going}   => (say how strong the evidence is)
booster   4   {there's,there is} no question in my mind   => (say how strong the evidence is)
# eleventh blind round: no longer a hope, a sure result, a written promise
booster   5   no longer a {hope,dream,promise,possibility,maybe} but a {certainty,fact,reality,given}   => (say how strong the evidence is)
booster   5   {result,results,outcome,improvement,recovery} {is,are} sure for   => (say how strong the evidence is)
booster   5   {written,signed} promise of {improvement,results,recovery,success}   => (say how strong the evidence is)
# tenth blind round
booster   5   {results,outcome,outcomes} you can bank on   => (say how strong the evidence is)
# ninth blind round: certainty told as a bet, a verdict, a lock
booster   5   {isn't,is not,not} a maybe anymore   => the evidence is still developing
booster   5   it's a lock   => (say how strong the evidence is)
booster   5   {comes,come} through every time   => may help some patients
booster   5   take {that,it,this} to the bank   => (say how strong the evidence is)
booster   5   {is,are} a foregone conclusion   => (say how strong the evidence is)
booster   5   does what it says on the tin   => (say how strong the evidence is)
# Level 5: a claim by itself ("clinically proven"). Level 4: intensifies a claim in
# the same sentence to certainty ("always heals").
booster   5   proven                         => studied
# "studied" takes no that-clause: "It is proven that ..." is not "It is studied that ..."
booster   5   {it is,it's,it has been,it's been,it was} proven that   => some studies suggest that
booster   5   has proven that                => has suggested that
booster   5   have proven that               => have suggested that
booster   5   proven beyond {doubt,question,any doubt,a doubt}   => suggested
# before the adjective it vouches for, "studied" would not read: "is proven safe"
booster   5   proven safe                    => thought by some to be safe
booster   5   proven effective               => thought by some to be effective
booster   5   proven safe and effective      => thought by some to be safe and effective
booster   4   {prove,proves,proved} that          => suggests that
booster   5   {clinically,scientifically,medically} proven   => studied
booster   5   {clinically,scientifically,medically,} proven to   => thought by some to
booster   5   {clinically,scientifically,medically} {shown,demonstrated} to   => thought by some to
booster   5   {backed,supported} by science  => studied
booster   5   science backed                 => studied
booster   5   work{,s} for {everyone,everybody,anyone,anybody,every patient,all patients}   => may help some patients
booster   5   work{,s} on {everyone,everybody,every patient,every single person,every single patient,every person}   => (say how many patients it helped, and how much)
booster   5   the {last,only} ... {you'll,you will} ever need   => (call it one option among several)
booster   4   proof                          => evidence
booster   5   guarantee{~}                   => not guaranteed
booster   5   100% {effective,success,successful,results}   => often helpful
booster   5   100% guarantee{~}              => not guaranteed
booster   5   100% of the time               => in some cases
# "some" only where nothing qualifies the subject: "Laboratory studies show" keeps its word
booster   5   science {shows,show,proves,prove,proved,confirms,confirm}   => some studies suggest
booster   5   research {shows,show,proves,prove,proved,confirms,confirm}  => research suggests
booster   5   studies {shows,show,proves,prove,proved,confirms,confirm}   => studies suggest
booster   5   science is {clear,settled}     => evidence is still developing
booster   5   {scientific,medical,proven} fact   => current view
booster   5   {conclusively,definitively,unequivocally,indisputably,irrefutably}   => in one study
booster   5   {definitive,unequivocal,indisputable,irrefutable}   => preliminary
booster   5   with certainty                 => tentatively
# a guarantee about the premises, not the treatment: "free, guaranteed parking"
shield   -   guaranteed {parking,appointment,appointments,seating,seat,seats,spot,spots,slot,slots,delivery,pricing,price,prices,availability,callback}
booster   5   beyond {any,a,} doubt          => in one study
booster   4   beyond {any,all,} {dispute,question,debate}   => (say how sure the evidence allows)
booster   5   beyond {any,a,all,} reasonable doubt   => (say how sure the evidence allows)
# emphasis in other words: "no ifs, ands or buts", "ironclad", "is a certainty, not a hope",
# "end of discussion", "mark my words", "no cap", "the data don't lie", "the science settled that"
booster   5   no ifs ands or buts   => (say how sure the evidence allows)
booster   5   {ironclad,iron clad,rock solid}   => (say how sure the evidence allows)
booster   4   {is,are} a {certainty,lock}   => (say how sure the evidence allows)
# beside a claim only: "The data don't lie: PRP was no better than saline" is careful
booster   4   {the,} {data,numbers,science} {don't,do not,doesn't,does not,never} lie{,s}   => (say how sure the evidence allows)
booster   4   {science,research,the science,the research} {settled,has settled} {that,it,this}   => (say how sure the evidence allows)
booster   5   settled science   => (say how sure the evidence allows)
booster   5   results every {single,} time   => (say how often it helps, and in whom)
booster   4   end of {discussion,story,debate}   => (say how sure the evidence allows)
booster   4   mark my words   => (say how sure the evidence allows)
booster   4   no cap   => (say how sure the evidence allows)
booster   4   {1000%,110%,200%}   => (say how sure the evidence allows)
booster   4   {undisputed,unquestionable,unquestionably,incontrovertible,incontestable}   => (say how sure the evidence allows)
booster   5   no longer any doubt            => growing evidence
booster   5   without question               => possibly
booster   5   no brainer                     => reasonable option to discuss
booster   5   settled the {matter,question,debate}   => added to the evidence
booster   5   the best {treatment,option,therapy,choice,solution}   => one option
booster   5   without {a,any} doubt          => possibly
booster   5   no doubt                       => possibly
booster   5   no doubt about it              => possibly
# as the subject of its clause, "possibly" would leave "There is possibly that ..."
# (level 4: they lift a claim in their clause to certainty, but alone, before "PRP is
# popular with athletes", they claim nothing)
booster   4   {there is,there's,there can be} {absolutely,} no {doubt,question} that   => it is possible that
booster   4   {there is,there's,there can be} {absolutely,} no doubt   => it is possible
booster   5   {there is,there's,there can be} {absolutely,} no doubt whatsoever {that,}   => it is possible that
booster   4   {i have,i've,we have,we've} {absolutely,} no doubt that   => it is possible that
booster   4   {there is,there's} no denying {that,}   => it is possible that
booster   4   {nobody,no one} can deny that   => it is possible that
booster   4   {it is,it's} no exaggeration to say {that,}   => it is possible that
# permanence: "The results of our stem cell treatment are permanent", "results last forever"
booster   5   {results,relief,effects,benefits,improvements,gains} {are,is} permanent   => (say how long the results lasted, and in whom)
booster   5   {last,lasts} {forever,for life,a lifetime}   => (say how long the results lasted, and in whom)
booster   5   never fail                     => often help
booster   5   never fails                    => often helps
booster   5   without fail                   => (say how often it helps, and in whom)
booster   5   no two ways about it           => (say how sure the evidence allows)
booster   5   with {absolute,complete,total,100%} certainty   => tentatively
booster   5   {leave,leaves,left} no room for doubt   => (say how sure the evidence allows)
booster   5   {a sure thing,a sure bet,surefire,sure fire}   => (say how sure the evidence allows)
# a forecast about something else: "It's a sure bet that the clinic will upsell you"
shield   -   {a sure thing,a sure bet} that
booster   5   zero failures                  => few reported failures
booster   5   slam dunk                      => (say how sure the evidence allows)
booster   5   {you can,you could} bank on it   => (say how sure the evidence allows)
booster   5   unfailingly                    => often
booster   5   stake my {licence,license,reputation,career} on it   => (say how sure the evidence allows)
booster   4   every single time              => in some cases
booster   5   without a shadow of {a,} doubt   => (say how sure the evidence allows anyone to be)
booster   4   each and every time   => in some cases
booster   5   work{,s,ed} {every,each and every} {single,} time   => may help some patients
booster   4   100%                           => often
booster   4   always                         => often
booster   4   every time                     => in some cases
booster   4   definitely                     => possibly
booster   4   certainly                      => possibly
booster   4   undoubtedly                    => possibly
booster   4   permanent{,ly}                 => for a while
booster   4   forever                        => for a while
booster   4   completely                     => partly
booster   4   totally                        => partly
booster   4   fully                          => partly
booster   4   {all,every} patient{,s}        => some patients

# ---- shields ---------------------------------------------------------------------------
# a repair already done, named as the thing at risk: "the chance of re-tearing a repaired
# rotator cuff"
shield   -   {tearing,tear,tears,retear,retearing} {a,the,your} repaired {rotator cuff,tendon,ligament,acl,meniscus}
# "patient" as the word before a noun: "in every patient series published so far" counts
# the studies, not the patients helped
shield   -   {all,every} patient {series,cohort,cohorts,group,groups,registry,registries,record,records,file,files,chart,charts,survey,surveys,sample,samples,questionnaire,questionnaires,database,databases,category,categories,subgroup,subgroups}
# papers handed to every patient: a practice, not an outcome
shield   -   {share,shares,shared,discuss,discusses,discussed,review,reviews,reviewed} ... with every patient
# Phrases whose words are not cues: a repair that is a procedure or a field of research.
shield   -   {cuff,acl,meniscus,meniscal,tendon,ligament,labral,labrum,hernia,surgical,wound,tissue,cartilage,dna,valve,fracture} repair
shield   -   repair surgery
# idioms that are not about the treatment: "it can't hurt to ask", "spared no expense"
shield   -   {can't,cannot,won't} hurt {,you} to {ask,try,check,look}
shield   -   spared no expense
# an operation's name, not the claim verb: "recovery after an ACL rebuild"
shield   -   {acl,cruciate,ligament} {rebuild,rebuilds}
# a sports field, not a sales pitch: "once you're back on the pitch"
shield   -   on the pitch
# an operation already done: "re-injury of surgically repaired ligaments"
shield   -   surgically {repaired,reconstructed,rebuilt,restored,fixed}
# the body's healing as a noun's modifier names it, it does not promise a cure
shield   -   healing {cells,power,powers,properties,factors,signals,potential,capacity}
shield   -   {effective,effectiveness} of
# A miracle of marketing praises the selling, not the treatment: irony, not a claim.
shield   -   {miracle,miracles} of {marketing,advertising,branding,spin,salesmanship}
shield   -   {marketing,advertising,branding} miracle{,s}

# ---- relation words with no finding category ------------------------------------------
# They place a sentence on the causal-language ladder (1 correlational, 4 direct
# causal) but raise no finding by themselves.
association   1   {linked,tied,connected,correlated,associated} {to,with}
association   1   {association,associations,correlation,correlations,link,relationship} between
association   1   correlate{,s,d} with
association   1   predict{,s,ed} {higher,lower,better,worse,greater,more,less}
association   4   {increase,decrease,lower,raise,boost,enhance,worsen,trigger,induce,promote,impair,affect,cut,double,halve,shorten,lengthen,reduce}~
association   4   cause~
association   4   help{,s,ed}
association   4   lead{,s} to
association   4   led to
association   4   result{,s,ed} in
association   4   contribute{,s,d} to
association   4   is responsible for
association   4   {benefit,benefits,benefited,benefitted} 
association   4   {protective,harmful} effect
association   4   {extend,extends,extended} {life,lifespan,survival}

# sixteenth blind round (crowded sentences): surgery taken off the cards or coming off
# the table, a way out of the operating room, mending a torn muscle, pain seen off, a sure
# outcome, no harm it can do, a side-effect profile of zero, the biggest leap a field has
# seen (not "off the agenda", which meetings and strikes take operations off; not "made
# the pain stop" or "can't do you any harm" with any subject: morphine, a walk, a second
# opinion)
claim/surgery   4   {surgery,surgeries,replacement,replacements,operation,operations,fusion,the knife} {comes,come,came,coming} off the {table,cards}   => (say that it may delay surgery for some patients)
claim/surgery   4   {took,take,takes,taking,taken} ... {surgery,surgeries,replacement,replacements,operation,operations,fusion} off the cards   => (say that it may delay surgery for some patients)
claim/surgery   4   {gets,get,got,getting} you out of the {operating room,operating theatre,operating table}   => (say that it has not been shown to replace surgery)
claim/regeneration   4   {mends,mended} ... {hamstring,hamstrings,muscle,muscles,ligament,ligaments,tendon,tendons,meniscus,cartilage,rotator cuff,acl,achilles}   => may support repair of
claim/cure   4   {see,sees} off {the,your,their,that,} ... {pain,ache,aches,arthritis,tendinitis,tendonitis,sciatica,stiffness,tennis elbow,golfer's elbow,plantar fasciitis,jumper's knee}   => may ease
booster   5   {outcome,outcomes,result,results} {is,are,was,were} never in doubt   => (say how sure the evidence allows)
claim/safety   5   {it,they,itself,themselves,injections,shots,exosomes,prp,treatment,therapy} {can't,cannot,won't,will not} do {you,anyone,your body,patients} any harm   => (say what side effects have been reported)
claim/safety   5   side effect profile of zero   => (say what side effects have been reported)
claim/hype   4   {biggest,greatest} {leap forward,advance,breakthrough} {medicine,orthopaedics,orthopedics,sports medicine,dermatology,neurology,cardiology,the field} has {ever,} seen   => (describe what it has been shown to do)
# registration or marketing authorisation for a use: "registered with Health Canada for
# cartilage repair", "holds EMA marketing authorisation for knee osteoarthritis" (not a
# clinic registered for tissue handling, a person for a webinar, or the companies "with"
# one in a rule)
claim/regulatory   5   registered with {the fda,fda,health canada,the ema,ema,the mhra,mhra,the tga,tga,cofepris,pmda,the pmda} for {treating,the treatment of,use in,cartilage,knee,knees,joint,joints,arthritis,osteoarthritis,back,spine,pain}   => (check the regulator's actual decision: registration is not approval)
claim/regulatory   4   {hold,holds,held,received,receives,granted,won,obtained,has,have} {ema,fda,mhra,tga,eu,european,pmda} marketing {authorization,authorisation,approval}   => (check the regulator's actual decision and what it covers)
# lines and wrinkles that fade after a session (not tan lines, nor fading on their own)
claim/regeneration   4   {fine lines,wrinkles,crow's feet,age spots,dark spots,acne scars} {fade,fades,vanish,vanishes,disappear,disappears}   => (say what change was measured, and in whom)
shield   -   {fine lines,wrinkles,age spots,dark spots,acne scars,scars} {fade,fades,faded,vanish,vanishes,disappear,disappears} {naturally,on their own,over time,with time,with age}
# doing the job: "there's no question in my mind PRP will do the job", "a single shot
# does the trick"
claim/cure   4   {does,do,did,will do,would do} the trick {for,on}   => (say what it has been shown to do, and for whom)
claim/cure   4   will do the job   => (say what it has been shown to do, and for whom)
# seventeenth blind round (findings without the stock words): harm the cells are
# incapable of, the feds signing off on a product, a government licence for this use,
# a sign-off for a use, health authorities that have cleared it for a condition,
# registration as a treatment, fresh disc tissue, the knees given back, back on their feet, calmed knees,
# the job a new knee would do, thanks but no thanks to the surgeon, the operating table
# no longer the end, re-paved knees, wear and tear kept at bay, the dawn of a new era for
# patients, liquid youth; a certainty, no maybe about it and a settled question lift a
# claim beside them (level 4: a clinic's opening day is a certainty too). A review
# dropped or narrowed what fired on other subjects: nothing to fear, a sign-off (a
# building's, a protocol's), the feds and a grant, a licence for nurses, health
# authorities clearing a scanner, federal review passed by a grant application, arthritis
# kept out by weight loss, a hospital wing's new era, a settlement giving people their
# lives back, patients seen off at the station, a locum taking a surgeon's place.
# (In calibration.lex: what could turn out to be.)
claim/safety   5   incapable of {doing,causing} {,you,the body,your body,anyone} {harm,any harm}   => (say what side effects have been reported)
claim/regulatory   5   {the feds,feds} {signed,have signed,has signed} off on {cord,stem,prp,exosome,exosomes,amniotic,platelet,it,them,this,these}   => (check the regulator's actual decision)
claim/regulatory   5   {licensed,certified} by the {government,state} for {this use,exactly this use,use in,treating,the treatment of}   => (check the regulator's actual decision)
claim/regulatory   5   {agency's,fda's,regulator's,government's} sign off for {use,use in,treating,the treatment of}   => (check the regulator's actual decision)
claim/regulatory   5   {health authorities,regulators,health regulators} {have,has} {cleared,approved,authorized,authorised} for   => (check the regulator's actual decision)
claim/regeneration   4   {lay,lays,laid,laying} down {fresh,new} disc tissue   => (say what change was measured, and in whom)
claim/regulatory   5   registered ... as a {treatment,therapy,medicine,drug} for   => (check the regulator's actual decision: registration is not approval)
booster   4   {it's,it is,that's,that is} a certainty   => (say how sure the evidence allows)
booster   4   no maybe about it   => (say how sure the evidence allows)
booster   4   {settle,settles} the {question,matter,debate}   => added to the evidence
claim/cure   4   {gives,give,gave,giving,has given,have given} {people,patients,you,them,runners,athletes} their {knees,hips,knee,hip,mobility} back   => (say what has been shown in people)
claim/cure   4   {gets,get,got,getting,puts,put} {them,you,people,patients} back on {their,your} feet   => (say what has been shown in people)
claim/cure   4   {calm,calms,calmed} {arthritic,inflamed,sore,aching} {knees,joints,hips,tendons}   => (say how much it eased, and in whom)
claim/surgery   4   {does,do,did} the job {a new knee,a new hip,a replacement,surgery,an operation} would   => (say that it has not been shown to replace surgery)
claim/surgery   4   tell the surgeon thanks but no thanks   => (say that it has not been shown to replace surgery)
claim/surgery   4   no longer {has,have} to end {on the operating table,in surgery,in the operating room,in an operation}   => (say that it has not been shown to replace surgery)
claim/regeneration   4   {repave,repaves,repaved,re pave,re paves,re paved} ... {knee,knees,joint,joints,cartilage,patches}   => (say what change was measured, and in whom)
claim/prevention   4   {keeps,keep,keeping} the wear and tear {of aging,of ageing,of age} at bay   => (say whether it has been shown to lower the risk in people)
claim/hype   4   dawn of a new era {for,in} {patients,people,medicine,orthopaedics,orthopedics,regenerative medicine,heart failure,arthritis,sports medicine}   => (describe what it has been shown to do)
claim/hype   4   liquid youth   => experimental treatment
# eighteenth blind round (prevention, anecdote, safety and regulators in other words):
# stiffness kept away, a knee kept out of the arthritis pipeline, frailty that a
# treatment averts; range of motion back within weeks, the answer for arthritis, a
# second life for joints, living evidence (not a living evidence review); nothing that
# could hurt, no danger whatsoever, inherently free of adverse events. A review dropped
# what fired on any subject: sparing someone injuries, insurance for your knees (strong
# quads), crow's feet that stay away (sunscreen), holding off (postponing) arthritis
# surgery, getting a centrifuge working again, staff who cannot get hurt, and every
# regulatory wording the round used (a green light, government backing, a blessing,
# official permission, approval for use by, a licence from authorities, a ministry's
# approval), which trials, buildings, doctors and car parks get too.
claim/prevention   4   {stiffness,arthritis,ageing,aging,wrinkles,frailty,decline} {is,are} kept {away,far away,at bay}   => (say that it has not been shown to prevent this)
claim/prevention   4   {keeps,keep,keeping} ... out of the arthritis pipeline   => (say that it has not been shown to prevent this)
claim/prevention   4   averts {frailty,arthritis,osteoarthritis,dementia,decline,diabetes,heart failure,injuries,injury,tears,ageing,aging}   => (say that it has not been shown to prevent this)
claim/cure   4   range of motion {come,comes,came,coming} back within   => (say that it helped some patients)
claim/cure   4   {is,are,was,were} the answer {for,to} {arthritis,osteoarthritis,knee pain,back pain,joint pain,hair loss,tendon pain,ms,autism,diabetes}   => (say that it helped some patients)
claim/regeneration   4   {gives,give,gave,giving} {ageing,aging,old,worn,tired,damaged} {joints,knees,hips,skin,discs} a second life   => (say what change was measured, and in whom)
claim/anecdote   4   living evidence   => one example
shield   -   living evidence {review,reviews,synthesis,syntheses,map,maps,update,updates}
claim/safety   5   {carry,carries} nothing that {can,could,will,would} {hurt,harm,damage}   => (say what side effects have been reported)
claim/safety   5   {carries,carry,poses,pose} no danger {whatsoever,at all}   => (say what side effects have been reported)
claim/safety   5   inherently free of {adverse events,side effects,complications,risk}   => (say what side effects have been reported)
# nineteenth blind round (certainty, extrapolation, hype, surgery, cure, regeneration in
# other words): settled medicine (lifting a claim beside it: the measles vaccine is settled
# medicine too); a once-in-a-generation leap, a turbocharger, a turning point in the
# history of medicine, a time machine, a moon-landing moment; the scalpel put down, hip
# operations swapped for injections, hardware saved; fatigue cleared up, migraines shut
# down, nerve pain settled, plantar fasciitis settled; a tear filled back in. A review
# dropped "without a single stitch" (how a needle procedure is done) and three bridges
# from animal results to people that did not match their contractions
booster   4   settled medicine   => (say how sure the evidence allows)
claim/hype   4   once in a generation {leap,advance,discovery,treatment,therapy}   => (describe what it has been shown to do)
claim/hype   4   {turbocharger,turbo charger,turbo boost} for {an old,your,the,an ageing,an aging} {body,joints,knees,skin}   => (describe what it has been shown to do)
claim/hype   4   turning point in the history of {medicine,orthopaedic medicine,orthopedic medicine,orthopaedics,orthopedics,sports medicine,neurology,dermatology}   => (describe what it has been shown to do)
claim/hype   4   closest thing to a time machine   => (describe what it has been shown to do)
claim/hype   4   moon landing moment   => (describe what it has been shown to do)
claim/surgery   4   put the scalpel down   => (say that it has not been shown to replace surgery)
claim/surgery   4   {swapping,swap,swapped,swaps} {their,your} ... {operations,operation,surgery,surgeries,replacement,replacements} for   => (say that it has not been shown to replace surgery)
claim/surgery   4   save yourself the {titanium,metal,} hardware   => (say that it has not been shown to replace surgery)
claim/cure   4   {clears,clear,cleared,clearing} up {long covid fatigue,fatigue,chronic fatigue}   => (say that it may ease the symptoms for some patients)
claim/cure   4   {shut,shuts} down {your,the,their} {migraines,migraine,headaches,flares,flare ups}   => (say how much it eased, and in whom)
claim/cure   4   {settle,settles} the {burning,} {nerve pain,neuropathy,sciatica}   => (say how much it eased, and in whom)
claim/cure   4   {settles,settle} {plantar fasciitis,tennis elbow,golfer's elbow,sciatica,tendinitis,tendonitis,arthritis}   => (say how much it eased, and in whom)
claim/regeneration   4   {fills,fill,filled} the {tear,tears,defect,defects,hole,gap} back in   => (say what change was measured, and in whom)

