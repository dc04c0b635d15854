# evidence.lex - evidence offered for a claim, on the evidence ladder:
# 1 testimonial or own practice, 2 animal/cell/lab work, 3 small, pilot, observational
# or uncontrolled human studies, 4 controlled trials, 5 systematic reviews and
# meta-analyses. evidence/citation is a source of unknown design ("et al", a DOI, a
# p value): level 3, unless its sentence names animal or lab work, whose source it
# then is ("In rats, MSCs regrew cartilage (Kato et al., 2022)").

evidence   5   meta analys{is,es}
evidence   5   metaanalys{is,es}
evidence   5   systematic review{,s}
evidence   5   cochrane
evidence   5   umbrella review{,s}
evidence   5   pooled analys{is,es}

evidence   4   randomi{z,s}ed
evidence   4   rct{,s}
evidence   4   {placebo,sham,saline} controlled
evidence   4   double blind{,ed}
evidence   4   triple blind{,ed}
evidence   4   controlled {trial,trials,study,studies}
evidence   4   phase {2,3,ii,iii,iib,iia} {trial,trials,study}
evidence   4   compared with {placebo,sham,saline}
evidence   4   versus {placebo,sham,saline}
evidence   4   placebo group
evidence   4   controlled ... {trial,trials,study,studies}
evidence   4   multicent{re,er} {trial,trials,study,studies}

evidence   3   pilot {study,studies,trial,trials}
evidence   3   case {series,report,reports}
evidence   3   {observational,retrospective,prospective,cohort,uncontrolled,open label,single arm,registry,cross sectional} {study,studies,trial,trials,data,analysis,review}
evidence   3   {small,early,preliminary,initial} {study,studies,trial,trials}
evidence   3   clinical {trial,trials,study,studies}
evidence   3   phase {1,i} {trial,study}
evidence/citation   3   peer reviewed
evidence   3   {human,patient,clinical} {cases,studies,data,trials,experience}
# a study that was done, not one that is needed or planned: "a 2024 human trial at a Swiss hospital"
evidence   3   {human,patient} {study,trial} {at,in,of,from,published,found,showed,shows,reported}
evidence   3   {human,patient,clinical} {transplant,transplantation,cohort,outcome,outcomes,registry,treatment} {studies,trials,data}
# (not "decades of ... studies": a longer match would hide "controlled studies" inside it)
evidence   3   decades of {clinical,human,patient,transplant} {use,experience,data,research}
# studies of a named kind that "show" report that evidence; the booster "studies show"
# inside them is not a cue of its own
evidence   3   {observational,retrospective,prospective,cohort,registry,clinical,human,patient,pilot} studies {show,shows,showed}
evidence   4   {randomized,randomised,controlled,placebo controlled,double blind,multicentre,multicenter} studies {show,shows,showed}
evidence/citation   3   published in
evidence/citation   3   et al
evidence   3   {study,trial} of ... {patients,participants,people,adults,athletes,volunteers,subjects,knees}
evidence   3   /\bn\s*=\s*(?!1\b)[1-9][0-9]*\b/
# an author-year citation without "et al": "(Smith, 2020)", "(Mishra and Pavelko 2006)",
# "(Kim 2021; Alvarez 2023)". A name and a year alone, "(Smith 2020)", is left out: it is
# as often a place, an event or a brand ("(Tokyo 2020)", "(Instagram 2023)"), and evidence
# read where there is none silences a finding. Names are matched case-sensitively (so
# "since, 2019" is none), and months and seasons are dates. After the name: a comma, a
# second author, or (the lookahead) nothing when another name and year follow. One pattern,
# not three: each costs about 2M instructions of JIT compilation at start-up.
evidence/citation   3   /\((?!(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|season|class|issue|version)\b)(?-i:[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?)(?:,|\s+(?:and|&)\s+(?-i:[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?),?|(?=\s+(?:19|20)[0-9]{2}[a-z]?\s*[;,]\s*(?-i:[A-Z](?:['’][A-Z])?[a-z]+(?:[A-Z][a-z]+)?(?:-[A-Z][a-z]+)?),?\s+(?:19|20)[0-9]{2}[a-z]?))\s+(?:19|20)[0-9]{2}[a-z]?\s*[;),]/
evidence   3   /\b[0-9][0-9,]*\s+(?:patients|participants|people|adults|athletes|volunteers|subjects|knees|women|men|runners|veterans)\b/
evidence/citation   3   /\b10\.[0-9]{4,9}\/[^\s]+/
evidence/citation   3   /\bpmid:?\s*[0-9]{5,9}\b/
evidence   3   /\bnct[0-9]{8}\b/
evidence/citation   3   /\bp\s*[<=]\s*0?\.[0-9]+/
evidence/citation   3   /\b95\s*%\s*ci\b/

evidence/lab   2   {racehorse,racehorses,mouse,mice,rat,rats,rodent,rodents,rabbit,rabbits,pig,pigs,sheep,goat,goats,horse,horses,dog,dogs,canine,equine,murine,porcine,animal,animals,primate,primates,monkeys}
evidence/lab   2   {zebrafish,salamander,salamanders,axolotl,axolotls,hamster,hamsters,guinea pigs,ferret,ferrets,marmoset,marmosets,macaque,macaques,baboon,baboons,minipig,minipigs,ovine,bovine,lamb,lambs}
# Someone's own animal is a pet, not a study ("she walks her dog"); "my dog" is an
# anecdote (below).
shield   -   {her,his,their,your,our} {dog,dogs,horse,horses,racehorse,racehorses,rabbit,rabbits,pig,pigs,goat,goats,sheep}
# ...unless the animal is a model: "our rabbit defect model", "their pig studies"
evidence/lab   2   {our,their} {dog,dogs,horse,horses,rabbit,rabbits,pig,pigs,goat,goats,sheep} ... {model,models,study,studies,experiment,experiments}
evidence/lab   2   in vitro
evidence/lab   2   in {a,the} dish
evidence/lab   2   in {laboratory,lab,petri,culture} dishes
evidence/lab   2   in {a,the} {laboratory,lab,petri,culture} dish
evidence/lab   2   petri dish{,es}
evidence/lab   2   test tube{,s}
evidence/lab   2   {lab,laboratory} {study,studies,experiment,experiments,results,tests,work}
evidence/lab   2   in the {lab,laboratory}
evidence/lab   2   cell culture{,s}
evidence/lab   2   in culture
# cells of human origin in a dish are lab work, not people: "in cultured human chondrocytes"
shield   -   human {cells,cell,chondrocytes,tenocytes,fibroblasts,keratinocytes,tissue,tissues,explants,samples,organoids}
evidence/lab   2   cultured {cells,tissue}
evidence/lab   2   cultured ... cells
evidence/lab   2   preclinical
evidence/lab   2   organoid{,s}
evidence/lab   2   cultured
evidence/lab   2   animal model{,s}

evidence/anecdote   1   {my,our} {patients,patient,clients,client,customers}
evidence/anecdote   1   /\bn\s*=\s*1\b/
evidence/anecdote   1   {i've,i have,we've,we have} seen
evidence/anecdote   1   {i,we} see
evidence/anecdote   1   in my {experience,practice,clinic,hands}
evidence/anecdote   1   in our {experience,practice,clinic}
# a practitioner's own count is a tally, not a sample: "in our experience with 38 patients"
evidence/anecdote   1   {in my,in our,my,our,the clinic's,our clinic's} {experience,practice} with ... {patients,knees,shoulders,hips,people,clients,athletes,joints,cases}
evidence/anecdote   1   {my,our,the clinic's,our clinic's} experience {treating,injecting} ... {patients,knees,shoulders,hips,people,clients,athletes,joints,cases}
# people the writer met: "the three patients I met at the clinic"
evidence/anecdote   1   {patients,people,folks,clients,runners} {i,we} {met,know,saw,talked to,spoke to,spoke with}
evidence/anecdote   1   came to us
evidence/anecdote   1   testimonial{,s}
evidence/anecdote   1   success stor{y,ies}
evidence/anecdote   1   {patient,client,customer} {stories,reviews,story}
evidence/anecdote   1   {five,5} star{,s}
evidence/anecdote   1   {thousands,hundreds,dozens} of {satisfied,happy,treated} {patients,people,clients,athletes}
evidence/anecdote   1   {treated,helped} {thousands,hundreds,dozens} of
evidence/anecdote   1   countless {patients,people}
evidence/anecdote   1   {nearly,almost} {everyone,everybody,every patient,all the patients} {i,we,i have,we have,i've,we've} {treated,injected,seen}
evidence/anecdote   1   {happy,satisfied} {patients,clients,customers} and counting
evidence/anecdote   1   my last ... {patients,clients,cases}
evidence/anecdote   1   stories like
evidence/anecdote   1   {worked,works} for me
evidence/anecdote   1   my {knee,knees,back,shoulder,hip,elbow,ankle,wife,husband,mom,mother,dad,father,son,daughter,friend,sister,brother,dog,grandma,grandpa,aunt,uncle,neighbor,neighbour}
evidence/anecdote   1   my {wife's,husband's,partner's,mom's,mother's,dad's,father's,son's,daughter's,friend's,sister's,brother's,cousin's,dog's,grandma's,grandpa's,aunt's,uncle's,neighbor's,neighbour's,coworker's,boss's}
evidence/anecdote   1   my ... {knee,knees,back,shoulder,shoulders,hip,hips,elbow,ankle,joints,skin,hair,hairline,face,scars}
evidence/anecdote   1   my own
# "it healed mine in eight weeks": the writer's own case
evidence/anecdote   1   {healed,fixed,cured,saved,repaired,rebuilt,regrew,helped,worked on} mine
evidence/anecdote   1   {i,we,i have,we have,i've,we've} been using
evidence/anecdote   1   {i,we} {could,can} {feel,see,tell}
evidence/anecdote   1   {i,we} {had,got,tried}
evidence/anecdote   1   {i,we} {was,were,am,feel,felt}
evidence/anecdote   1   living proof
# one person's story offered as the proof: "her case shows why ...", "their stories show
# that our injections relieve arthritis", "I'm the walking evidence", "a wall of thank-you
# cards", "a track record that speaks for itself"
evidence/anecdote   1   {her,his,their,whose} {story,stories,case,experience,recovery} {shows,show,showed,proves,prove,proved,makes the case}
evidence/anecdote   1   walking {evidence,proof}
evidence/anecdote   1   thank-you {cards,notes,letters}
evidence/anecdote   1   before-and-after{,s}
evidence/anecdote   1   track record {that,which} speaks for itself
evidence/anecdote   1   {stories,testimonials,cases} like {these,this,hers,his,theirs}
evidence/anecdote   1   {photos,pictures,pics,results,reviews} speak for themselves
evidence/anecdote   1   before and after
evidence/anecdote   1   {satisfied,happy} {patients,clients,customers}
evidence/anecdote   1   {he,she,they} {has,have,had} seen
evidence/anecdote   1   all the proof {i,we} need
evidence/anecdote   1   all the {proof,evidence} {anyone,you,readers,people,patients} {needs,need}
evidence/anecdote   1   {i've,i have,we've,we have,i,we} {personally,} {seen,watched,witnessed}
evidence/anecdote   1   with my own eyes
evidence/anecdote   1   {i,we,i have,we have,i've,we've} {treated,injected,helped}
# a practitioner's own count is a tally of patients, not a sample: "I've treated over 400 knees"
evidence/anecdote   1   {i've,we've,i have,we have} {treated,helped} ... {patients,knees,people,clients,athletes,joints,shoulders,hips,backs,horses,cases,procedures,injections,treatments,spines}
evidence/anecdote   1   {i,we} {treated,helped} ... {patients,knees,people,clients,athletes,joints,shoulders,hips,backs,horses,cases,procedures,injections,treatments,spines}
evidence/anecdote   1   {i,we} {treat,inject}
evidence/anecdote   1   everyone {in my,i know}
evidence/anecdote   1   my {club,running club,gym,team,friends,family,practice,clients}
