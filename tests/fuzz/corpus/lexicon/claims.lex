A# claims.lex - words that make a claim, by category, with their level on the claim
# ladder (3 ability, 4 plain efficacy, 5 certainty or absolute) and a calibrated
# replacement after "=>" that the suggested rewrite uses.
#
# CATEGORY  LEVEL  PHRASE  => SUGGESTION

# ---- prevention -------------------------------------------------------------------
claim/prevention   4   prevent~                      => may lower the risk of
claim/prevention   4   prevent{ion,ative,ive}         => possible risk reduction
claim/prevention   4   protect~ ... {against,from}    => may help protect ... against
claim/prevention   4   protection {against,from}      => possible protection against
claim/prevention   4   {shield,shields,shielded,guard,guards,guarded} ... {against,from}   => may help protect ... from
claim/prevention   4   keep{,s} ... away              => may help keep ... away
claim/prevention   4   stop~ ... before               => may help stop ... before
claim/prevention   4   stop~ ... {relapse,relapses,injury,injuries,progression,decline,degeneration,arthritis,damage,aging,ageing,disease,diseases,tears,flare,flares}   => may help slow
claim/prevention   4   avoid~ ... {arthritis,injury,injuries,disease,diseases,decline,degeneration,tears,relapse,relapses}   => may lower the risk of
claim/prevention   4   ward{,s,ed,ing} off            => may help with
claim/prevention   4   stave{,s,d} off                => may delay
claim/prevention   4   fend{,s,ed,ing} off            => may help with
claim/prevention   4   stop~ ... from                 => may help keep ... from
claim/prevention   4   keep{,s} ... from              => may help keep ... from
claim/prevention   4   halt~                          => may slow
claim/prevention   4   slow{,s,ed} ... progression    => may slow
claim/prevention   4   {reduce,lower,cut}~ ... risk   => may lower
claim/prevention   4   injury proof                   => more resilient
claim/prevention   4   bulletproof                    => more resilient
claim/prevention   4   future proof{,s}               => may help protect

# ---- cure and efficacy ------------------------------------------------------------
claim/cure   5   cure~                            => may ease symptoms of
claim/cure   5   curable                          => treatable in some cases
claim/cure   4   treat{s}                         => has been tried for
claim/cure   4   take{,s} care of                 => may help with
claim/cure   4   outperform~                      => compared favourably with, in some studies,
claim/cure   4   superior to                      => possibly comparable to
claim/cure   4   get{,s} ... off ... {medication,medications,painkillers,opioids,pills,drugs}   => may help get
claim/cure   4   close~ ... {ulcer,ulcers,wound,wounds}   => may help close
claim/cure   4   without pain                     => with less pain
claim/cure   4   say{,s} goodbye to               => may ease
claim/cure   4   heal~                            => may support healing of