# frozen_string_literal: true

module Jobs
  module DiscourseMediation
    # Tells the mediator groups (and moderators, when it is urgent) about a new
    # request: the first one opens a private message, later ones reply to it.
    class NotifyMediatorsOfHelpRequest < ::Jobs::Base
      def execute(args)
        help_request = ::DiscourseMediation::HelpRequest.find_by(id: args[:help_request_id])
        return if help_request.blank?

        ::DiscourseMediation::Notices::NewRequest.new(help_request).notify
      end
    end
  end
end
