# frozen_string_literal: true

module PageObjects
  module Pages
    # /mediation/cases/:id: one case, as its mediator works it.
    class MediationCase < PageObjects::Pages::Base
      def visit_case(mediation_case)
        page.visit("/mediation/cases/#{mediation_case.id}")
        self
      end

      def resolve(note:)
        find(".mediation-case__actions .mediation-case__resolve").click
        find(".mediation-resolve-modal #mediation-outcome-note").fill_in(with: note)
        find(".mediation-resolve-modal .mediation-resolve-modal__submit").click
        self
      end

      def has_state?(text)
        has_css?(".mediation-case__state", text:)
      end
    end
  end
end
