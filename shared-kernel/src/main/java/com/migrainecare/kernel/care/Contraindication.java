package com.migrainecare.kernel.care;

/** Conditions that make neck-focused work unsafe without a healthcare provider's clearance; anticoagulant use counts as a clotting disorder. */
public enum Contraindication {
    OSTEOPOROSIS,
    BLOOD_CLOTTING_DISORDER
}
