# frozen_string_literal: true

module PageObjects
  module Pages
    # /mediation/ballots/:id: a voter's ballot, their receipt, and the check
    # that it was counted once the ballot has closed.
    class MediationBallot < PageObjects::Pages::Base
      def visit_ballot(ballot)
        page.visit("/mediation/ballots/#{ballot.id}")
        self
      end

      def vote_for(key)
        find(".mediation-ballot__options [data-key='#{key}'] input").click
        find(".mediation-ballot__review").click
        find(".mediation-ballot__cast").click
        self
      end

      def receipt
        find(".mediation-ballot__receipt-code code").text
      end

      def check_receipt(code)
        find(".mediation-ballot__verify input").fill_in(with: code)
        find(".mediation-ballot__verify-button").click
        self
      end

      def has_counted_receipt?
        has_css?(".mediation-ballot__verification.is-counted")
      end
    end
  end
end
