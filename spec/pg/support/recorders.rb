# frozen_string_literal: true

# What the stand-ins recorded (jobs enqueued, posts created, penalties, staff
# log entries, messages, events, warnings), forgotten before each example and
# each random sequence.
module Recorders
  def self.clear!
    [
      Jobs.enqueued,
      PostCreator.created,
      UserSilencer.calls,
      UserSuspender.calls,
      StaffActionLogger.logged,
      SystemMessage.sent,
      DiscourseEvent.triggered,
      Discourse.warnings,
    ].each(&:clear)
  end
end
