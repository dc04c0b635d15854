B# topics.lex - regenerative-medicine interventions: the topic claimcheck checks.
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
topic   -   svf
topic   -   stromal vascular fraction
topic   -   bmac
topic   -   bone marrow aspirate{,s}
topic   -   bone marrow concentrate{,s}
topic   -   bone marrow derived
topic   -   marrow cells
topic   -   progenitor cell{,s}
topic   -   ipsc{,s}
topic   -   induced pluripotent
topic   -   pluripotent
topic   -   autologous chondrocyte{,s}

# birth-tissue products
topic   -   amniotic
topic   -   amnion
topic   -   umbilical cord{,s}
topic   -   cord blood
topic   -   cord tissue
topic   -   wharton's jelly
topic   -   placental tissue
topic   -   placenta derived
topic   -   perinatal tissue
