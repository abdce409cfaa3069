# frozen_string_literal: true

module DiscourseMediation
  # Whether the case is in a state that allows the event or action. Checked
  # with the case row locked, so that it sees what a quicker mediator did.
  class Case::Policy::InStateFor < Service::PolicyBase
    delegate :mediation_case, to: :context, private: true

    extend Case::Policy::PerCheck

    def call
      Rules::Case::Lifecycle.state_allows?(self.class.check, state: mediation_case.state)
    end

    def reason
      if self.class.check == :claim && mediation_case.mediator
        I18n.t(
          "discourse_mediation.errors.already_claimed",
          username: mediation_case.mediator.username,
        )
      else
        I18n.t(
          "discourse_mediation.errors.wrong_state",
          state: I18n.t("discourse_mediation.states.#{mediation_case.state}"),
        )
      end
    end
  end
end
