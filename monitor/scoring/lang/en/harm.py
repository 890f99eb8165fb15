"""English words of violence and harm: what threats promise, call for or wish."""

from __future__ import annotations

from monitor.scoring.lang import family

# Harm to a body, promised or called for: violent whatever the object once someone intends it.
VIOLENT = family("""
    kill killing murder stab stabbing batter battering punch punching strangle firebomb
    petrol_bomb lynch string_up knock_out throttle maim shank headbutt blow_up beat_up kneecap
    stamp_on smash_in kick_in knock_seven_bells
""")
# Violent only with a person, their body or their property as the object ("break his jaw").
VIOLENT_AT = family("""
    hurt burn smash break slash drag cut bury end finish_off do_in sort_out come_for
    come_after find hunt_down be_waiting_for waiting_for visit run_over run_off_the_road
    run_down choke stamp_on jump put_down kick shoot hit beat hang rape sort deal_with torch
    knock stab batter kill murder punch deck glass smack slap thump lamp leather twat
    chin nut brick drown poison take_out bottle knife sort_you_out put_in_hospital
    put_in_the_ground put_in_a_box break_every_bone teach_a_lesson execute exterminate
    eradicate gas wipe_out cull lynch string_up
""")
# Done to people, in calls for it ("he should be shot", "they deserve to be exterminated").
PASSIVE_HARM = family("""
    shot shot_dead hanged hung executed exterminated eradicated wiped_out gassed lynched
    strung_up put_down put_to_death killed murdered stabbed burned burnt burned_alive
    burnt_alive torched culled tarred_and_feathered flogged drowned beheaded castrated
    put_up_against_a_wall lined_up_against_a_wall lined_up_and_shot taken_out_and_shot
    hung_drawn_and_quartered kneecapped petrol_bombed firebombed beaten_up run_over burnt_out
    burned_out
""")
# The same calls as a need: "he needs putting down", "she wants stringing up".
NEEDED_HARM = family("""
    putting_down shooting stringing_up hanging lining_up_against_a_wall exterminating
    eradicating wiping_out executing gassing lynching culling a_bullet a_rope the_rope
    a_noose the_noose taking_out_and_shooting hanging_drawing_and_quartering
    tarring_and_feathering a_bullet_in_the_head beating kicking hiding shoeing
""")
# Death, illness and injury, in wishes ("hope you get cancer", "pray your car goes under a lorry").
WISH_HARM = family("""
    die dies died dead death rot rots croak croaks cancer crash crashes killed run_over
    finishes_you_off finish_you_off finishes_him_off finishes_her_off burn burns suffer suffers
    drown drowns choke chokes goes_off_the_road hit_by_a get_hurt gets_hurt in_a_fire
    in_hospital drop_dead drops_dead dropped_dead disease stroke heart_attack car_crash
    murdered raped shot stabbed hanged lynched beaten_up pushed_under fell_off goes_under
    go_under falls_off fall_off out_of_our_misery out_of_their_misery catch_something
    catches_something die_slowly painful_death kicks_the_bucket kick_the_bucket snuffs_it
    snuff_it six_feet_under in_a_box in_a_coffin pushing_up_daisies
""")
# Verbs that are violent only with a person, and ordinary with a meeting: "I'll visit you at
# your surgery", "I'll deal with her complaint", "I'll sort the paperwork for her".
MEETING_VERBS = family("""
    visit find sort sort_out deal_with waiting_for be_waiting_for come_for come_after
""")
# Filler adverbs that break a phrase ("I really am just going to murder her"): the threat rules
# are tried again with them left out.
FILLERS = frozenset(
    family("""
    really just honestly seriously literally actually definitely absolutely genuinely totally
    truly personally simply certainly surely properly finally eventually basically defo deffo
    gladly happily quite
""")
)
