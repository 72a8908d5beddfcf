/** Value types and small contracts every module may use: ids, organisation numbers, CPV and NUTS codes, money, the roadmap step, roles, the signed-in user. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package no.innomotor.shared;
