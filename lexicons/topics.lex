# topics.lex - regenerative-medicine interventions: the topic claimcheck checks.
# A claim is checked only in a sentence that names one of these, or in a later sentence
# of the same paragraph (see the analyzer's topic carry-over), unless --all-topics.
#
# CATEGORY  LEVEL  PHRASE

# stem cells of every source and spelling
topic   -   stem cell{,s}
topic   -   stemcell{,s}
topic   -   stemcelltherapy
topic   -   stem cell therapy
topic   -   mesenchymal
topic   -   msc{,s}
topic   -   mesenchymal stromal cell{,s}
topic   -   adipose derived
topic   -   fat derived
# "our adipose cells": the clinics' short name (fat cells alone are not the treatment)
topic   -   adipose {cell,cells}
topic   -   {cord,marrow,placenta,placental,amnion,amniotic fluid,birth tissue,umbilical} derived
topic   -   svf
topic   -   stromal vascular fraction
topic   -   bmac
topic   -   bone marrow aspirate{,s}
topic   -   bone marrow concentrate{,s}
topic   -   concentrated bone marrow
topic   -   bone marrow derived
topic   -   marrow cells
topic   -   {bone marrow,marrow} {injection,injections,shot,shots,treatment,treatments,therapy,therapies,procedure,procedures,infusion,infusions}
topic   -   progenitor cell{,s}
topic   -   ipsc{,s}
topic   -   induced pluripotent
topic   -   pluripotent
topic   -   autologous chondrocyte{,s}

# birth-tissue products
topic   -   amniotic
topic   -   amnion
# the clinics' short form ("an amnio" alone is the prenatal test)
topic   -   amnio {injection,injections,shot,shots,graft,grafts,therapy,flex}
topic   -   umbilical cord{,s}
topic   -   cord blood
topic   -   cord tissue
topic   -   {wharton's,wharton,whartons} jelly
topic   -   placental tissue
topic   -   placenta derived
topic   -   perinatal tissue

# cell-free products
topic   -   exosome{,s}
topic   -   exosometherapy
topic   -   extracellular vesicle{,s}
topic   -   secretome
topic   -   conditioned media
topic   -   growth factor injection{,s}

# blood concentrates
topic   -   prp
topic   -   prptherapy
topic   -   platelet rich plasma
topic   -   platelet rich fibrin
topic   -   prf
topic   -   platelet injection{,s}
topic   -   platelet{,s}
topic   -   {own,donated,donor} {fat,bone marrow,platelets,cord blood}
# cells harvested from the patient, named only as "the cells": "because the cells come from
# your own body", "we use your own cells"
topic   -   {cells,cell} {come,comes,came,are taken,were taken,are harvested,were harvested} from your {own body,own fat,own blood,own bone marrow,own tissue,body}
topic   -   {use,uses,using,with} your {own,body's own} cells
topic   -   {cells,cell} {come,comes,came} from the patient's own

# umbrella terms
topic   -   regenerative {medicine,therapy,therapies,treatment,treatments,injection,injections,procedure,procedures,orthopedics,orthopaedics,clinic,clinics,care,solution,solutions,approach}
topic   -   regenerativemedicine
topic   -   orthobiologic{,s}
topic   -   biologic{,s}
topic   -   cell therap{y,ies}
topic   -   cellular therap{y,ies}
topic   -   cell based therap{y,ies}
topic   -   cell injection{,s}
topic   -   cells from ... {fat,marrow,cord,placenta,blood}
