# frozen_string_literal: true

module PageObjects
  module Pages
    # /mediation: the mediators' queue.
    class MediationQueue < PageObjects::Pages::Base
      def visit_queue
        page.visit("/mediation")
        self
      end

      def has_case?(mediation_case)
        has_css?(row(mediation_case))
      end

      def claim(mediation_case)
        find("#{row(mediation_case)} .mediation-queue__claim").click
        self
      end

      def open_case(mediation_case)
        find("#{row(mediation_case)} .mediation-queue__title").click
      end

      private

      def row(mediation_case)
        ".mediation-queue__row[data-case-id='#{mediation_case.id}']"
      end
    end
  end
end
