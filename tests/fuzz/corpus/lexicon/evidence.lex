C# evidence.lex - evidence offered for a claim, on the evidence ladder:
# 1 testimonial or own practice, 2 animal/cell/lab work, 3 small, pilot, observational
# or uncontrolled human studies (and citations of unknown design), 4 controlled
# trials, 5 systematic reviews and meta-analyses.

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
evidence   3   peer reviewed
evidence   3   {human,patient,clinical} {cases,studies,data,trials,experience}
evidence   3   published in
evidence   3   et al
evidence   3   {study,trial} of ... {patients,participants,people,adults,athletes,volunteers,subjects,knees}
evidence   3   /\bn\s*=\s*[0-9]+/
evidence   3   /\b[0-9][0-9,]*\s+(?:patients|participants|people|adults|athletes|volunteers|subjects|knees|women|men|runners|veterans)\b/
evidence   3   /\b10\.[0-9]{4,9}\/[^\s]+/
evidence   3   /\bpmid:?\s*[0-9]{5,9}\b/