# profile.lex - what a document discusses beyond its claims: the checklist that
# reviewers of health news apply (cost, harms, the quality of the evidence,
# alternatives).

profile/cost   -   cost{,s}
profile/cost   -   cost effective
profile/cost   -   {price,prices,priced,pricing}
profile/cost   -   {dollar,dollars,euro,euros,pounds}
profile/cost   -   insurance
profile/cost   -   {insurer,insurers} 
profile/cost   -   out of pocket
profile/cost   -   {expensive,pricey,affordable,afford}
profile/cost   -   {fee,fees}
profile/cost   -   /\$\s?[0-9]/

profile/harms   -   risk{,s}
profile/harms   -   side effect{,s}
profile/harms   -   complication{,s}
profile/harms   -   adverse {event,events,effect,effects,reaction,reactions}
profile/harms   -   infection{,s}
profile/harms   -   {harm,harms,harmful}
profile/harms   -   {danger,dangers,dangerous}
profile/harms   -   {tumor,tumors,tumour,tumours}
profile/harms   -   blind{,ness}
profile/harms   -   swelling
profile/harms   -   safety

profile/evidence   -   evidence
profile/evidence   -   {study,studies,trial,trials}
profile/evidence   -   placebo
profile/evidence   -   sample size{,s}
profile/evidence   -   {bias,biased,confounding}
profile/evidence   -   {follow up,followup}
profile/evidence   -   control group{,s}
profile/evidence   -   peer review{,ed}

profile/alternatives   -   {physical therapy,physiotherapy,physio,rehab,rehabilitation}
profile/alternatives   -   exercise{,s}
profile/alternatives   -   {alternative,alternatives}
profile/alternatives   -   other {options,treatments}
profile/alternatives   -   {cortisone,steroid,corticosteroid,hyaluronic acid} {injection,injections,shot,shots}
profile/alternatives   -   weight loss
profile/alternatives   -   {brace,bracing,orthotics}
profile/alternatives   -   {laser,led,red light} {cap,caps,helmet,helmets,comb,combs,device,devices,therapy}
profile/alternatives   -   {minoxidil,finasteride,rogaine}
profile/alternatives   -   {medication,medications,painkillers,nsaids,ibuprofen}
profile/alternatives   -   {antibiotics,insulin,opioids,paracetamol,acetaminophen,tylenol,naproxen,aspirin}
profile/alternatives   -   {ice,icing,ice packs,massage,acupuncture,chiropractic,stretching}
profile/alternatives   -   {shockwave,shock wave,eswt,keyhole surgery,keyhole techniques,hearing aid,hearing aids}
profile/alternatives   -   {strength training,resistance training,supplements,vitamins,diet,dieting}
profile/alternatives   -   {chemotherapy,chemo,radiotherapy,radiation therapy,acl reconstruction,reconstruction,compression garments}
profile/alternatives   -   {compression sleeves,compression stockings,hair fibres,hair fibers,concealer,micropigmentation,hair transplant,hair transplants}
profile/alternatives   -   {surgery,surgical,arthroscopy,replacement}
